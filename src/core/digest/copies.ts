/**
 * Near-duplicate detection: which articles are copies of another (syndicated, re-posted with
 * other boilerplate, re-wrapped, re-encoded, a paragraph trimmed). Candidates come from
 * locality-sensitive hashing of MinHash signatures, banded (Indyk & Motwani 1998; Leskovec,
 * Rajaraman & Ullman, Mining of Massive Datasets, ch. 3): only articles that agree on a whole
 * band of the signature are compared, so the cost grows with the number of articles, not its
 * square. A candidate pair is a copy when one article's shingles are nearly all in the other
 * (containment, Broder 1997), estimated from the resemblance and the two set sizes: added
 * boilerplate or a dropped paragraph leaves containment high, while a follow-up on the same
 * story, written anew, shares few 5-word runs.
 */
import { finish, mix } from '../entities/hash.js';
import { resemblance, SIGNATURE_SIZE } from './minhash.js';

/**
 * 128 bands of 1 row: a pair with resemblance 0.15 (a short article inside one five times its
 * length) becomes a candidate with probability 1 - 0.85^128, all but certain; with 64 bands of
 * 2 rows it was 0.76, and one such copy in the copies folder was missed by chance. Unrelated
 * articles share a band only when they share the least hash of some bin, a shingle in common.
 */
const ROWS = 1;
const BANDS = SIGNATURE_SIZE / ROWS;
/** A band bucket this full is shared boilerplate, not copies: its pairs are not worth comparing. */
const MAX_BUCKET = 200;

export interface CopyOptions {
  /** Least share of the shorter article's shingles that must be in the other. @default 0.8 */
  readonly containment?: number;
}

interface Signed {
  readonly signature: Uint32Array;
  readonly shingles: number;
  /** Publication date (ISO 8601), when known: the earliest of a group of copies is its original. */
  readonly date?: string | null;
}

/**
 * For each item, the index of the item it copies, or -1. Copies form groups (union-find); each
 * group's earliest-dated item is its original (the first in input order among equals, or when
 * no date is known), the rest point at it.
 */
export function findCopies(items: readonly Signed[], options: CopyOptions = {}): Int32Array {
  const least = options.containment ?? 0.8;
  const parent = Int32Array.from(items, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const seen = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    items.forEach((item, i) => {
      if (item.shingles === 0) return;
      // The band's rows hashed to one number: a rare collision only adds a pair to compare.
      let key = band;
      for (let r = band * ROWS; r < band * ROWS + ROWS; r++) key = mix(key, item.signature[r]!);
      key = finish(key);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const a = bucket[x]!;
          const b = bucket[y]!;
          const key = a * items.length + b;
          if (seen.has(key)) continue;
          seen.add(key);
          if (root(a) !== root(b) && containment(items[a]!, items[b]!) >= least) {
            const [ra, rb] = [root(a), root(b)];
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
          }
        }
      }
    }
  }
  // Roots are each group's first item; the original is its earliest-dated one.
  const time = (i: number) => Date.parse(items[i]!.date ?? '');
  const original = Int32Array.from(items, (_, i) => i);
  items.forEach((_, i) => {
    const r = root(i);
    const best = original[r]!;
    if (time(i) < time(best) || (Number.isNaN(time(best)) && !Number.isNaN(time(i)))) original[r] = i;
  });
  return Int32Array.from(items, (_, i) => (original[root(i)] === i ? -1 : original[root(i)]!));
}

/** |A ∩ B| / min(|A|, |B|), from the estimated resemblance J: |A ∩ B| = J (|A| + |B|) / (1 + J). */
export function containment(a: Signed, b: Signed): number {
  const j = resemblance(a.signature, b.signature);
  return Math.min(1, (j * (a.shingles + b.shingles)) / (1 + j) / Math.max(1, Math.min(a.shingles, b.shingles)));
}
