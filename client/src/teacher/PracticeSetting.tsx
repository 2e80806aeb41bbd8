/** The label a teacher reads: what ticking it allows, and what it costs the scored quiz. */
export const PRACTICE_LABEL =
  "Let students practise before they play (they will see answers before the scored quiz)";

type Props = { id: string; open: boolean; disabled?: boolean; onChange: (open: boolean) => void };

/**
 * Whether students may practise (and see answers) before playing the scored quiz. Off by default:
 * practice then opens for each question once a student has answered it in the quiz.
 */
export function PracticeSetting({ id, open, disabled, onChange }: Props) {
  return (
    <div class="practice-setting">
      <label class="check">
        <input
          id={id}
          type="checkbox"
          checked={open}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>{PRACTICE_LABEL}</span>
      </label>
      <p id={`${id}-hint`} class="hint">
        {open
          ? "Practice and flashcards show every answer at once, " +
            "so scores may reflect practice rather than reading."
          : "Off: practice opens for each question once a student has answered it in the quiz, " +
            "so scores stay honest."}
      </p>
    </div>
  );
}
