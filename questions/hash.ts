/**
 * A 64-bit, synchronous, pure TypeScript string hash (two independent 32-bit lanes of a
 * multiply-xorshift mix, cyrb53-style), so ids are the same in the Worker, the browser and Node.
 */
export function hash64(text: string): [number, number] {
  return hash64Parts([text]);
}

/**
 * `hash64` of the parts joined, without joining them: hashing a freshly joined string makes the
 * engine copy it first, and the evidence sentence is the longest part of every question's id.
 */
function hash64Parts(parts: readonly string[]): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p]!;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

/** A short base32 id (default 12 characters = 60 bits) for `text`. */
export function hashId(text: string, length = 12): string {
  return hashParts([text], length);
}

/** `hashId` of the parts joined (see `hash64Parts`). */
export function hashParts(parts: readonly string[], length = 12): string {
  const [a, b] = hash64Parts(parts);
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
export function seededShuffle<T>(
  items: readonly T[],
  seed: string,
  key: (item: T) => string = String,
): T[] {
  return items
    .map((item) => ({ item, k: hash64Parts([seed, "\u0000", key(item)])[0] }))
    .sort((x, y) => x.k - y.k)
    .map((x) => x.item);
}
