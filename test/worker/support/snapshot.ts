import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { roomFor } from "../../../worker/storage/rooms.ts";

/** Every KV key with its value and metadata. */
async function kvContents() {
  const all: { name: string; value: string | null; metadata: unknown }[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.QUIZZES.list({ cursor });
    for (const key of page.keys)
      all.push({
        name: key.name,
        value: await env.QUIZZES.get(key.name),
        metadata: key.metadata ?? null,
      });
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return all;
}

/** Every row of a quiz room's tables. */
function roomContents(quizId: string) {
  return runInDurableObject(roomFor(env.QUIZ_ROOM, quizId), (_, state) => ({
    quiz: state.storage.sql.exec("SELECT * FROM quiz").toArray(),
    attempts: state.storage.sql.exec("SELECT * FROM attempts ORDER BY id").toArray(),
    answers: state.storage.sql
      .exec("SELECT * FROM answers ORDER BY attempt_id, question_id")
      .toArray(),
  }));
}

/** What the API has stored: all of KV and the rooms of the given quizzes. */
export async function storedData(quizIds: string[]) {
  return { kv: await kvContents(), rooms: await Promise.all(quizIds.map(roomContents)) };
}

/**
 * Lets the rooms of `quizIds` finish their deferred KV writes (a quiz edit waits out KV's second
 * per key; scores go in batches), so a snapshot taken after it is not raced by them.
 */
export async function settleRooms(quizIds: string[]) {
  await new Promise((r) => setTimeout(r, 1_100));
  for (const id of quizIds) await runDurableObjectAlarm(roomFor(env.QUIZ_ROOM, id));
}
