import { describe, expect, it } from 'vitest';
import { withoutTitles } from '../../../src/core/entities/titles.js';
import { typedNames as names } from './names.js';
import { withNameEdges } from '../../../src/core/entities/name-edges.js';
import { getNerModel } from '../../../src/core/entities/index.js';

// Made-up stories: words the decoder leaves out at a name's edges.

describe('words at the edges of names', () => {
  it('keeps an Arabic family name after a person on the name ("Sheikh X Al-Y Al-Z")', () => {
    expect(names(`Sheikh Mohammed Al-Nahyan Al-Maktoum visited Halvik on Monday.`)).toContain('PERSON Mohammed Al-Nahyan Al-Maktoum');
  });

  it('takes an unlisted capitalised word inside a sentence before a one-word organisation ("fined Halvik Rovers")', () => {
    const found = names(`The Varnia Football Federation fined Halvik Rovers on Monday.`);
    expect(found).toContain('ORGANIZATION Halvik Rovers');
    expect(found).not.toContain('ORGANIZATION Rovers');
  });

  it('leaves a closed-class word or a sentence start before an organisation alone', () => {
    const g = getNerModel().gazetteer;
    const words = ['he', 'said', 'The', 'Rovers', 'won', '.', 'Halvik', 'Rovers', 'lost'];
    const spans = withNameEdges(
      [
        { type: 'ORG', start: 3, end: 4 },
        { type: 'ORG', start: 7, end: 8 },
      ],
      words,
      g,
      [0, 6],
    );
    expect(spans).toEqual([
      { type: 'ORG', start: 3, end: 4 },
      { type: 'ORG', start: 7, end: 8 },
    ]);
  });

  it('makes an untagged word of a team sheet beside a listed player a person, not one of "X and Y" alone', () => {
    const found = names(`Ellis Rovers: Given, Marr, Tolland, Brisk, Oduya. Subs: Hope, Quill.`);
    expect(found).toContain('PERSON Given');
    expect(found).toContain('PERSON Hope');
    const g = getNerModel().gazetteer;
    // "Shearman and Sterling", a firm: no comma, no list.
    const words = ['lawyers', 'at', 'Shearman', 'and', 'Sterling', 'said'];
    expect(withNameEdges([{ type: 'PER', start: 2, end: 3 }], words, g, [0])).toEqual([{ type: 'PER', start: 2, end: 3 }]);
  });
});

describe('a name ended on a possessive', () => {
  it('joins it to a name of the same kind right after it ("People\'s" + "Daily Online")', () => {
    const found = names(`The kite was set to fly at a festival last Saturday in Halvik, according to People's Daily Online.`);
    expect(found).toContain("ORGANIZATION People's Daily Online");
    const g = getNerModel().gazetteer;
    const words = ['Varnia', "'s", 'Daily', 'Online', 'said'];
    // A place's possessive before an organisation is two names.
    const apart = [
      { type: 'LOC' as const, start: 0, end: 2 },
      { type: 'ORG' as const, start: 2, end: 4 },
    ];
    expect(withNameEdges(apart, words, g, [0])).toEqual(apart);
  });
});

describe('given names and false titles opening a sentence', () => {
  it('joins an unlisted given name opening the sentence to the surname after it ("Pep Guardiola")', () => {
    expect(names(`Pep Guardiola praised his striker in Halvik on Sunday.`)).toContain('PERSON Pep Guardiola');
  });

  it('leaves an honorific, a false title, a participle or a listed place before a surname out of the name', () => {
    const g = getNerModel().gazetteer;
    for (const first of ['Princess', 'Rapper', 'Fuming', 'Russian']) {
      const words = [first, 'Quill', 'said', 'so', '.'];
      expect(withNameEdges([{ type: 'PER', start: 1, end: 2 }], words, g, [0])).toEqual([{ type: 'PER', start: 1, end: 2 }]);
    }
    expect(withNameEdges([{ type: 'PER', start: 1, end: 2 }], ['Pep', 'Quill', 'said', 'so', '.'], g, [0])).toEqual([{ type: 'PER', start: 0, end: 2 }]);
  });

  it('leaves a month or weekday before a surname out, but not a given name that begins like one ("Julian", "Marek")', () => {
    const g = getNerModel().gazetteer;
    const before = (first: string) => withNameEdges([{ type: 'PER', start: 1, end: 2 }], [first, 'Quill', 'said', 'so', '.'], g, [0])[0]!.start;
    expect(['March', 'Sept', 'Friday'].map(before)).toEqual([1, 1, 1]);
    expect(['Julian', 'Marek'].map(before)).toEqual([0, 0]);
  });

  it('cuts a false title from the front of a person\'s name ("Actress Ann Roe", "Winger Oduya")', () => {
    const found = names(`Actress Ann Roe won the prize in Halvik. Winger Oduya scored twice for Tarvik Town.`);
    expect(found).toContain('PERSON Ann Roe');
    expect(found.some((n) => /Actress|Winger/.test(n))).toBe(false);
  });
});

describe('local offices and ranks as false titles', () => {
  it('cuts a clerk, councilman, fusilier, skipper, "Sen." or "Miss" from the front of a person\'s name', () => {
    const words = 'Clerk Ann Roe met Councilman Tom Varn , Fusilier Ian Tarl , Skipper Holt and Sen. Eli Marsk with Miss Lind'.split(' ');
    const spans = [
      { type: 'PER', start: 0, end: 3 },
      { type: 'PER', start: 4, end: 7 },
      { type: 'PER', start: 8, end: 11 },
      { type: 'PER', start: 12, end: 14 },
      { type: 'PER', start: 15, end: 18 },
      { type: 'PER', start: 19, end: 21 },
    ] as const;
    expect(withoutTitles(spans, words).map((s) => words.slice(s.start, s.end).join(' '))).toEqual([
      'Ann Roe',
      'Tom Varn',
      'Ian Tarl',
      'Holt',
      'Eli Marsk',
      'Lind',
    ]);
  });
});

describe('names that are titles or dates', () => {
  it('cuts a month shortened with a full stop from the front of a person ("Dec. Rebecca Hollins")', () => {
    const found = names(`The news was read out by presenters Tam and Dec. Rebecca Hollins's choice to leave shocked viewers in Halvik.`);
    expect(found).toContain('PERSON Rebecca Hollins');
    expect(found.some((n) => n.includes('Dec.'))).toBe(false);
  });

  it('reads an office with its honorific as no name ("the Lord Chancellor")', () => {
    const found = names(`Peers said the Lord Chancellor, Lord Harrow, was pressing ahead with the plan.`);
    expect(found.some((n) => n.endsWith('Lord Chancellor'))).toBe(false);
  });
});
