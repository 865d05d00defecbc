import { describe, expect, it } from 'vitest';
import { penaliseConflicts } from '../../../src/core/digest/conflict.js';
import { featureId, term } from '../../../src/core/digest/features.js';
import type { ItemEntity } from '../../../src/core/digest/types.js';

/** An article that mentions `words` and names `names` (name, count), commonest first. */
function article(words: string, names: [string, number][]) {
  const ids = words.split(' ').map((w) => featureId(term(w)!));
  const entities: ItemEntity[] = names.map(([name, count]) => ({ name, type: 'PERSON', count }));
  return { termIds: Uint32Array.from(ids), termCounts: new Float32Array(ids.length).fill(1), entities };
}

/** Every pair of `n` articles at similarity 0.2, both directions. */
const fullGraph = (n: number) => Array.from({ length: n }, (_, i) => new Map(Array.from({ length: n }, (_, j) => [j, 0.2] as const).filter(([j]) => j !== i)));

// Two title defences by one boxer: three reports of the fight against Ostrander, three of the one against Rasko.
const ostrander = article('title defence venn ostrander knockout', [
  ['Dario Venn', 6],
  ['Kell Ostrander', 4],
]);
const rasko = article('title defence venn rasko points', [
  ['Dario Venn', 6],
  ['Pim Rasko', 5],
]);
const options = { conflictFactor: 0.1, protagonistLeads: 3 };

describe('penaliseConflicts', () => {
  it('scales down the pairs whose protagonists are each missing from the other, and no others', () => {
    const pairs = fullGraph(6);
    penaliseConflicts([ostrander, ostrander, ostrander, rasko, rasko, rasko], pairs, options);
    expect(pairs[0]!.get(1)).toBeCloseTo(0.2);
    expect(pairs[3]!.get(5)).toBeCloseTo(0.2);
    expect(pairs[0]!.get(3)).toBeCloseTo(0.02);
    expect(pairs[4]!.get(2)).toBeCloseTo(0.02);
  });

  it("leaves a pair alone when one article mentions the other's protagonist", () => {
    const pairs = fullGraph(7);
    const recap = article('title defence venn ostrander rasko knockout', [
      ['Dario Venn', 6],
      ['Kell Ostrander', 4],
    ]);
    penaliseConflicts([ostrander, ostrander, ostrander, rasko, rasko, rasko, recap], pairs, options);
    expect(pairs[6]!.get(3)).toBeCloseTo(0.2);
    expect(pairs[0]!.get(3)).toBeCloseTo(0.02);
  });

  it("takes a name that leads fewer articles than protagonistLeads for one outlet's source, not a conflict", () => {
    const pairs = fullGraph(4);
    penaliseConflicts([ostrander, ostrander, rasko, rasko], pairs, options);
    expect(pairs.every((row) => [...row.values()].every((s) => s === 0.2))).toBe(true);
  });

  it('changes nothing at factor 1', () => {
    const pairs = fullGraph(6);
    penaliseConflicts([ostrander, ostrander, ostrander, rasko, rasko, rasko], pairs, { ...options, conflictFactor: 1 });
    expect(pairs[0]!.get(3)).toBe(0.2);
  });
});
