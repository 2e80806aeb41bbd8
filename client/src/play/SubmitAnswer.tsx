/** The end of a typed or matched answer's form: its error, if any, then the submit button. */
export function SubmitAnswer({
  errorId,
  error,
  busy,
}: {
  errorId: string;
  error: string;
  busy: boolean;
}) {
  return (
    <>
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      <button type="submit" class="button primary" aria-disabled={busy || undefined}>
        Submit answer
      </button>
    </>
  );
}
