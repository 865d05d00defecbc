/**
 * An article's token spellings, for asking whether it writes a word exactly so (fragment.ts
 * writtenLower). A Set of the spellings hashed every character of every token, which a fresh
 * parse's strings have never had hashed: 3-4% of the entity step on the user's path. Here the
 * tokens are bucketed by what three reads give (length, first and last character), a counting
 * sort into two flat arrays, and a question compares the few spellings of its bucket.
 */
import type { Token } from '../types.js';

const BUCKETS = 256;

function bucketOf(s: string): number {
  return (s.length * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(s.length - 1)) & (BUCKETS - 1);
}

export interface SpellingIndex {
  /** Whether some token is spelled exactly `word`. */
  has(word: string): boolean;
}

/** The index of the tokens for which `keep(value)` holds (the others are never asked about). */
export function spellingIndex(tokens: readonly Pick<Token, 'value'>[], keep: (value: string) => boolean): SpellingIndex {
  const n = tokens.length;
  const bucket = new Int16Array(n);
  const start = new Int32Array(BUCKETS + 1);
  for (let i = 0; i < n; i++) {
    const v = tokens[i]!.value;
    const b = v.length > 0 && keep(v) ? bucketOf(v) : -1;
    bucket[i] = b;
    if (b >= 0) start[b + 1]!++;
  }
  for (let b = 0; b < BUCKETS; b++) start[b + 1]! += start[b]!;
  const list = new Int32Array(start[BUCKETS]!);
  const next = start.slice(0, BUCKETS);
  for (let i = 0; i < n; i++) if (bucket[i]! >= 0) list[next[bucket[i]!]!++] = i;
  return {
    has(word) {
      if (word.length === 0) return false;
      const b = bucketOf(word);
      for (let k = start[b]!; k < start[b + 1]!; k++) if (tokens[list[k]!]!.value === word) return true;
      return false;
    },
  };
}
