import { describe, expect, it } from 'vitest';
import { withListBreaks } from '../../../src/core/entities/list-breaks.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';
import { typedNames } from './names.js';

const texts = (spans: readonly TokenSpan[], words: readonly string[]) => spans.map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`);

describe('people run together across a list', () => {
  it('splits a person at a semicolon or a comma', () => {
    const words = 'Subs : Varn ; Tarl , Ruud Marsk ; Holt ) and Ostby FC'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 2, end: 10 },
      { type: 'ORG', start: 12, end: 14 },
    ];
    expect(texts(withListBreaks(spans, words), words)).toEqual(['PER Varn', 'PER Tarl', 'PER Ruud Marsk', 'PER Holt', 'ORG Ostby FC']);
  });

  it('keeps a side without a capitalised word out of the names', () => {
    const words = 'Varn , 23 , Holt'.split(' ');
    expect(texts(withListBreaks([{ type: 'PER', start: 0, end: 5 }], words), words)).toEqual(['PER Varn', 'PER Holt']);
  });

  it("splits a team sheet's people in an article", () => {
    const found = typedNames(`Subs not used: Dawson; Eustace, Hart, Moss.`);
    expect(found.filter((n) => n.includes('Dawson') || n.includes('Eustace'))).toEqual(['PERSON Dawson', 'PERSON Eustace']);
  });

  it("keeps a suffix or a title after a comma, a nickname in brackets, a reversed name's initials, and other types whole", () => {
    const words = 'Tom Ross , Jr met Sarah , Duchess of Halvik at Varn , Tarl and Co with E.F. ( Ruud ) Marsk and Holt , B.J.'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 0, end: 4 },
      { type: 'PER', start: 5, end: 10 },
      { type: 'ORG', start: 11, end: 16 },
      { type: 'PER', start: 17, end: 22 },
      { type: 'PER', start: 23, end: 26 },
    ];
    expect(withListBreaks(spans, words)).toBe(spans);
  });
});
