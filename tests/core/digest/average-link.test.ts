import { describe, expect, it } from 'vitest';
import { attachLoners } from '../../../src/core/digest/average-link.js';

describe('attachLoners', () => {
  // Stories {0, 1} and {2, 3}; 4 and 5 alone. 4 is like 0 (0.3) and 1 (0.2): average 0.25 with {0, 1},
  // 0.05 with {2, 3}. 5 is like 4 only (0.4), and like 2 at 0.1: average 0.05.
  const graph = () => {
    const sims = Array.from({ length: 6 }, () => new Map<number, number>());
    const pair = (a: number, b: number, s: number) => (sims[a]!.set(b, s), sims[b]!.set(a, s));
    pair(0, 1, 0.6);
    pair(2, 3, 0.6);
    pair(4, 0, 0.3);
    pair(4, 1, 0.2);
    pair(4, 2, 0.1);
    pair(5, 4, 0.4);
    pair(5, 2, 0.1);
    return sims;
  };
  const rep = Int32Array.from([0, 0, 2, 2, 4, 5]);

  it('puts a lone article in the story it is on average most like, when the average reaches the bar', () => {
    expect([...attachLoners(rep, graph(), 0.2)]).toEqual([0, 0, 2, 2, 0, 5]);
  });

  it('leaves it alone below the bar, and never lets a lone article take another', () => {
    expect([...attachLoners(rep, graph(), 0.3)]).toEqual([0, 0, 2, 2, 4, 5]);
    // 5 is most like 4, itself alone: it stays out even though 4 joins {0, 1}.
    expect(attachLoners(rep, graph(), 0.04)[5]).toBe(2);
  });
});
