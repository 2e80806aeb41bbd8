import { useState } from "preact/hooks";
import { SubmitAnswer } from "./SubmitAnswer";

type Props = {
  items: string[];
  options: string[];
  busy: boolean;
  onAnswer: (answer: string[]) => void;
};

/** Match each item (a person, say) to an option (a role): one labelled select per item. */
export function MatchAnswer({ items, options, busy, onAnswer }: Props) {
  const [picks, setPicks] = useState<string[]>(() => items.map(() => ""));
  const [error, setError] = useState("");

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = picks.findIndex((p) => !p);
    if (missing >= 0) {
      setError("Choose a match for every item first.");
      (event.currentTarget as HTMLFormElement).querySelectorAll("select")[missing]?.focus();
      return;
    }
    setError("");
    onAnswer(picks);
  };

  return (
    <form class="answer-form" onSubmit={submit} noValidate>
      <ul class="match-list">
        {items.map((item, i) => (
          <li key={item}>
            <label for={`match-${i}`}>{item}</label>
            <select
              id={`match-${i}`}
              value={picks[i]}
              disabled={busy}
              aria-invalid={error && !picks[i] ? true : undefined}
              aria-describedby={error && !picks[i] ? "match-error" : undefined}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setPicks((old) => old.map((p, j) => (j === i ? value : p)));
              }}
            >
              <option value="">Choose…</option>
              {options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <SubmitAnswer errorId="match-error" error={error} busy={busy} />
    </form>
  );
}
