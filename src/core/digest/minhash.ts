/**
 * MinHash signatures (Broder 1997, "On the resemblance and containment of documents"): for each
 * of `SIGNATURE_SIZE` hash functions, the least hash over a document's shingles. Two signatures
 * agree at a position with probability equal to the Jaccard resemblance of the shingle sets, so
 * a 128-number signature stands in for the set.
 */
import { finish } from '../entities/hash.js';

export const SIGNATURE_SIZE = 128;

/**
 * The hash functions: x -> a*x + b (mod 2^32) with a odd, over shingle hashes that are already
 * well mixed (the universal hashing MinHash implementations use, one multiply per function,
 * ~5x cheaper than re-mixing the shingle for each). Fixed, so signatures from different runs agree.
 */
const A = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => finish(Math.imul(i + 1, 0x9e3779b1)) | 1);
const B = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => finish(Math.imul(i + 1, 0x85ebca6b) ^ 0x5bd1e995));

export function minHash(shingles: ReadonlySet<number>): { signature: Uint32Array; shingles: number } {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    const h = finish(shingle);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = (Math.imul(A[i]!, h) + B[i]!) >>> 0;
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
