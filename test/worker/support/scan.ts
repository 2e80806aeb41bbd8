/** Every object key anywhere inside a JSON value. */
export function keysDeep(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, found);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      found.add(k);
      keysDeep(v, found);
    }
  }
  return found;
}

/** Fields that give an answer away before the student answers. */
/**
 * Fields a student must never receive; "alternates" are the engine's further questions, for the
 * teacher's review only.
 */
export const ANSWER_FIELDS = [
  "answer",
  "accept",
  "explanation",
  "evidence",
  "sources",
  "correctAnswer",
  "difficulty",
  "alternates",
];
