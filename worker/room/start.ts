import { nameKey } from "../http/clean-text.ts";
import type { QuizSettings } from "../quizzes/quiz-settings.ts";
import { insertAttempt } from "./attempts.ts";
import type { StartOutcome } from "./types.ts";

/**
 * How many "Name (n)" variants are tried before a random suffix (a name this common is a flood).
 */
const MAX_SUFFIX = 500;

/**
 * The name another device's student gets: "Aisha", else "Aisha (2)", "Aisha (3)"… whichever is
 * free in this quiz.
 */
function distinctName(sql: SqlStorage, name: string): string {
  const taken = (candidate: string) =>
    sql.exec("SELECT 1 FROM attempts WHERE name_key = ? LIMIT 1", nameKey(candidate)).toArray()
      .length > 0;
  if (!taken(name)) return name;
  for (let n = 2; n <= MAX_SUFFIX; n++) if (!taken(`${name} (${n})`)) return `${name} (${n})`;
  return `${name} (${crypto.randomUUID().slice(0, 6)})`;
}

/**
 * Starts an attempt for a student named `name` (already cleaned) on `device` (null: an API client
 * that sent none). The same device with the same name is the same student and keeps their name;
 * anyone else whose name clashes gets a distinct one. On a quiz with one scored attempt per
 * student, a student (their device, or without one their name) who already has a scored attempt
 * plays this one as practice. A draft or closed quiz takes no attempt.
 */
export function startAttempt(
  sql: SqlStorage,
  settings: QuizSettings,
  attemptId: string,
  name: string,
  device: string | null,
  now: number,
): StartOutcome {
  if (settings.status !== "open") return { ok: false, reason: settings.status };
  const baseKey = nameKey(name);
  const sameStudent = device
    ? sql.exec<{ name: string }>(
        "SELECT name FROM attempts WHERE device = ? AND base_key = ? ORDER BY started_at LIMIT 1",
        device,
        baseKey,
      )
    : sql.exec<{ name: string }>(
        "SELECT name FROM attempts WHERE device IS NULL AND base_key = ? AND practice = 0 " +
          "ORDER BY started_at LIMIT 1",
        baseKey,
      );
  const earlier = sameStudent.toArray()[0];
  let practice = false;
  if (settings.attempts === "one") {
    const scored = device
      ? sql.exec(
          "SELECT 1 FROM attempts WHERE device = ? AND practice = 0 AND removed_at IS NULL LIMIT 1",
          device,
        )
      : sql.exec(
          "SELECT 1 FROM attempts WHERE device IS NULL AND base_key = ? AND practice = 0 " +
            "AND removed_at IS NULL LIMIT 1",
          baseKey,
        );
    practice = scored.toArray().length > 0;
  }
  // Without a device, the same name is the same student only when it makes this try practice.
  const shown = earlier && (device || practice) ? earlier.name : distinctName(sql, name);
  insertAttempt(
    sql,
    { id: attemptId, name: shown, device, baseKey, nameKey: nameKey(shown), practice },
    now,
  );
  return { ok: true, name: shown, practice };
}
