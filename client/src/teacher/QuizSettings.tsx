import type { QuestionType } from "../../../questions/types.ts";
import type { Settings } from "./my-quizzes";

/** The six question types, in the words a teacher uses. */
export const TYPE_NAMES: Record<QuestionType, string> = {
  choice: "Multiple choice",
  truefalse: "True or false",
  fill: "Fill in the blank",
  numeric: "Number",
  match: "Match people to roles",
  order: "Put events in order",
};

export const ALL_TYPES = Object.keys(TYPE_NAMES) as QuestionType[];

/**
 * null asks for every good question the article supports: the default, since deleting a weak
 * question is quicker than missing a good one.
 */
const COUNTS: (number | null)[] = [10, 15, 20, null];

export const DEFAULT_SETTINGS: Settings = { count: null, types: ALL_TYPES };

type Props = {
  value: Settings;
  error: string;
  disabled: boolean;
  onChange: (settings: Settings) => void;
};

/** How many questions, and which types: a radio group and a group of checkboxes. */
export function QuizSettings({ value, error, disabled, onChange }: Props) {
  const toggle = (type: QuestionType, on: boolean) =>
    onChange({
      ...value,
      types: ALL_TYPES.filter((t) => (t === type ? on : value.types.includes(t))),
    });

  return (
    <>
      <fieldset class="field choices" disabled={disabled}>
        <legend>How many questions</legend>
        <div class="segmented">
          {COUNTS.map((count) => (
            <label key={String(count)} class="segment">
              <input
                type="radio"
                name="count"
                checked={value.count === count}
                onChange={() => onChange({ ...value, count })}
              />
              <span>{count ?? "All"}</span>
            </label>
          ))}
        </div>
        <p class="hint">“All” keeps every good question the article supports (up to 30).</p>
      </fieldset>
      <fieldset
        class="field choices"
        disabled={disabled}
        aria-describedby={error ? "types-error" : undefined}
      >
        <legend>Question types</legend>
        <div class="type-grid">
          {ALL_TYPES.map((type) => (
            <label key={type} class="check">
              <input
                type="checkbox"
                checked={value.types.includes(type)}
                onChange={(e) => toggle(type, e.currentTarget.checked)}
              />
              <span>{TYPE_NAMES[type]}</span>
            </label>
          ))}
        </div>
        {error && (
          <p id="types-error" class="field-error">
            {error}
          </p>
        )}
      </fieldset>
    </>
  );
}
