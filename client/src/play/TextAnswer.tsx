import { useState } from "preact/hooks";
import { SubmitAnswer } from "./SubmitAnswer";

type Props = {
  numeric: boolean;
  busy: boolean;
  initial?: string | undefined;
  onAnswer: (answer: string) => void;
};

/** A typed answer: fill in the blank, or a number (which brings up the phone's number pad). */
export function TextAnswer({ numeric, busy, initial, onAnswer }: Props) {
  const [value, setValue] = useState(initial ?? "");
  const [error, setError] = useState("");

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const text = value.trim();
    const problem = !text
      ? "Type an answer first."
      : numeric && !/\d/.test(text)
        ? "Type the answer as a number in digits (commas and a decimal point are fine)."
        : "";
    setError(problem);
    if (problem) (event.currentTarget as HTMLFormElement).querySelector("input")?.focus();
    else onAnswer(text);
  };

  return (
    <form class="answer-form" onSubmit={submit} noValidate>
      <label for="typed-answer">{numeric ? "Your answer (a number)" : "Your answer"}</label>
      <input
        id="typed-answer"
        type="text"
        inputMode={numeric ? "decimal" : "text"}
        autoComplete="off"
        autoCapitalize="off"
        spellcheck={false}
        enterKeyHint="done"
        value={value}
        readOnly={busy}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "typed-answer-error" : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <SubmitAnswer errorId="typed-answer-error" error={error} busy={busy} />
    </form>
  );
}
