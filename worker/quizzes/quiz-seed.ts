import { encodeBase64Url } from "hono/utils/encode";
import type { Question, Quiz } from "../../questions/types.ts";
import { DRAFT_SETTINGS, type StoredQuiz } from "./quiz-settings.ts";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const encoder = new TextEncoder();

const base32 = (bytes: Uint8Array, length: number) =>
  [...bytes.slice(0, length)].map((b) => ALPHABET[b & 31]).join("");

/** A teacher quiz's id: 16 random base32 characters (80 bits), nothing to do with its article. */
export const randomQuizId = () => base32(crypto.getRandomValues(new Uint8Array(16)), 16);

/** A quiz's secret seed: 32 random bytes, kept with the stored quiz, never sent to anyone. */
export const newSeed = () =>
  encodeBase64Url(crypto.getRandomValues(new Uint8Array(32)).buffer as ArrayBuffer).replace(
    /=+$/,
    "",
  );

async function hmac(seed: string, label: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(seed),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(label)));
}

/** Fisher-Yates driven by the seed's bytes (one byte a step; options are 10 at most). */
function shuffled<T>(items: readonly T[], bytes: Uint8Array): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = bytes[i % bytes.length]! % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A question under its seeded id, with its options in a seeded order (true/false keeps its
 * order; an order question is never shown already in the right order).
 */
async function sealQuestion(seed: string, q: Question): Promise<Question> {
  const id = `q${base32(await hmac(seed, `id:${q.id}`), 15)}`;
  if (!q.options || q.type === "truefalse") return { ...q, id };
  let options = shuffled(q.options, await hmac(seed, `order:${q.id}`));
  if (q.type === "order" && options.every((o, i) => o === q.answer[i]))
    options = [...options.slice(1), options[0]!];
  return { ...q, id, options };
}

/**
 * A teacher's quiz as stored: a random id, a fresh secret seed, question ids and option order
 * derived from that seed, and the draft settings. Posting the same article again gives other ids
 * and another order, so the engine's output (or an earlier copy) is no answer key for it.
 */
export async function sealQuiz(quiz: Quiz): Promise<StoredQuiz> {
  const seed = newSeed();
  const seal = (qs: Question[]) => Promise.all(qs.map((q) => sealQuestion(seed, q)));
  const questions = await seal(quiz.questions);
  // alternates too, so a question the teacher swaps in is no more guessable than the rest
  const alternates = quiz.alternates && (await seal(quiz.alternates));
  return {
    ...quiz,
    id: randomQuizId(),
    questions,
    ...(alternates && { alternates }),
    settings: DRAFT_SETTINGS,
    seed,
  };
}
