import { describe, expect, it } from 'vitest';
import { typedNames as namesOf } from './names.js';
import { withCompanyKinds } from '../../../src/core/entities/company-kinds.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

// Made-up wire sentences: a company's kind written before its name.
describe("a company's kind before its name", () => {
  it('reads an untagged capitalised word after a kind as an organisation, end to end', () => {
    const found = namesOf('Varnian carmaker Halvor said sales fell 3% in March. Dutch airline KLM cut flights to Halvik.');
    expect(found).toContain('ORGANIZATION Halvor');
    expect(found).toContain('ORGANIZATION KLM');
  });

  it('cuts a capitalised kind from the front of a name', () => {
    const found = namesOf('Chipmaker Lindqvist rose 4% on Monday. Insurer Tarvex fell.');
    expect(found).toContain('ORGANIZATION Lindqvist');
    expect(found).toContain('ORGANIZATION Tarvex');
    expect(found.some((n) => /Chipmaker|Insurer/.test(n))).toBe(false);
  });

  it('adds a run of untagged words (no letter, no day), keeps tagged people and places, retypes MISC', () => {
    const words = 'the lender Varnby Savings and the insurer Tova Lind and the airline Varnair and group C and agency Monday'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 7, end: 9 },
      { type: 'MISC', start: 12, end: 13 },
    ];
    expect(withCompanyKinds(spans, words, [0])).toEqual([
      { type: 'ORG', start: 2, end: 4 },
      { type: 'PER', start: 7, end: 9 },
      { type: 'ORG', start: 12, end: 13 },
    ]);
  });

  it('takes no word that opens a sentence, after a headline ending on a kind', () => {
    const words = 'Varnby buys Halvik firm Brewing giant Tarvex agreed'.split(' ');
    expect(withCompanyKinds([], words, [0, 4])).toEqual([{ type: 'ORG', start: 6, end: 7 }]);
    expect(withCompanyKinds([], words, [0])).toEqual([
      { type: 'ORG', start: 4, end: 5 },
      { type: 'ORG', start: 6, end: 7 },
    ]);
  });

  it('keeps a person of two words after a capitalised kind a person, and names a kind opens ("Bank Leumi")', () => {
    const words = 'Insurer Tova Lind met Bank Leumi'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 0, end: 3 },
      { type: 'ORG', start: 4, end: 6 },
    ];
    expect(withCompanyKinds(spans, words, [0])).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'ORG', start: 4, end: 6 },
    ]);
  });

  it('takes no title, office or closed-class word after a kind for a name', () => {
    const words = 'the company Secretary spoke , the firm Dr Lind runs and a firm He founded'.split(' ');
    expect(withCompanyKinds([], words, [0])).toEqual([]);
  });

  it('reads a name opening with a capital past ASCII after a kind ("Ørvik", "Élan"), not a lower-case one', () => {
    const words = 'the firm Ørvik and the airline Élan Air and the bank ørvik'.split(' ');
    expect(withCompanyKinds([], words, [0])).toEqual([
      { type: 'ORG', start: 2, end: 3 },
      { type: 'ORG', start: 6, end: 8 },
    ]);
  });
});
