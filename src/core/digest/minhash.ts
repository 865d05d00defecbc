/**
 * MinHash signatures (Broder 1997, "On the resemblance and containment of documents"): two
 * signatures agree at a position with probability equal to the Jaccard resemblance of the two
 * shingle sets, so a 128-number signature stands in for the set. Computed by one permutation
 * hashing (Li, Owen & Zhang 2012): one hash per shingle, its top bits choosing one of the
 * `SIGNATURE_SIZE` bins and the rest competing for the bin's minimum, instead of 128 hash
 * functions per shingle; bins a short text leaves empty borrow a filled bin's value by optimal
 * densification (Shrivastava 2017), which keeps the agreement rate an unbiased estimate.
 */
import { finish, mix } from '../entities/hash.js';

export const SIGNATURE_SIZE = 128;
const BIN_BITS = 7;
const EMPTY = 0xffffffff;

export function minHash(shingles: ReadonlySet<number>): { signature: Uint32Array; shingles: number } {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (const shingle of shingles) {
    const h = finish(shingle);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & (EMPTY >>> BIN_BITS);
    if (value < signature[bin]!) signature[bin] = value;
  }
  if (shingles.size === 0) return { signature, shingles: 0 };
  const filled = signature.slice();
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    if (filled[bin] !== EMPTY) continue;
    // The same sequence of bins to try for every document, so two documents borrow alike.
    for (let attempt = 1; ; attempt++) {
      const from = finish(mix(bin, attempt)) % SIGNATURE_SIZE;
      if (filled[from] !== EMPTY) {
        signature[bin] = filled[from]!;
        break;
      }
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
