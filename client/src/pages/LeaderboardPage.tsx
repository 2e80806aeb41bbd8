import { useEffect, useRef, useState } from "preact/hooks";
import { api, send } from "../api";
import { Leaderboard } from "../components/Leaderboard";
import { useTitle } from "../components/use-title";
import { loadAttempt } from "../play/saved-attempt";

/** `/q/:id/leaderboard`: a quiz's leaderboard on its own, with this device's player marked. */
export default function LeaderboardPage({ id }: { id: string }) {
  const [title, setTitle] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useTitle(title ? `Leaderboard: ${title}` : "Leaderboard");
  useEffect(() => {
    heading.current?.focus();
    send(api.quizzes[":id"].$get({ param: { id } }))
      .then((quiz) => setTitle(quiz.title))
      .catch(() => setTitle(""));
  }, [id]);

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
