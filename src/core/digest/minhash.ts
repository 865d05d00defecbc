/**
 * MinHash signatures (Broder 1997, "On the resemblance and containment of documents"): for each
 * of `SIGNATURE_SIZE` hash functions, the least hash over a document's shingles. Two signatures
 * agree at a position with probability equal to the Jaccard resemblance of the shingle sets, so
 * a 128-number signature stands in for the set.
 */
import { finish } from '../entities/hash.js';

export const SIGNATURE_SIZE = 128;

/** One seed per hash function, fixed so signatures from different runs (and .ndjson inputs) agree. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => finish(Math.imul(i + 1, 0x9e3779b1)) >>> 0);

export function minHash(shingles: ReadonlySet<number>): { signature: Uint32Array; shingles: number } {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = finish(h ^ SEEDS[i]!) >>> 0;
      if (v < signature[i]!) signature[i] = v;
    }
  }
  return { signature, shingles: shingles.size };
}

/** Estimated Jaccard resemblance: the share of positions where the two signatures agree. */
export function resemblance(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
