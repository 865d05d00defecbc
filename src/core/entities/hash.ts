/**
 * 32-bit hashing for tagger features. Every feature is an integer mix of per-token string
 * hashes computed once per token, so extracting ~40 features per token allocates no strings
 * (MurmurHash3's mixing steps, Appleby 2011).
 */

/** FNV-1a over `s.slice(from, to)`; no substring is allocated. */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Folds `x` into the running hash `h` (MurmurHash3 body step). */
export function mix(h: number, x: number): number {
  let k = Math.imul(x, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 finaliser: spreads the bits so the low bits index a table well. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * FNV-1a of the word lower-cased with every digit read as 0, so "1996" and "2024" share a
 * word feature. The tagger's word identity, and what gazetteer phrases are made of.
 */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) c = 48;
    else if (c > 127) c = w[i]!.toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** Seed of phrase hashes; gazetteer.ts builds the same hashes word by word, so both read it here. */
export const PHRASE_SEED = 0x9747b28c;

/** Hash of a sequence of words (case and digits folded), as the gazetteer stores names. */
export function hashPhrase(words: readonly string[]): number {
  let h = PHRASE_SEED;
  for (const w of words) h = mix(h, wordHash(w));
  return finish(h);
}
