/**
 * The QuizRoom's SQLite tables. `answers` has one row per (attempt, question): the primary key is
 * what makes the first answer win. `score_saved` is no longer used (scores reach KV in batches).
 * `teacher_key` holds the SHA-256 of a teacher quiz's key (no row: nobody may edit the quiz).
 * `quiz_sync` counts changes to the quiz and which one KV has, so edits reach KV at most once a
 * second; `score_sync` does the same for the finished scores, which reach KV in batches (see
 * score-sync.ts). An attempt's `device` and `base_key` say who played it (for "one scored
 * attempt"), `name_key` keeps names distinct, `practice` marks a try after the scored one,
 * `removed_at` a teacher's removal.
 */
export const ROOM_SCHEMA = `
CREATE TABLE IF NOT EXISTS quiz (
  id TEXT PRIMARY KEY,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  score INTEGER,
  total INTEGER,
  score_saved INTEGER NOT NULL DEFAULT 0,
  device TEXT,
  base_key TEXT,
  name_key TEXT,
  practice INTEGER NOT NULL DEFAULT 0,
  removed_at INTEGER
);
CREATE INDEX IF NOT EXISTS attempts_by_rank ON attempts (score DESC, finished_at, id)
  WHERE finished_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS attempts_by_finish ON attempts (finished_at)
  WHERE finished_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS answers (
  attempt_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  correct INTEGER NOT NULL,
  points REAL,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (attempt_id, question_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS teacher_key (
  hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS score_sync (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  revision INTEGER NOT NULL,
  synced_revision INTEGER NOT NULL,
  synced_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS quiz_sync (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  revision INTEGER NOT NULL,
  synced_revision INTEGER NOT NULL,
  synced_at INTEGER NOT NULL
);
`;

/** Columns added after rooms were first stored: added to an older room's table when it wakes. */
const ADDED_COLUMNS = [
  ["device", "TEXT"],
  ["base_key", "TEXT"],
  ["name_key", "TEXT"],
  ["practice", "INTEGER NOT NULL DEFAULT 0"],
  ["removed_at", "INTEGER"],
] as const;

/** Creates the tables (and adds newer columns to an older room's). Only called before a write. */
export function ensureSchema(sql: SqlStorage): void {
  sql.exec(ROOM_SCHEMA);
  const have = new Set(
    sql
      .exec<{ name: string }>("PRAGMA table_info(attempts)")
      .toArray()
      .map((c) => c.name),
  );
  for (const [name, type] of ADDED_COLUMNS)
    if (!have.has(name)) sql.exec(`ALTER TABLE attempts ADD COLUMN ${name} ${type}`);
  sql.exec("CREATE INDEX IF NOT EXISTS attempts_by_name ON attempts (name_key)");
  // partial credit: a match answer's share of its point (empty for answers that count by verdict)
  const answerColumns = sql.exec<{ name: string }>("PRAGMA table_info(answers)").toArray();
  if (!answerColumns.some((c) => c.name === "points"))
    sql.exec("ALTER TABLE answers ADD COLUMN points REAL");
}

/**
 * Whether this room has ever stored anything; reads of an empty room must not create its tables.
 */
export function hasTables(sql: SqlStorage): boolean {
  return (
    sql
      .exec<{ n: number }>(
        "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'quiz'",
      )
      .one().n > 0
  );
}
