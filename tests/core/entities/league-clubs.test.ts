import { describe, expect, it } from 'vitest';
import { withLeagueClubs } from '../../../src/core/entities/league-clubs.js';
import { LOWERCASE_BIT } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { repairSpans } from '../../../src/core/entities/repair.js';

const gazetteer = { lookup: (h: number) => (h === hashPhrase(['Rugby']) ? LOWERCASE_BIT : 0), maxLength: 1 };

describe('a league named before a club', () => {
  it('splits the league from the club the tagger ran it into', () => {
    const words = ['lost', 'to', 'Premiership', 'Harwick', 'on', 'Saturday', ',', 'and', 'Serie', 'A', 'Varnia', 'won'];
    const spans = [
      { type: 'ORG', start: 2, end: 4 },
      { type: 'ORG', start: 8, end: 11 },
    ] as const;
    expect(repairSpans(spans, words, gazetteer)).toEqual([
      { type: 'MISC', start: 2, end: 3 },
      { type: 'ORG', start: 3, end: 4 },
      { type: 'MISC', start: 8, end: 10 },
      { type: 'ORG', start: 10, end: 11 },
    ]);
  });

  it("keeps the league's own body and the league alone whole", () => {
    const words = ['Premiership', 'Rugby', 'said', 'the', 'Premiership', 'starts', '.'];
    const spans = [
      { type: 'ORG', start: 0, end: 2 },
      { type: 'MISC', start: 4, end: 5 },
    ] as const;
    expect(withLeagueClubs(spans, words, gazetteer)).toBe(spans);
  });
});
