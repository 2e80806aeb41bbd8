import type { Question } from "../../../questions/types.ts";
import { Hidden } from "../components/Hidden";
import { AnswerEditor } from "./AnswerEditor";
import { EvidenceInArticle } from "./EvidenceInArticle";
import { TYPE_NAMES } from "./QuizSettings";
import type { Problems } from "./question-problems";

type Props = {
  question: Question;
  /** 0-based place in the quiz, and the number of questions. */
  index: number;
  total: number;
  paragraphs: string[];
  problems: Problems;
  onChange: (question: Question) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
  /** The question this one replaced ("Another question"), while it can be brought back. */
  replacedFrom?: Question | undefined;
  canReplace: boolean;
  onReplace: () => void;
  onUndoReplace: () => void;
};

/** A prompt cut to fit a line. */
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * One question on the review screen, editable in place: its prompt, answer and explanation, with
 * the article's sentence (the answer marked) beside them, and buttons to move or delete it. Every
 * control's name starts with "Question N" (hidden where the card already says it), so a screen
 * reader user always knows which question a field belongs to.
 */
export function QuestionEditor(props: Props) {
  const { question: q, index, total, paragraphs, problems, onChange, onMove, onDelete } = props;
  const label = `Question ${index + 1}`;
  const base = `q-${q.id}`;
  return (
    <li class="card question-edit">
      <div class="question-head">
        <h2 id={`${base}-heading`} tabIndex={-1}>
          {label}
          <span class="type-tag">{TYPE_NAMES[q.type]}</span>
        </h2>
        <div class="question-tools">
          <button
            id={`${base}-up`}
            type="button"
            class="icon-button"
            aria-label={`Move ${label.toLowerCase()} up`}
            aria-disabled={index === 0 || undefined}
            onClick={() => index > 0 && onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            id={`${base}-down`}
            type="button"
            class="icon-button"
            aria-label={`Move ${label.toLowerCase()} down`}
            aria-disabled={index === total - 1 || undefined}
            onClick={() => index < total - 1 && onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            class="button danger"
            aria-label={`Delete ${label.toLowerCase()}`}
            onClick={onDelete}
          >
            Delete
          </button>
        </div>
      </div>
      <div class="replace-row">
        <button
          id={`${base}-another`}
          type="button"
          class="button"
          aria-label={`Another question instead of ${label.toLowerCase()}`}
          aria-disabled={!props.canReplace || undefined}
          onClick={() => props.canReplace && props.onReplace()}
        >
          Another question
        </button>
        {!props.canReplace && <span class="hint">No other question left for this place.</span>}
        {props.replacedFrom && (
          <p class="replaced-note">
            Replaced “{short(props.replacedFrom.prompt)}”{" "}
            <button
              id={`${base}-undo-replace`}
              type="button"
              class="link-button"
              aria-label={`Undo the replacement of ${label.toLowerCase()}`}
              onClick={props.onUndoReplace}
            >
              Undo
            </button>
          </p>
        )}
      </div>
      <div class="edit-field">
        <label for={`${base}-prompt`}>
          <Hidden>{label} </Hidden>Prompt
        </label>
        <textarea
          id={`${base}-prompt`}
          rows={2}
          value={q.prompt}
          aria-invalid={problems.prompt ? true : undefined}
          aria-describedby={problems.prompt ? `${base}-prompt-error` : undefined}
          onInput={(e) => onChange({ ...q, prompt: e.currentTarget.value })}
        />
        {problems.prompt && (
          <p id={`${base}-prompt-error`} class="field-error">
            {problems.prompt}
          </p>
        )}
      </div>
      <AnswerEditor question={q} label={label} problems={problems} onChange={onChange} />
      <div class="edit-field">
        <label for={`${base}-explanation`}>
          <Hidden>{label} </Hidden>Explanation
        </label>
        <p id={`${base}-explanation-hint`} class="hint">
          Students see it after they answer.
        </p>
        <textarea
          id={`${base}-explanation`}
          rows={2}
          value={q.explanation}
          aria-invalid={problems.explanation ? true : undefined}
          aria-describedby={
            problems.explanation
              ? `${base}-explanation-error ${base}-explanation-hint`
              : `${base}-explanation-hint`
          }
          onInput={(e) => onChange({ ...q, explanation: e.currentTarget.value })}
        />
        {problems.explanation && (
          <p id={`${base}-explanation-error`} class="field-error">
            {problems.explanation}
          </p>
        )}
      </div>
      <EvidenceInArticle question={q} paragraphs={paragraphs} label={label} />
    </li>
  );
}
