import { describe, expect, it } from 'vitest';
import { EntityScratch } from '../../../src/core/entities/scratch.js';

describe('EntityScratch.cursorsFrom', () => {
  it('copies the first entries of the starts, growing past its size, and leaves the starts alone', () => {
    const scratch = new EntityScratch();
    const starts = Int32Array.from([0, 2, 2, 5, 9]);
    const cursors = scratch.cursorsFrom(starts, 4);
    expect(Array.from(cursors.subarray(0, 4))).toEqual([0, 2, 2, 5]);
    cursors[1]!++;
    expect(starts[1]).toBe(2);
    const longer = Int32Array.from({ length: 3000 }, (_, k) => 3 * k);
    const grown = scratch.cursorsFrom(longer, 3000);
    expect(grown.length).toBeGreaterThanOrEqual(3000);
    expect(Array.from(grown.subarray(0, 3000))).toEqual(Array.from(longer));
    // A shorter copy after a longer one holds the new values in front.
    expect(Array.from(scratch.cursorsFrom(starts, 3).subarray(0, 3))).toEqual([0, 2, 2]);
  });
});
