import type { AnswerValue } from "../../../questions/grade.ts";

/**
 * An answer as a student reads it: plain text, a numbered list for an order, or "item: option"
 * pairs for a match.
 */
export function AnswerText({ value, items }: { value: AnswerValue; items?: string[] | undefined }) {
  if (!Array.isArray(value)) return <strong>{value}</strong>;
  if (items) {
    return (
      <ul class="answer-pairs">
        {items.map((item, i) => (
          <li key={item}>
            {item}: <strong>{value[i] ?? "—"}</strong>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ol class="answer-order">
      {value.map((v) => (
        <li key={v}>
          <strong>{v}</strong>
        </li>
      ))}
    </ol>
  );
}
