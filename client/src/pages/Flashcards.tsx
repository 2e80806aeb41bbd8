import { useEffect, useRef, useState } from "preact/hooks";
import { useTitle } from "../components/use-title";
import { useAnnouncer } from "../learn/announcer";
import { againIn, Flashcard } from "../learn/Flashcard";
import { daysUntil, recordReview } from "../learn/review-schedule";
import { StudyFailed, StudyLoading } from "../learn/StudyStatus";
import { useArrowKeys } from "../learn/use-arrow-keys";
import { NeedsConnection, PlayFirst, useStudy } from "../learn/use-study";
import "../learn/learn.css";

/**
 * `/learn/:id/cards`: every question as a flashcard, in quiz order. "Show answer" on a card whose
 * answer this browser does not hold yet asks the server (an empty check: "I don't know, show me"),
 * which reveals and keeps it; ratings feed the review schedule. On a quiz whose teacher opens
 * practice after answering, a card not yet played says so and links to the quiz.
 */
export default function Flashcards({ id }: { id: string }) {
  const study = useStudy(id);
  const [announcement, announce] = useAnnouncer();
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [revealing, setRevealing] = useState<"loading" | "offline" | "play-first" | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const quiz = study.state.status === "ready" ? study.state.quiz : null;
  const total = quiz?.questions.length ?? 0;
  useTitle(quiz ? `Flashcards: ${quiz.title}` : "Flashcards");
  useEffect(() => {
    if (quiz) heading.current?.focus();
  }, [quiz?.id]);

  const go = (to: number) => {
    if (!quiz || to < 0 || to >= total) return;
    setIndex(to);
    setFlipped(false);
    setRevealing(undefined);
    announce(`Card ${to + 1} of ${total}, question side.`);
  };
  useArrowKeys(
    () => go(index - 1),
    () => go(index + 1),
  );

  if (study.state.status === "loading") return <StudyLoading />;
  if (study.state.status === "failed")
    return (
      <StudyFailed
        message={study.state.message}
        missing={study.state.missing}
        onRetry={study.retry}
      />
    );
  const question = quiz!.questions[index]!;
  const revealed = study.known.questions[question.id];

  const flip = async () => {
    if (flipped) {
      setFlipped(false);
      return announce("Question side.");
    }
    setFlipped(true);
    if (revealed) return announce(`Answer side: ${[revealed.answer].flat().join(", ")}.`);
    setRevealing("loading");
    try {
      const checked = await study.check(question, "");
      setRevealing(undefined);
      announce(`Answer side: ${[checked.correctAnswer].flat().join(", ")}.`);
    } catch (err) {
      if (err instanceof PlayFirst) {
        setRevealing("play-first");
        return announce("This card opens once you have answered its question in the quiz.");
      }
      setRevealing("offline");
      announce(
        err instanceof NeedsConnection
          ? "This card needs a connection the first time."
          : (err as Error).message,
      );
    }
  };

  const rate = (knew: boolean) => {
    const scheduled = recordReview(localStorage, id, quiz!.title, question.id, knew, Date.now());
    const when = `Saved: you will see it again ${againIn(daysUntil(scheduled, Date.now()))}.`;
    if (index + 1 < total) {
      go(index + 1);
      announce(`${when} Card ${index + 2} of ${total}.`);
    } else {
      announce(`${when} That was the last card.`);
      setFlipped(false);
    }
    document.getElementById("flashcard")?.focus();
  };

  return (
    <section class="cards">
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <p class="eyebrow">{quiz!.title}</p>
      <h1 ref={heading} tabIndex={-1}>
        Flashcards
      </h1>
      <p class="hint">
        Card {index + 1} of {total}. Swipe or use the arrow keys for the next card.
      </p>
      <Flashcard
        key={question.id}
        question={question}
        label={`Card ${index + 1} of ${total}`}
        quizId={id}
        flipped={flipped}
        revealed={revealed}
        revealing={revealing}
        onFlip={() => void flip()}
        onPrevious={index > 0 ? () => go(index - 1) : undefined}
        onNext={index + 1 < total ? () => go(index + 1) : undefined}
        onRate={rate}
      />
      <p class="links">
        <a href={`/learn/${id}`}>Back to the article</a>
        <a href={`/learn/${id}/review`}>Review</a>
      </p>
    </section>
  );
}
