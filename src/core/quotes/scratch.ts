import type { Token } from '../types.js';

/**
 * The work arrays quote extraction fills per article: four per-token flag arrays (in quotation
 * marks, used as a cue, in a direct quote, taken by any quote) and the tokens' start offsets.
 * Allocating typed arrays per article cost more than the passes that fill them, so one
 * QuoteScratch serves every article of a thread, growing as needed. What it hands out is valid
 * only until the next call; extraction is synchronous, so calls never interleave.
 */
export class QuoteScratch {
  private flagBuffer = new Uint8Array(0);
  private startBuffer = new Int32Array(0);

  /** Four zeroed flag arrays of `n` entries each. */
  flags(n: number): [Uint8Array, Uint8Array, Uint8Array, Uint8Array] {
    if (this.flagBuffer.length < 4 * n) this.flagBuffer = new Uint8Array(Math.max(4 * n, 2 * this.flagBuffer.length));
    const b = this.flagBuffer;
    b.fill(0, 0, 4 * n);
    return [b.subarray(0, n), b.subarray(n, 2 * n), b.subarray(2 * n, 3 * n), b.subarray(3 * n, 4 * n)];
  }

  /** The tokens' start offsets, for tokenAtIn. */
  starts(tokens: readonly Token[]): Int32Array {
    if (this.startBuffer.length < tokens.length) this.startBuffer = new Int32Array(Math.max(tokens.length, 2 * this.startBuffer.length));
    const starts = this.startBuffer.subarray(0, tokens.length);
    for (let k = 0; k < tokens.length; k++) starts[k] = tokens[k]!.start;
    return starts;
  }
}

/**
 * The thread's one QuoteScratch: the only mutable state of quote extraction, kept in one
 * visible place. A worker thread loads its own copy of this module, so threads share nothing.
 */
export const threadQuoteScratch = new QuoteScratch();
