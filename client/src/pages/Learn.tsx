import { useEffect, useRef, useState } from "preact/hooks";
import { useTitle } from "../components/use-title";
import { articleFacts, type Fact, paragraphRuns } from "../learn/article-facts";
import { PLAY_FIRST, PlayFirstNote, TEACHER_SET } from "../learn/PlayFirst";
import type { QuizKnowledge } from "../learn/revealed";
import { StudyModes } from "../learn/StudyModes";
import { StudyFailed, StudyLoading } from "../learn/StudyStatus";
import { useStudy } from "../learn/use-study";
import { AnswerText } from "../play/AnswerText";
import type { PlayQuiz } from "../play/use-play";
import "../learn/learn.css";

/**
 * `/learn/:id`: the article in a readable column, each fact a revealed question tests highlighted.
 */
export default function Learn({ id }: { id: string }) {
  const study = useStudy(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  const ready = study.state.status === "ready" ? study.state.quiz : null;
  useTitle(ready ? `Study: ${ready.title}` : "Study the article");
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready?.id]);

  if (study.state.status === "loading") return <StudyLoading />;
  if (study.state.status === "failed")
    return (
      <StudyFailed
        message={study.state.message}
        missing={study.state.missing}
        onRetry={study.retry}
      />
    );
  const quiz = study.state.quiz;
  const facts = articleFacts(
    quiz.article.paragraphs,
    quiz.questions.map((q) => q.id),
    study.known,
  );
  const missed = facts.some((f) => f.missed);
  const waiting = quiz.questions.filter((q) => study.waitsForPlay(q)).length;

  return (
    <section class="learn">
      <p class="eyebrow">Study the article</p>
      <h1 ref={heading} tabIndex={-1}>
        {quiz.title}
      </h1>
      {waiting > 0 && (
        <PlayFirstNote quizId={id}>
          {quiz.practice === "after-answering" && <>{TEACHER_SET} </>}
          {PLAY_FIRST}
          {facts.length > 0 &&
            ` ${waiting === 1 ? "1 question is" : `${waiting} questions are`} still to play.`}
        </PlayFirstNote>
      )}
      <StudyModes quizId={id} />
      {facts.length ? (
        <div class="legend">
          <p>
            <mark class="fact-sample">Highlighted</mark>: a fact a question asks about (
            {facts.length} so far). Tap one, or press Enter on it, to see its questions and answers.
          </p>
          {missed && (
            <p>
              <mark class="fact-sample missed">
                <span aria-hidden="true">✗ </span>Marked with a cross
              </mark>
              : a question you missed in the quiz. Those are the ones to read again.
            </p>
          )}
        </div>
      ) : waiting > 0 ? (
        <p class="hint">
          Each fact you are asked about lights up here with its question and answer once you have
          played it.
        </p>
      ) : (
        <p class="notice">
          Highlights unlock as you go: <a href={`/q/${id}`}>play the quiz</a> or{" "}
          <a href={`/learn/${id}/practice`}>practise</a>, and each fact you are asked about lights
          up here with its question and answer.
        </p>
      )}
      <article class="article-column" aria-labelledby="article-heading">
        <h2 id="article-heading">The article</h2>
        {quiz.article.paragraphs.map((text, p) => {
          const here = facts.filter((f) => f.paragraph === p);
          const shown = here.find((f) => f.id === open);
          return (
            <div key={p}>
              <p>
                {paragraphRuns(text, here).map((run) =>
                  run.fact ? (
                    <FactMark
                      key={run.fact.id}
                      fact={run.fact}
                      text={run.text}
                      open={open === run.fact.id}
                      onToggle={() => setOpen(open === run.fact!.id ? null : run.fact!.id)}
                    />
                  ) : (
                    run.text
                  ),
                )}
              </p>
              {shown && (
                <FactPanel
                  fact={shown}
                  quiz={quiz}
                  known={study.known}
                  onClose={() => setOpen(null)}
                />
              )}
            </div>
          );
        })}
      </article>
      <p class="links">
        <a href={`/q/${id}`}>Play the quiz</a>
        <a href="/">All quizzes</a>
      </p>
    </section>
  );
}

/** A highlighted answer: a button in the text (tap, Enter or Space) that shows its questions. */
function FactMark({
  fact,
  text,
  open,
  onToggle,
}: {
  fact: Fact;
  text: string;
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <mark
      id={`${fact.id}-mark`}
      class={fact.missed ? "fact missed" : "fact"}
      // A highlight in the text that works as a button; e2e tests find it by role.
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a highlight as a button
      role="button"
      tabIndex={0}
      aria-expanded={open}
      aria-controls={`${fact.id}-panel`}
      onClick={onToggle}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onToggle();
        }
      }}
    >
      {fact.missed && <span aria-hidden="true">✗ </span>}
      {text}
      {fact.missed && <span class="visually-hidden"> (you missed a question on this)</span>}
    </mark>
  );
}

/** The questions about one highlighted answer, each with its answer and why. */
function FactPanel({
  fact,
  quiz,
  known,
  onClose,
}: {
  fact: Fact;
  quiz: PlayQuiz;
  known: QuizKnowledge;
  onClose: () => void;
}) {
  const questions = quiz.questions.filter((q) => fact.questionIds.includes(q.id));
  return (
    <div
      id={`${fact.id}-panel`}
      class="card fact-panel"
      role="region"
      aria-label="Questions about this fact"
    >
      <ul>
        {questions.map((q) => {
          const revealed = known.questions[q.id]!;
          const missed = known.missed.includes(q.id);
          return (
            <li key={q.id}>
              <h3>{q.prompt}</h3>
              <div class="answer-lines">
                <div>
                  Answer: <AnswerText value={revealed.answer} items={q.items} />
                </div>
              </div>
              {revealed.explanation && <p class="explanation">{revealed.explanation}</p>}
              {missed && (
                <p class="missed-note">
                  <span aria-hidden="true">✗ </span>You missed this one in the quiz.
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="button"
        onClick={() => {
          onClose();
          requestAnimationFrame(() => document.getElementById(`${fact.id}-mark`)?.focus());
        }}
      >
        Close
      </button>
    </div>
  );
}
