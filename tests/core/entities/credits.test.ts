import { describe, expect, it } from 'vitest';
import { typedNames as namesOf } from './names.js';
import { withCredits } from '../../../src/core/entities/credits.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

describe("a wire report's credits", () => {
  it('types the journalists people, keeping the places they filed from', () => {
    const words = '( Reporting by Ana Ruiz in New Halvik and Lea Moss-Tarn ; Editing by Ian Salt and Reuters staff )'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 3, end: 5 },
      { type: 'LOC', start: 6, end: 8 },
      { type: 'ORG', start: 14, end: 16 },
    ];
    expect(withCredits(spans, words)).toEqual([
      { type: 'PER', start: 3, end: 5 },
      { type: 'LOC', start: 6, end: 8 },
      { type: 'PER', start: 9, end: 11 },
      { type: 'PER', start: 14, end: 16 },
    ]);
    // No credits: nothing changes.
    const plain: TokenSpan[] = [{ type: 'ORG', start: 2, end: 4 }];
    expect(withCredits(plain, 'shares by Halvik Steel rose'.split(' '))).toBe(plain);
  });

  it("leaves a desk's name in a journalist's slot alone", () => {
    // Wire credits name a newsroom or desk where no one reporter is credited.
    const words = '( Reporting by Halvik Newsroom and Ana Ruiz ; Compiled by Gdansk Markets Desk )'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'ORG', start: 3, end: 5 },
      { type: 'ORG', start: 12, end: 15 },
    ];
    expect(withCredits(spans, words)).toEqual([
      { type: 'ORG', start: 3, end: 5 },
      { type: 'PER', start: 6, end: 8 },
      { type: 'ORG', start: 12, end: 15 },
    ]);
  });

  it('keeps a place in a slot, and reads no credit in running text', () => {
    const words = '( Reporting by Ana Ruiz in Varn , New Halvik and Tom Moss )'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 3, end: 5 },
      { type: 'LOC', start: 8, end: 10 },
      { type: 'PER', start: 11, end: 13 },
    ];
    expect(withCredits(spans, words)).toEqual(spans);
    // A sentence opening on a credit's word is no credit.
    const compiled: TokenSpan[] = [{ type: 'ORG', start: 2, end: 5 }];
    expect(withCredits(compiled, 'Compiled by Halvik Steel Group , the list ranks'.split(' '))).toBe(compiled);
  });

  it('lists the journalists of a report as people', () => {
    const found = namesOf(
      `Gold steadies as dollar weakens\n\nSINGAPORE, Dec 4 (Reuters) - Gold prices held steady on Friday as a weaker dollar offset optimism over vaccines.\n\n(Reporting by Eileen Soreng in Bengaluru; Editing by Rashmi Aich)`,
    );
    expect(found).toContain('PERSON Rashmi Aich');
  });
});
