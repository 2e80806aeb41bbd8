import { useEffect, useRef, useState } from "preact/hooks";
import { api, RequestError, send } from "../api";
import { Leaderboard } from "../components/Leaderboard";
import { LoadFailed } from "../components/LoadFailed";
import { useTitle } from "../components/use-title";
import { loadAttempt } from "../play/saved-attempt";

/**
 * `/q/:id/leaderboard`: a quiz's leaderboard on its own, with this device's player marked. A quiz
 * that does not exist gets the "not found" page, with no link to play it.
 */
export default function LeaderboardPage({ id }: { id: string }) {
  const [title, setTitle] = useState("");
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useTitle(missing ? "Quiz not found" : title ? `Leaderboard: ${title}` : "Leaderboard");
  useEffect(() => {
    heading.current?.focus();
    setMissing(false);
    send(api.quizzes[":id"].$get({ param: { id } }))
      .then((quiz) => setTitle(quiz.title))
      .catch((err: unknown) => {
        setTitle("");
        setMissing(err instanceof RequestError && err.status === 404);
      });
  }, [id]);

  if (missing)
    return (
      <LoadFailed message="There is no quiz at this address." missing onRetry={() => undefined} />
    );

  const saved = loadAttempt(id);

  return (
    <>
      <p class="eyebrow">{title || " "}</p>
      <h1 ref={heading} tabIndex={-1}>
        Leaderboard
      </h1>
      <Leaderboard quizId={id} token={saved?.token} />
      <p class="links">
        <a href={`/q/${id}`}>{saved?.result ? "See my results" : "Play this quiz"}</a>
        <a href="/">All quizzes</a>
      </p>
    </>
  );
}
