import type { AnswerValue } from "../../../questions/grade.ts";

type Props = {
  options: string[];
  busy: boolean;
  chosen?: AnswerValue | undefined;
  onAnswer: (answer: string) => void;
};

/**
 * One big button per option (multiple choice and true/false): a tap answers. While the answer is
 * being saved the buttons stay focusable but inert (`aria-disabled`), so focus is never lost.
 */
export function ChoiceAnswer({ options, busy, chosen, onAnswer }: Props) {
  return (
    <ul class={options.length === 2 ? "options options-pair" : "options"}>
      {options.map((option) => (
        <li key={option}>
          <button
            type="button"
            class={chosen === option ? "option chosen" : "option"}
            aria-pressed={chosen === undefined ? undefined : chosen === option}
            aria-disabled={busy || undefined}
            onClick={() => busy || onAnswer(option)}
          >
            {option}
          </button>
        </li>
      ))}
    </ul>
  );
}
