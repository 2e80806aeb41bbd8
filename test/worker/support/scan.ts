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
export const ANSWER_FIELDS = ["answer", "accept", "explanation", "evidence", "sources", "correctAnswer", "difficulty"];
