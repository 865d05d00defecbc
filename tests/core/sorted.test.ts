import { describe, expect, it } from 'vitest';
import { countBelow } from '../../src/core/sorted.js';

describe('countBelow', () => {
  it('counts the numbers below a value, equal ones not included', () => {
    const sorted = [2, 5, 5, 9];
    expect([0, 2, 3, 5, 6, 9, 10].map((v) => countBelow(sorted, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });

  it('reads typed arrays and empty lists alike', () => {
    expect(countBelow(Int32Array.from([1, 4, 7]), 5)).toBe(2);
    expect(countBelow([], 3)).toBe(0);
  });
});
