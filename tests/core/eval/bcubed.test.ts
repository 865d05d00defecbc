import { describe, expect, it } from 'vitest';
import { bcubed, pairScores } from '../../../src/core/eval/bcubed.js';

describe('bcubed', () => {
  it('scores a perfect clustering 1 and an all-in-one clustering by the class sizes', () => {
    const gold = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ]);
    expect(
      bcubed(
        new Map([
          ['a', 1],
          ['b', 1],
          ['c', 2],
          ['d', 2],
        ]),
        gold,
      ),
    ).toEqual({ precision: 1, recall: 1, f1: 1 });
    const lumped = bcubed(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 1],
        ['d', 1],
      ]),
      gold,
    );
    expect(lumped.precision).toBeCloseTo(0.5);
    expect(lumped.recall).toBe(1);
  });

  it('matches Bagga and Baldwin on a split class', () => {
    // Class x = {a,b,c} split into {a,b} and {c}: recall 2/3 for a and b, 1/3 for c.
    const score = bcubed(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 2],
      ]),
      new Map([
        ['a', 'x'],
        ['b', 'x'],
        ['c', 'x'],
      ]),
    );
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
  });
});

describe('pairScores', () => {
  it('counts the pairs inside groups', () => {
    const s = pairScores(
      [['a', 'b', 'c'], ['d']],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    );
    expect(s).toEqual({ precision: 1 / 3, recall: 1 / 2, predicted: 3, gold: 2 });
  });
});
