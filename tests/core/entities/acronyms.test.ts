import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withAcronyms } from '../../../src/core/entities/acronyms.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { LOWERCASE_BIT, type Gazetteer } from '../../../src/core/entities/gazetteer.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const words = (text: string) => text.split(' ');
const span = (type: TokenSpan['type'], start: number, end: number): TokenSpan => ({ type, start, end });
/** A gazetteer that marks these words as written in lower case in the training text. */
const common = (...lower: string[]): Gazetteer => {
  const marked = new Set(lower.map((w) => hashPhrase([w])));
  return { lookup: (h) => (marked.has(h) ? LOWERCASE_BIT : 0), maxLength: 1 };
};

describe('acronyms that spell a common word', () => {
  it('takes an acronym defined in brackets after a name as that name, there and elsewhere', () => {
    const text = words('the Varno Health Office ( VHO ) said so , and the VHO added that it was well');
    expect(withAcronyms([span('ORG', 1, 4)], text, common(), [0])).toEqual([span('ORG', 1, 4), span('ORG', 5, 6), span('ORG', 12, 13)]);
  });

  it('leaves an acronym in brackets that does not spell the name alone, after a MISC name, or in a title-case line', () => {
    const spans = [span('ORG', 1, 4)];
    expect(withAcronyms(spans, words('the Varno Health Office ( VX ) said so'), undefined, [0])).toBe(spans);
    const misc = [span('MISC', 1, 4)];
    expect(withAcronyms(misc, words('the Varno Health Office ( VHO ) said so'), undefined, [0])).toBe(misc);
    expect(withAcronyms(spans, words('the Varno Health Office ( VHO ) said so . Why VHO Is Wrong'), undefined, [0, 9])).toEqual([
      span('ORG', 1, 4),
      span('ORG', 5, 6),
    ]);
  });

  it('takes a common word in capitals after "the" and before a verb, or before a role, as an organisation', () => {
    const g = common('sage', 'real');
    expect(withAcronyms([], words('officials said the SAGE warned of a surge'), g, [0])).toEqual([span('ORG', 3, 4)]);
    expect(withAcronyms([], words('SAGE experts said it was spreading'), g, [0])).toEqual([span('ORG', 0, 1)]);
  });

  it('leaves emphasis, a word before the noun it qualifies, a title-case line and an unknown word alone', () => {
    const g = common('real', 'sage', 'not');
    expect(withAcronyms([], words('what about the REAL artists out there'), g, [0])).toEqual([]);
    expect(withAcronyms([], words('it was certainly NOT the best song'), g, [0])).toEqual([]);
    expect(withAcronyms([], words('Why The SAGE Said No'), g, [0])).toEqual([]);
    expect(withAcronyms([], words('officials said the VRQ warned of a surge'), g, [0])).toEqual([]);
  });

  it('leaves a common noun or a closed-class word shouted after "the" or before a group noun alone', () => {
    const g = common('law', 'led', 'sat', 'war', 'team', 'all');
    for (const text of [
      'the judge said the LAW was clear',
      'he said the LED in the phone failed',
      'she took the SAT in March',
      'he wrote that the WAR .',
      'he said the TEAM members played badly',
      'I think ALL staff should be paid more',
    ])
      expect(withAcronyms([], words(text), g, [0])).toEqual([]);
  });

  it('finds the WHO end to end', () => {
    const names = typedNames(
      'WHO chief Tova Lind said on Monday the outbreak was far from over. The WHO urged rich countries to share doses, and the WHO said it would meet again.',
    );
    expect(names).toContain('ORGANIZATION WHO');
  });
});

describe('acronyms the tagger typed apart from their definition', () => {
  it('types a tagged acronym defined after a name as that name, wherever the article writes it', () => {
    const words = 'prices fell at the Tarsk Metals Exchange ( TME ) on Monday . The TME said'.split(' ');
    const spans = [
      { type: 'ORG', start: 4, end: 7 },
      { type: 'LOC', start: 8, end: 9 },
      { type: 'LOC', start: 14, end: 15 },
    ] as const;
    expect(withAcronyms(spans, words, undefined, [0, 13])).toEqual([
      { type: 'ORG', start: 4, end: 7 },
      { type: 'ORG', start: 8, end: 9 },
      { type: 'ORG', start: 14, end: 15 },
    ]);
  });

  it('leaves a mention the tagger read as MISC alone', () => {
    const words = 'prices fell at the Tarsk Metals Exchange ( TME ) on Monday . The TME index fell'.split(' ');
    const spans = [
      { type: 'ORG', start: 4, end: 7 },
      { type: 'ORG', start: 8, end: 9 },
      { type: 'MISC', start: 14, end: 15 },
    ] as const;
    expect(withAcronyms(spans, words, undefined, [0, 13])).toEqual(spans);
  });
});
