import { useEffect, useRef, useState } from "preact/hooks";
import type { PublicQuestion } from "../../../questions/types.ts";
import { api, send } from "../api";
import { useTitle } from "../components/use-title";
import { useAnnouncer } from "../learn/announcer";
import { againIn, Flashcard } from "../learn/Flashcard";
import { loadRevealed, type Revealed } from "../learn/revealed";
import { dueCards, dueToday, readSchedule } from "../learn/review-due";
import { daysUntil, loadSchedule, recordReview } from "../learn/review-schedule";
import "../learn/learn.css";

type DueCard = { quizId: string; title: string; question: PublicQuestion; revealed: Revealed };
type State = { status: "loading" } | { status: "ready"; cards: DueCard[]; unavailable: number };

/** The cards due today, for one quiz or for every quiz this browser studies, soonest first. */
async function loadDueCards(quizId: string | undefined): Promise<State> {
  const now = Date.now();
  const quizzes = quizId
    ? [{ quizId, title: readSchedule(localStorage, quizId)?.title ?? "" }]
    : dueToday(localStorage, now).quizzes.map(({ quizId, title }) => ({ quizId, title }));
  const cards: DueCard[] = [];
  let unavailable = 0;
  for (const { quizId: id, title } of quizzes) {
    const due = dueCards(readSchedule(localStorage, id), now);
    if (!due.length) continue;
    // The service worker keeps every quiz opened, so this works offline too.
    const quiz = await send(api.quizzes[":id"].$get({ param: { id } })).catch(() => null);
    const known = loadRevealed(id).questions;
    for (const questionId of due) {
      const question = quiz?.questions.find((q) => q.id === questionId);
      const revealed = known[questionId];
      if (question && revealed)
        cards.push({ quizId: id, title: quiz?.title ?? title, question, revealed });
      else unavailable++;
    }
  }
  return { status: "ready", cards, unavailable };
}

/** When the next card of these quizzes falls due, in words, or "" when none is scheduled. */
function nextDue(quizId: string | undefined): string {
  const now = Date.now();
  const ids = quizId
    ? [quizId]
    : Object.keys(localStorage)
        .filter((k) => k.startsWith("factquiz:review:"))
        .map((k) => k.slice(16));
  const dues = ids.flatMap((id) =>
    Object.values(loadSchedule(localStorage, id).cards).map((c) => c.due),
  );
  if (!dues.length) return "";
  const days = Math.max(1, Math.ceil((Math.min(...dues) - now) / 86_400_000));
  return `Your next review is ${againIn(days)}.`;
}

/**
 * `/review` (every quiz) and `/learn/:id/review` (one quiz): the questions due today by the review
 * schedule, as flashcards. "Knew it" pushes a card further out, "Didn't" brings it back tomorrow.
 */
export default function ReviewSession({ id }: { id?: string }) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [at, setAt] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [announcement, announce] = useAnnouncer();
  const heading = useRef<HTMLHeadingElement>(null);
  useTitle("Review");
  useEffect(() => {
    let live = true;
    void loadDueCards(id).then((loaded) => live && setState(loaded));
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(() => {
    if (state.status === "ready") heading.current?.focus();
  }, [state.status, at >= (state.status === "ready" ? state.cards.length : 0)]);

  if (state.status === "loading") {
    return (
      <section class="loading" aria-busy="true">
        <h1>Finding today's reviews…</h1>
      </section>
    );
  }
  const card = state.cards[at];
  const back = id ? `/learn/${id}` : "/";
  const liveRegion = (
    <div class="visually-hidden" role="status" aria-live="polite">
      {announcement}
    </div>
  );

  if (!card) {
    const reviewed = state.cards.length === 1 ? "1 question" : `${state.cards.length} questions`;
    return (
      <section>
        {liveRegion}
        <p class="eyebrow">Review</p>
        <h1 ref={heading} tabIndex={-1}>
          {state.cards.length ? "All done for today" : "Nothing to review today"}
        </h1>
        <p>
          {state.cards.length
            ? `You reviewed ${reviewed}. `
            : "Questions come up for review on the days you are about to forget them. "}
          {nextDue(id)}
        </p>
        {state.unavailable > 0 && (
          <p class="notice">
            {state.unavailable === 1 ? "1 question" : `${state.unavailable} questions`} could not be
            shown: their quiz needs a connection the first time, or was changed.
          </p>
        )}
        <p class="links">
          <a href={back}>{id ? "Back to the article" : "All quizzes"}</a>
        </p>
      </section>
    );
  }

  const rate = (knew: boolean) => {
    const scheduled = recordReview(
      localStorage,
      card.quizId,
      card.title,
      card.question.id,
      knew,
      Date.now(),
    );
    const more = at + 1 < state.cards.length;
    const then = more ? ` Card ${at + 2} of ${state.cards.length}.` : "";
    announce(`Saved: you will see it again ${againIn(daysUntil(scheduled, Date.now()))}.${then}`);
    setAt(at + 1);
    setFlipped(false);
    requestAnimationFrame(() => document.getElementById("flashcard")?.focus());
  };

  return (
    <section class="cards">
      {liveRegion}
      <p class="eyebrow">{card.title}</p>
      <h1 ref={heading} tabIndex={-1}>
        Review: {state.cards.length === 1 ? "1 question" : `${state.cards.length} questions`} due
        today
      </h1>
      <p class="hint">Recall the answer, then check it and say honestly whether you knew it.</p>
      <Flashcard
        key={`${card.quizId}:${card.question.id}`}
        question={card.question}
        label={`Card ${at + 1} of ${state.cards.length}`}
        quizId={card.quizId}
        flipped={flipped}
        revealed={card.revealed}
        onFlip={() => {
          setFlipped(!flipped);
          announce(
            flipped
              ? "Question side."
              : `Answer side: ${[card.revealed.answer].flat().join(", ")}.`,
          );
        }}
        onRate={rate}
      />
      <p class="links">
        <a href={back}>{id ? "Back to the article" : "All quizzes"}</a>
      </p>
    </section>
  );
}
