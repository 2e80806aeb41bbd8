/** The stored hash of the teacher key that may edit this room's quiz, or null when none may. */
export function readKeyHash(sql: SqlStorage): string | null {
  return (
    sql.exec<{ hash: string }>("SELECT hash FROM teacher_key LIMIT 1").toArray()[0]?.hash ?? null
  );
}

/** Sets the teacher key's hash (a room holds one quiz, so one key). */
export function writeKeyHash(sql: SqlStorage, hash: string): void {
  sql.exec("DELETE FROM teacher_key");
  sql.exec("INSERT INTO teacher_key (hash) VALUES (?)", hash);
}
