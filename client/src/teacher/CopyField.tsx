import { useRef, useState } from "preact/hooks";

type Props = { id: string; label: string; value: string; hint?: preact.ComponentChildren };

/**
 * A link in a read-only field with a Copy button. The clipboard API needs a secure context and
 * permission; where it fails the field's text is selected instead, so the teacher can copy it
 * by hand. Either way the outcome is said in words (and announced).
 */
export function CopyField({ id, label, value, hint }: Props) {
  const input = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState("");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      // The same words twice are still announced: a trailing no-break space makes them new.
      setSaid((old) => (old === "Copied" ? "Copied\u00a0" : "Copied"));
    } catch {
      input.current?.focus();
      input.current?.select();
      setSaid("Selected: press Ctrl+C (or ⌘C) to copy");
    }
  };

  return (
    <div class="copy-field">
      <label for={id}>{label}</label>
      {hint && (
        <div id={`${id}-hint`} class="hint">
          {hint}
        </div>
      )}
      <div class="copy-row">
        {/* a text area, so the whole link shows, wrapped, however long it is */}
        <textarea
          id={id}
          ref={input}
          rows={2}
          readOnly
          spellcheck={false}
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          class="button"
          aria-label={`Copy ${label.toLowerCase()}`}
          onClick={copy}
        >
          Copy
        </button>
      </div>
      <p class="copy-status" role="status">
        {said}
      </p>
    </div>
  );
}
