type HashState = [number, number];

const START: HashState = [0xdeadbeef, 0x41c6ce57];

/** Feeds the characters of `text` into a running hash state, so a shared prefix is hashed once. */
function absorb([h1, h2]: HashState, text: string): HashState {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return [h1, h2];
}

function finish([h1, h2]: HashState): [number, number] {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * A 64-bit, synchronous, pure TypeScript string hash (two independent 32-bit lanes of a
 * multiply-xorshift mix, cyrb53-style), so ids are the same in the Worker, the browser and Node.
 */
export function hash64(text: string): [number, number] {
  return finish(absorb(START, text));
}

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

/** A short base32 id (default 12 characters = 60 bits) for `text`. */
export function hashId(text: string, length = 12): string {
  const [a, b] = hash64(text);
  let out = "";
  let hi = a;
  let lo = b;
  for (let i = 0; i < length; i++) {
    out += ALPHABET[lo & 31];
    // shift the 64-bit (hi, lo) pair right by 5 bits
    lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
    hi = hi >>> 5;
  }
  return out;
}

/** A deterministic pseudo-random number in [0, 1) for a seed string. */
export function seededUnit(seed: string): number {
  return hash64(seed)[0] / 4294967296;
}

/** Sorts a copy of `items` into a deterministic order that depends on `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: string, key: (item: T) => string = String): T[] {
  // Every item's sort key is hash64(seed + "\u0000" + key); the common prefix is hashed once.
  const prefix = absorb(START, seed + "\u0000");
  return items
    .map((item) => ({ item, k: finish(absorb(prefix, key(item)))[0] }))
    .sort((x, y) => x.k - y.k)
    .map((x) => x.item);
}
