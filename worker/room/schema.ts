/**
 * The QuizRoom's SQLite tables. `answers` has one row per (attempt, question): the primary key is
 * what makes the first answer win. `score_saved` marks a finished score as written to KV.
 * `teacher_key` holds the SHA-256 of a teacher quiz's key (no row: nobody may edit the quiz).
 * `quiz_sync` counts changes to the quiz and which one KV has, so edits reach KV at most once a second.
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
  score_saved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS attempts_by_rank ON attempts (score DESC, finished_at, id)
  WHERE finished_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS attempts_by_finish ON attempts (finished_at) WHERE finished_at IS NOT NULL;
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
CREATE TABLE IF NOT EXISTS quiz_sync (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  revision INTEGER NOT NULL,
  synced_revision INTEGER NOT NULL,
  synced_at INTEGER NOT NULL
);
`;

/**
 * Brings a room made before partial credit up to date: its answers table gains `points` (empty for
 * the answers it holds, which count by their verdict).
 */
export function migrateRoom(sql: SqlStorage): void {
  try {
    sql.exec("SELECT points FROM answers LIMIT 0");
  } catch {
    sql.exec("ALTER TABLE answers ADD COLUMN points REAL");
  }
}
