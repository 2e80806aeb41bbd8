import { encodeBase64Url } from "hono/utils/encode";

/** Random bytes in a teacher key: 192 bits, far past guessing, 32 characters of base64url. */
const KEY_BYTES = 24;

/** Base64url without padding: the form keys and hashes travel in (URL fragments, headers). */
const base64Url = (bytes: Uint8Array) =>
  encodeBase64Url(bytes.buffer as ArrayBuffer).replace(/=+$/, "");

/** A new teacher key. It is shown once, in the 201 of POST /api/quizzes, and never stored. */
export function newTeacherKey(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

/** What is stored instead of the key: its SHA-256, base64url. A leaked hash opens nothing. */
export async function hashTeacherKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  return base64Url(new Uint8Array(digest));
}
