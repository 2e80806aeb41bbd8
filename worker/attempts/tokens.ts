import { decodeBase64Url, encodeBase64Url } from "hono/utils/encode";

/** What an attempt token proves: its bearer may play this attempt of this quiz. */
export type AttemptClaims = { attemptId: string; quizId: string };

const VERSION = "a1";
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

/** The HMAC-SHA256 key for a secret, imported once per isolate. */
function hmacKey(secret: string): Promise<CryptoKey> {
  // A missing secret must fail loudly (a 500), never sign with an empty or "undefined" key.
  if (typeof secret !== "string" || secret.length < 16)
    return Promise.reject(new Error("TOKEN_SECRET is missing or too short"));
  let key = keys.get(secret);
  if (!key) {
    const raw = encoder.encode(secret);
    key = crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, key);
  }
  return key;
}

/** A 32-byte signature as 43 characters of unpadded base64url, or null for anything else. */
function fromBase64Url(text: string): Uint8Array | null {
  return /^[A-Za-z0-9_-]{43}$/.test(text) ? decodeBase64Url(`${text}=`) : null;
}

/** `a1.<attemptId>.<quizId>.<signature>`; ids never contain dots (see `schemas.ts`). */
const signedPart = (c: AttemptClaims) => `${VERSION}.${c.attemptId}.${c.quizId}`;

/** Signs claims into a bearer token. */
export async function signAttemptToken(secret: string, claims: AttemptClaims): Promise<string> {
  const payload = signedPart(claims);
  const signature = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret),
    encoder.encode(payload),
  );
  return `${payload}.${encodeBase64Url(signature).replace(/=+$/, "")}`;
}

/**
 * The claims of a genuine token, or null for anything forged, altered or malformed.
 * `crypto.subtle.verify` compares the signatures in constant time.
 */
export async function verifyAttemptToken(
  secret: string,
  token: string,
): Promise<AttemptClaims | null> {
  const parts = token.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  const [, attemptId, quizId, sig] = parts as [string, string, string, string];
  const signature = fromBase64Url(sig);
  if (!attemptId || !quizId || !signature) return null;
  const payload = encoder.encode(signedPart({ attemptId, quizId }));
  const genuine = await crypto.subtle.verify("HMAC", await hmacKey(secret), signature, payload);
  return genuine ? { attemptId, quizId } : null;
}
