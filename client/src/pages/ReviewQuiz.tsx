import { Fragment } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTitle } from "../components/use-title";
import "../teacher/teacher.css";
import type { Question } from "../../../questions/types.ts";
import { ArticleAsk, askedAs } from "../teacher/ArticleAsk";
import { sentenceOf } from "../teacher/alternates";
import { ClassroomSettings } from "../teacher/ClassroomSettings";
import { ConfirmDialog } from "../teacher/ConfirmDialog";
import { KeyProblem } from "../teacher/KeyProblem";
import { PracticeSetting } from "../teacher/PracticeSetting";
import { QuestionEditor } from "../teacher/QuestionEditor";
import { SaveBar } from "../teacher/SaveBar";
import { SharePanel } from "../teacher/SharePanel";
import { type Deleted, useReview } from "../teacher/use-review";

/** Puts focus on an element by id once the screen has re-rendered. */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * `/t/:id/edit`: the teacher reviews the generated quiz, edits questions in place, deletes and
 * reorders them, saves with the key, then publishes: the share link, a QR code and the teacher
 * link.
 */
export default function ReviewQuiz({ id }: { id: string }) {
  const review = useReview(id);
  const { load, quiz, title, questions, save } = review;
  const [published, setPublished] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useTitle(quiz ? `Review: ${title || quiz.title}` : "Review your quiz");
  useEffect(() => {
    if (load.status === "ready") heading.current?.focus();
  }, [load.status]);

  if (load.status === "failed") return <KeyProblem failure={load} onRetry={review.retry} />;
  if (load.status === "loading" || !quiz || !review.key) {
    return (
      <section class="teacher" aria-busy="true">
        <h1>Loading your quiz…</h1>
      </section>
    );
  }

  const asked = new Set(
    questions.flatMap((q) => [q.evidence, ...(q.sources ?? [])]).map(sentenceOf),
  );

  const move = (index: number, by: -1 | 1) => {
    const q = questions[index]!;
    review.move(index, by);
    const to = index + by;
    setSaid(`Question moved to position ${to + 1} of ${questions.length}.`);
    // At the top or bottom the pressed button goes inert: keep focus on the card's other move
    // button.
    const edge = (to === 0 && by < 0) || (to === questions.length - 1 && by > 0);
    focusSoon(`q-${q.id}-${(by < 0) !== edge ? "up" : "down"}`);
  };

  const remove = (index: number) => {
    review.remove(index);
    setSaid(`Question ${index + 1} deleted.`);
    focusSoon("undo-delete");
  };

  const replace = (index: number) => {
    const next = review.replace(index);
    if (next) {
      setSaid(`Question ${index + 1} replaced: ${next.prompt}`);
      focusSoon(`q-${next.id}-heading`);
    }
  };

  const undoReplace = (id: string, index: number) => {
    const back = review.undoReplace(id);
    if (back) {
      setSaid(`Question ${index + 1} is back.`);
      focusSoon(`q-${back.id}-heading`);
    }
  };

  const add = (question: Question) => {
    if (questions.some((q) => q.id === question.id)) {
      setSaid("That question is already in the quiz.");
      focusSoon(`q-${question.id}-heading`);
      return;
    }
    review.add(question);
    setSaid(`Question ${questions.length + 1} added.`);
    focusSoon(`q-${question.id}-heading`);
  };

  const undo = () => {
    const back = review.undo();
    if (back) {
      setSaid("Question restored.");
      focusSoon(`q-${back.id}-heading`);
    }
  };

  /** Saves; when an edit has a problem, focus goes to the first field marked with one. */
  const saveNow = async () => {
    const saved = await review.saveChanges();
    if (!saved)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.review [aria-invalid="true"]')?.focus(),
      );
    return saved;
  };

  // The quiz is stored (and playable) since it was generated: publishing saves only what changed.
  const publish = async () => {
    if (review.dirty && !(await saveNow())) return;
    setPublished(true);
    focusSoon("share-heading");
  };

  return (
    <section class="teacher review">
      <div class="visually-hidden" role="status" aria-live="polite">
        {said}
      </div>
      <p class="eyebrow">Review your quiz</p>
      <h1 ref={heading} tabIndex={-1}>
        {title.trim() || quiz.title}
      </h1>
      <p class="lede">
        Check each question against the article, fix what reads wrong and delete what does not fit.
        Then save and publish to get the link for your students.
      </p>

      {published && (
        <section class="card share-card" aria-labelledby="share-heading">
          <h2 id="share-heading" tabIndex={-1}>
            Your quiz is ready to share
          </h2>
          <SharePanel id={id} teacherKey={review.key.key} title={title.trim() || quiz.title} />
          <ClassroomSettings id={id} teacherKey={review.key.key} />
          <p class="links">
            <a href={`/t/${id}`}>See the results as students play</a>
          </p>
        </section>
      )}

      <div class="card quiz-settings">
        <label for="quiz-title">Quiz title</label>
        <input
          id="quiz-title"
          type="text"
          maxLength={120}
          value={title}
          aria-invalid={review.titleProblem ? true : undefined}
          aria-describedby={review.titleProblem ? "quiz-title-error" : undefined}
          onInput={(e) => review.setTitle(e.currentTarget.value)}
        />
        {review.titleProblem && (
          <p id="quiz-title-error" class="field-error">
            {review.titleProblem}
          </p>
        )}
        <PracticeSetting
          id="practice-open"
          open={review.practice === "open"}
          onChange={review.allowPractice}
        />
        <p class="meta">
          {questions.length === 1 ? "1 question" : `${questions.length} questions`}
          {" · "}
          <a href={`/t/${id}`}>Results</a>
        </p>
        {review.canRegenerate ? (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            Regenerate questions
          </button>
        ) : (
          <p class="hint">
            To regenerate the questions, open this quiz in the browser that created it.
          </p>
        )}
      </div>

      <div class="review-columns">
        <div class="review-questions">
          {questions.length === 0 && !review.deleted && (
            <p class="notice">Every question is deleted. Regenerate the quiz to start again.</p>
          )}
          <ol class="question-list">
            {questions.map((q, i) => (
              <Fragment key={`${review.generation}:${q.id}`}>
                {review.deleted?.index === i && (
                  <DeletedNote deleted={review.deleted} onUndo={undo} />
                )}
                <QuestionEditor
                  key={q.id}
                  question={q}
                  index={i}
                  total={questions.length}
                  paragraphs={quiz.article.paragraphs}
                  problems={review.problems[q.id] ?? {}}
                  onChange={review.edit}
                  onMove={(by) => move(i, by)}
                  onDelete={() => remove(i)}
                  replacedFrom={review.replaced[q.id]}
                  canReplace={review.canReplace(i)}
                  onReplace={() => replace(i)}
                  onUndoReplace={() => undoReplace(q.id, i)}
                />
              </Fragment>
            ))}
            {review.deleted && review.deleted.index >= questions.length && (
              <DeletedNote deleted={review.deleted} onUndo={undo} />
            )}
          </ol>
        </div>
        <ArticleAsk
          paragraphs={quiz.article.paragraphs}
          asked={asked}
          inQuiz={new Set(questions.map(askedAs))}
          onAdd={add}
        />
      </div>

      <SaveBar
        dirty={review.dirty}
        save={save}
        canPublish={questions.length > 0}
        onSave={saveNow}
        onPublish={publish}
      />

      <ConfirmDialog
        open={confirming}
        title="Regenerate the questions?"
        confirmLabel="Regenerate"
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          if (await review.regenerate()) {
            setSaid("The questions were generated again.");
            heading.current?.focus();
          }
        }}
      >
        <p>
          factquiz writes the questions again from the same article and settings. Your edits, and
          the questions you deleted, will be lost.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** Where a deleted question stood: what it was, and Undo (which takes focus after the delete). */
function DeletedNote({ deleted, onUndo }: { deleted: Deleted; onUndo: () => void }) {
  const text = deleted.question.prompt;
  return (
    <li class="deleted-note">
      <p>Deleted: “{text.length > 80 ? `${text.slice(0, 77)}…` : text}”</p>
      <button
        id="undo-delete"
        type="button"
        class="button"
        aria-label="Undo delete"
        onClick={onUndo}
      >
        Undo
      </button>
    </li>
  );
}
