import { useRef, useState } from "preact/hooks";
import { useFocusedHeading } from "../components/use-focused-heading";

export const NAME_MAX = 40;

/** Why a name cannot be used, or "" when it can. */
export function nameProblem(name: string): string {
  const length = [...name.trim()].length;
  if (!length) return "Type your name to start.";
  if (length > NAME_MAX) return `Use at most ${NAME_MAX} characters: this name has ${length}.`;
  return "";
}

type Props = {
  title: string;
  questionCount: number;
  /** A problem from the server (say, too many attempts), shown under the form. */
  error: string;
  busy: boolean;
  timer: boolean;
  onStart: (name: string, timer: boolean) => void;
};

/** The quiz's first screen: who is playing (for the leaderboard) and whether to show a timer. */
export function NameForm({
  title,
  questionCount,
  error,
  busy,
  timer: timerDefault,
  onStart,
}: Props) {
  const [name, setName] = useState("");
  const [timer, setTimer] = useState(timerDefault);
  const [problem, setProblem] = useState("");
  const heading = useFocusedHeading();
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = nameProblem(name);
    setProblem(found);
    if (found) input.current?.focus();
    else onStart(name.trim(), timer);
  };

  const form = (
    <form class="card name-form" onSubmit={submit} noValidate>
      <label for="player-name">Your name</label>
      <p id="player-name-hint" class="hint">
        Shown on the leaderboard. Up to {NAME_MAX} characters.
      </p>
      <input
        id="player-name"
        ref={input}
        type="text"
        autoComplete="nickname"
        enterKeyHint="go"
        value={name}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? "player-name-error player-name-hint" : "player-name-hint"}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      {problem && (
        <p id="player-name-error" class="field-error">
          {problem}
        </p>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={timer}
          onChange={(e) => setTimer(e.currentTarget.checked)}
        />
        <span>Show a timer on each question (it never costs points)</span>
      </label>
      <button type="submit" class="button primary" aria-disabled={busy || undefined}>
        {busy ? "Starting…" : "Start the quiz"}
      </button>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );

  return (
    <section class="name-screen">
      <p class="eyebrow">
        Quiz · {questionCount === 1 ? "1 question" : `${questionCount} questions`}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {questionCount === 0 ? (
        <p class="notice">
          This quiz has no questions yet. Ask your teacher for the link again later.
        </p>
      ) : (
        <>
          <p>
            Answer one question at a time. After each answer you will see the sentence from the
            article that holds it.
          </p>
          {form}
        </>
      )}
    </section>
  );
}
