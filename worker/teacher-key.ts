/** Random bytes in a teacher key: 192 bits, far past guessing, 32 characters of base64url. */
const KEY_BYTES = 24;

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** A new teacher key. It is shown once, in the 201 of POST /api/quizzes, and never stored. */
export function newTeacherKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

/** What is stored instead of the key: its SHA-256, base64url. A leaked hash opens nothing. */
export async function hashTeacherKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  return toBase64Url(new Uint8Array(digest));
}

/** Compares two key hashes in constant time, so response timing says nothing about the stored one. */
export function sameKeyHash(stored: string, given: string): boolean {
  if (stored.length !== given.length) return false;
  let diff = 0;
  for (let i = 0; i < stored.length; i++) diff |= stored.charCodeAt(i) ^ given.charCodeAt(i);
  return diff === 0;
}
