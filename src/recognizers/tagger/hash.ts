/**
 * 32-bit hashing for feature strings without building the strings: a feature is the hash of a
 * template id combined with the hash of a (sub)string, computed over UTF-16 code units.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over `s.slice(start, end)`, without allocating the slice. */
export function hashRange(s: string, start = 0, end = s.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** Murmur3's finalizer: spreads every input bit over the output. */
function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines two hashes (order matters), e.g. a template id and a value. */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x2545f491, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h ^= Math.imul(b, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return finalize(Math.imul(h, 5) + 0xe6546b64);
}

export function combine3(a: number, b: number, c: number): number {
  return combine(combine(a, b), c);
}
