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
import { resemblance, SIGNATURE_SIZE } from './minhash.js';

/** 32 bands of 4 rows: a pair with resemblance 0.6 becomes a candidate with probability 0.99, one at 0.2 with 0.05. */
const ROWS = 4;
const BANDS = SIGNATURE_SIZE / ROWS;
/** A band bucket this full is shared boilerplate, not copies: its pairs are not worth comparing. */
const MAX_BUCKET = 200;

export interface CopyOptions {
  /** Least share of the shorter article's shingles that must be in the other. @default 0.8 */
  readonly containment?: number;
  /**
   * Least ratio of the shorter article's shingles to the longer's: a short brief wholly quoted
   * inside a longer follow-up is not a copy of it. @default 0.5
   */
  readonly sizeRatio?: number;
}

interface Signed {
  readonly signature: Uint32Array;
  readonly shingles: number;
}

/**
 * For each item, the index of the item it copies, or -1. Copies form groups (union-find); each
 * group's first item in input order is its original, the rest point at it.
 */
export function findCopies(items: readonly Signed[], options: CopyOptions = {}): Int32Array {
  const least = options.containment ?? 0.8;
  const ratio = options.sizeRatio ?? 0.5;
  const comparable = (a: Signed, b: Signed) => Math.min(a.shingles, b.shingles) >= ratio * Math.max(a.shingles, b.shingles);
  const parent = Int32Array.from(items, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const seen = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    items.forEach((item, i) => {
      if (item.shingles === 0) return;
      const key = item.signature.subarray(band * ROWS, band * ROWS + ROWS).join(',');
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
          if (root(a) !== root(b) && comparable(items[a]!, items[b]!) && containment(items[a]!, items[b]!) >= least) {
            const [ra, rb] = [root(a), root(b)];
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
          }
        }
      }
    }
  }
  return Int32Array.from(items, (_, i) => (root(i) === i ? -1 : root(i)));
}

/** |A ∩ B| / min(|A|, |B|), from the estimated resemblance J: |A ∩ B| = J (|A| + |B|) / (1 + J). */
export function containment(a: Signed, b: Signed): number {
  const j = resemblance(a.signature, b.signature);
  return Math.min(1, (j * (a.shingles + b.shingles)) / (1 + j) / Math.max(1, Math.min(a.shingles, b.shingles)));
}
