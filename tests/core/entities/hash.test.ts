import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../src/core/entities/prepare.js';
import { EntityScratch } from '../../../src/core/entities/scratch.js';
import { PREFIX_BIT, type Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase, wordHash } from '../../../src/core/entities/hash.js';

// The gazetteer is built by scripts/train-ner.ts with hashPhrase/wordHash; at run time
// prepareDocument hashes words in its own one-pass scan (scanToken) and matches phrases word by
// word. If the two ever drift apart, every gazetteer lookup silently misses.
const WORDS = ['Kim', 'DPRK', 'Won-gon', 'said', '1996', 'U.S.', 'Über', 'São', 'Paulo', 'McDonald'];

const noGazetteer: Gazetteer = { lookup: () => 0, maxLength: 0 };

describe('word hashes', () => {
  it('are the same in the tagger’s token scan as in wordHash', () => {
    const prepared = prepareDocument({ words: WORDS, sentenceStarts: [0] }, noGazetteer, new EntityScratch());
    expect(Array.from(prepared.word)).toEqual(WORDS.map(wordHash));
  });

  it('fold case and digits', () => {
    expect(wordHash('1996')).toBe(wordHash('2024'));
    expect(wordHash('NATO')).toBe(wordHash('nato'));
    expect(wordHash('Über')).toBe(wordHash('über'));
    expect(wordHash('Nato')).not.toBe(wordHash('Natp'));
  });
});

describe('gazetteer matching', () => {
  it('finds a phrase stored as hashPhrase of its words', () => {
    const country = 1; // bit of GAZETTEER_LISTS[0]
    const stored = new Map([
      [hashPhrase(['São']), PREFIX_BIT],
      [hashPhrase(['São', 'Paulo']), country],
    ]);
    const gazetteer: Gazetteer = { lookup: (h) => stored.get(h) ?? 0, maxLength: 2 };
    const words = ['Flights', 'to', 'São', 'Paulo', 'resumed'];
    const d = prepareDocument({ words, sentenceStarts: [0] }, gazetteer, new EntityScratch());
    const codes = (i: number) => Array.from(d.gazCodes.subarray(d.gazStart[i]!, d.gazStart[i + 1]!));
    expect(codes(2)).toEqual([0]); // country list, first word
    expect(codes(3)).toEqual([2]); // country list, last word
    expect(codes(4)).toEqual([]);
  });
});
