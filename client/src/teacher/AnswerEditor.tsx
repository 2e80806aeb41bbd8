import { useState } from "preact/hooks";
import type { Question } from "../../../questions/types.ts";
import { Hidden } from "../components/Hidden";
import type { Problems } from "./question-problems";

type Props = {
  question: Question;
  /** "Question 3", said before each control's name so every name on the page is unique. */
  label: string;
  problems: Problems;
  onChange: (question: Question) => void;
};

/** A problem under a group of fields; its id is what the fields' aria-describedby names. */
function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} class="field-error">
      {text}
    </p>
  ) : null;
}

/** Choice: edit each option's text and pick the right one with a radio button. */
function ChoiceEditor({ question: q, label, problems, onChange }: Props) {
  const options = q.options ?? [];
  const base = `q-${q.id}`;
  const error = problems.options ?? problems.answer;
  const rename = (i: number, text: string) =>
    onChange({
      ...q,
      options: options.map((o, j) => (j === i ? text : o)),
      answer: q.answer === options[i] ? text : q.answer,
    });
  return (
    <fieldset class="answer-edit" aria-describedby={error ? `${base}-options-error` : undefined}>
      <legend>Options: select the right one</legend>
      {options.map((option, i) => (
        <div key={i} class={option === q.answer ? "option-edit right" : "option-edit"}>
          <label class="radio-pick">
            <input
              type="radio"
              name={`${base}-right`}
              checked={option === q.answer}
              onChange={() => onChange({ ...q, answer: option })}
            />
            <Hidden>
              {label}: option {i + 1} is right
            </Hidden>
          </label>
          <label for={`${base}-option-${i}`} class="visually-hidden">
            {label} option {i + 1}
          </label>
          <input
            id={`${base}-option-${i}`}
            type="text"
            value={option}
            aria-invalid={problems.options && !option.trim() ? true : undefined}
            onInput={(e) => rename(i, e.currentTarget.value)}
          />
          {option === q.answer && (
            <span class="right-badge">
              <span aria-hidden="true">✓ </span>Right
            </span>
          )}
        </div>
      ))}
      <FieldError id={`${base}-options-error`} text={error} />
    </fieldset>
  );
}

/** True or false: which of the two is right. */
function TrueFalseEditor({ question: q, label, onChange }: Props) {
  return (
    <fieldset class="answer-edit">
      <legend>Right answer</legend>
      <div class="segmented">
        {(q.options ?? ["True", "False"]).map((option) => (
          <label key={option} class="segment">
            <input
              type="radio"
              name={`q-${q.id}-right`}
              checked={option === q.answer}
              onChange={() => onChange({ ...q, answer: option })}
            />
            <span>
              <Hidden>{label}: </Hidden>
              {option}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Fill in the blank and numbers: the right answer's text, and other forms to accept. */
function TypedEditor({ question: q, label, problems, onChange }: Props) {
  const base = `q-${q.id}`;
  // The text as typed (a new empty line included); the question keeps the non-empty lines.
  const [accept, setAccept] = useState((q.accept ?? []).join("\n"));
  return (
    <div class="answer-edit">
      <label for={`${base}-answer`}>
        <Hidden>{label} </Hidden>Right answer
      </label>
      <input
        id={`${base}-answer`}
        type="text"
        inputMode={q.type === "numeric" ? "decimal" : "text"}
        value={String(q.answer)}
        aria-invalid={problems.answer ? true : undefined}
        aria-describedby={problems.answer ? `${base}-answer-error` : undefined}
        onInput={(e) => onChange({ ...q, answer: e.currentTarget.value })}
      />
      <FieldError id={`${base}-answer-error`} text={problems.answer} />
      <label for={`${base}-accept`}>
        <Hidden>{label} </Hidden>Also accept (one a line)
      </label>
      <textarea
        id={`${base}-accept`}
        rows={2}
        value={accept}
        onInput={(e) => {
          setAccept(e.currentTarget.value);
          onChange({
            ...q,
            accept: e.currentTarget.value
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean),
          });
        }}
      />
    </div>
  );
}

/** Match and order answers come from several sentences of the article: shown, not edited. */
function ListAnswer({ question: q }: Props) {
  const answer = [q.answer].flat();
  return (
    <div class="answer-edit">
      <p class="answer-label">Right answer</p>
      {q.type === "match" ? (
        <ul class="answer-pairs">
          {(q.items ?? []).map((item, i) => (
            <li key={item}>
              {item}: <strong>{answer[i]}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <ol class="answer-order">
          {answer.map((event) => (
            <li key={event}>{event}</li>
          ))}
        </ol>
      )}
      <p class="hint">
        These come from the article's sentences below. Edit the question, or delete it if it does
        not fit.
      </p>
    </div>
  );
}

/** A match's rows as the teacher types them: "left — right", one a line. */
const PAIR_SEPARATOR = /\s+[—–=-]\s+|\s*[—–=]\s*/;

/**
 * A teacher's own match or order question: the pairs ("Ana — mayor"), or the events in the right
 * order, one a line. Students get the right-hand column, or the events, in an order of their own.
 */
function LinesEditor({ question: q, label, problems, onChange }: Props) {
  const base = `q-${q.id}`;
  const answer = [q.answer].flat();
  const match = q.type === "match";
  const [text, setText] = useState(
    match
      ? (q.items ?? []).map((item, i) => `${item} — ${answer[i] ?? ""}`).join("\n")
      : answer.join("\n"),
  );
  const update = (value: string) => {
    setText(value);
    const lines = value
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (!match) return onChange({ ...q, answer: lines, options: [...lines].reverse() });
    const pairs = lines.map((line) => line.split(PAIR_SEPARATOR).map((part) => part.trim()));
    const right = pairs.map((p) => p.slice(1).join(" ").trim());
    onChange({
      ...q,
      items: pairs.map((p) => p[0] ?? ""),
      answer: right,
      options: [...right].reverse(),
    });
  };
  return (
    <div class="answer-edit">
      <label for={`${base}-lines`}>
        <Hidden>{label} </Hidden>
        {match
          ? "Pairs, one a line: left — right"
          : "Events in the right order, earliest first, one a line"}
      </label>
      <textarea
        id={`${base}-lines`}
        rows={4}
        value={text}
        aria-invalid={problems.answer ? true : undefined}
        aria-describedby={problems.answer ? `${base}-answer-error` : undefined}
        onInput={(e) => update(e.currentTarget.value)}
      />
      <FieldError id={`${base}-answer-error`} text={problems.answer} />
    </div>
  );
}

/** The right answer, edited the way each question type needs. */
export function AnswerEditor(props: Props) {
  switch (props.question.type) {
    case "choice":
      return <ChoiceEditor {...props} />;
    case "truefalse":
      return <TrueFalseEditor {...props} />;
    case "fill":
    case "numeric":
      return <TypedEditor {...props} />;
    default:
      // the engine's match and order draw on several sentences (`sources`); a teacher's own are
      // typed
      return props.question.sources ? <ListAnswer {...props} /> : <LinesEditor {...props} />;
  }
}
