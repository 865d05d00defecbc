import { describe, expect, it } from 'vitest';
import { PREFIX_BIT, type Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { prepareDocument, type PreparedDocument } from '../../../src/core/entities/prepare.js';
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

describe('prepareDocument with one scratch for several documents', () => {
  it('keeps each prepared document as it was when the scratch prepares the next (training holds them all)', () => {
    const stored = new Map([
      [hashPhrase(['Varnby']), PREFIX_BIT | 1],
      [hashPhrase(['Varnby', 'Bay']), 1],
      [hashPhrase(['Ann']), 2],
    ]);
    const gazetteer: Gazetteer = { lookup: (h) => stored.get(h) ?? 0, maxLength: 2 };
    const first = { words: ['Ann', 'Roe', 'sailed', 'to', 'Varnby', 'Bay', '.', 'Ann', 'stayed', '.'], sentenceStarts: [0, 7] };
    const second = { words: ['Varnby', 'Bay', 'and', 'Varnby', 'Hills', 'met', 'Ann', 'Pell', 'and', 'Tom', 'Pell', 'in', 'Kell', '.'], sentenceStarts: [0] };
    const arrays = (d: PreparedDocument) => [d.word, d.wordId, d.flags, d.gazStart, d.gazCodes, d.occurrenceStart, d.occurrenceList].map((a) => Array.from(a));
    const scratch = new EntityScratch();
    const held = prepareDocument(first, gazetteer, scratch);
    const before = arrays(held);
    prepareDocument(second, gazetteer, scratch);
    expect(arrays(held)).toEqual(before);
    expect(before).toEqual(arrays(prepareDocument(first, gazetteer, new EntityScratch())));
    // The occurrences and the matches are there to compare: "Ann" twice, "Varnby Bay" matched.
    expect(held.occurrenceList.length).toBeGreaterThan(2);
    expect(held.gazCodes.length).toBeGreaterThan(2);
  });
});
