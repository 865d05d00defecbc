import { describe, expect, it } from 'vitest';
import { GAZETTEER_LISTS, LOWERCASE_BIT } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { repairSpans } from '../../../src/core/entities/repair.js';

describe('repairSpans', () => {
  it('joins touching spans that form a name tagged elsewhere in the document', () => {
    const words = ['Lena', 'Moss', 'spoke', '.', 'Lena', 'Moss', 'left'];
    const spans = [
      { type: 'PER', start: 0, end: 2 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'PER', start: 5, end: 6 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'PER', start: 4, end: 6 },
    ]);
  });

  it('cuts a lower-case "and" or "of" from the end of a name, and keeps one inside it', () => {
    const words = ['demand', 'from', 'Zentrix', 'and', 'Quorly', 'and', 'the', 'Bank', 'of', 'Lunaria'];
    const spans = [
      { type: 'ORG', start: 2, end: 4 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
      { type: 'ORG', start: 7, end: 10 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([
      { type: 'ORG', start: 2, end: 3 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'ORG', start: 7, end: 10 },
    ]);
  });

  it('leaves touching spans apart when the document never names them together', () => {
    const spans = [
      { type: 'LOC', start: 0, end: 1 },
      { type: 'ORG', start: 1, end: 2 },
    ] as const;
    expect(repairSpans(spans, ['Norway', 'Telenor', 'rose'])).toEqual(spans);
  });

  it('reads "Kim II Sung" as one person', () => {
    const words = ['Kim', 'II', 'Sung', 'led'];
    expect(
      repairSpans(
        [
          { type: 'PER', start: 0, end: 1 },
          { type: 'ORG', start: 1, end: 3 },
        ],
        words,
      ),
    ).toEqual([{ type: 'PER', start: 0, end: 3 }]);
    expect(repairSpans([{ type: 'PER', start: 0, end: 1 }], words)).toEqual([{ type: 'PER', start: 0, end: 3 }]);
  });

  it('reads "Kim II Sung" tagged whole as an organisation as a person', () => {
    expect(repairSpans([{ type: 'ORG', start: 0, end: 3 }], ['Kim', 'II', 'Sung', 'led'])).toEqual([{ type: 'PER', start: 0, end: 3 }]);
  });

  it('joins a name split by an Arabic particle ("al") as one split by a Dutch one', () => {
    const spans = [
      { type: 'PER', start: 0, end: 1 },
      { type: 'PER', start: 2, end: 3 },
    ] as const;
    expect(repairSpans(spans, ['Tariq', 'al', 'Varnawi', 'spoke'])).toEqual([{ type: 'PER', start: 0, end: 3 }]);
  });

  it('keeps a regnal numeral out of a following name only when no capitalised word follows', () => {
    expect(repairSpans([{ type: 'PER', start: 0, end: 1 }], ['Elizabeth', 'II', 'died'])).toEqual([{ type: 'PER', start: 0, end: 1 }]);
  });

  it('joins a name and a person separated only by surname particles', () => {
    const words = ['Ursula', 'von', 'der', 'Leyen', 'spoke'];
    expect(
      repairSpans(
        [
          { type: 'LOC', start: 0, end: 1 },
          { type: 'PER', start: 3, end: 4 },
        ],
        words,
      ),
    ).toEqual([{ type: 'PER', start: 0, end: 4 }]);
  });

  it('leaves spans apart when ordinary words stand between them', () => {
    const spans = [
      { type: 'LOC', start: 0, end: 1 },
      { type: 'PER', start: 3, end: 4 },
    ] as const;
    expect(repairSpans(spans, ['Paris', 'and', 'the', 'Macron', 'team'])).toEqual(spans);
  });

  it('drops an organisation read into the subject of "Professor of ..."', () => {
    const words = ['the', 'Professor', 'of', 'North', 'Korean', 'Studies', ',', 'Park'];
    const spans = [
      { type: 'MISC', start: 3, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
      { type: 'PER', start: 7, end: 8 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([spans[0], spans[2]]);
  });

  it('drops an organisation span that holds "Professor of" and its subject', () => {
    const words = ['the', 'Professor', 'of', 'North', 'Korean', 'Studies', ',', 'Park'];
    const spans = [
      { type: 'ORG', start: 1, end: 6 },
      { type: 'PER', start: 7, end: 8 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([spans[1]]);
  });

  it('keeps an organisation named after "at" in an academic title', () => {
    const words = ['Professor', 'of', 'Economics', 'at', 'Harvard'];
    const spans = [{ type: 'ORG', start: 4, end: 5 }] as const;
    expect(repairSpans(spans, words)).toEqual(spans);
  });

  it('joins a person and a one-word name split by surname particles', () => {
    const words = ['Ursula', 'von', 'der', 'Leyen', 'spoke'];
    expect(
      repairSpans(
        [
          { type: 'PER', start: 0, end: 1 },
          { type: 'LOC', start: 3, end: 4 },
        ],
        words,
      ),
    ).toEqual([{ type: 'PER', start: 0, end: 4 }]);
  });

  describe('with a gazetteer', () => {
    const listed = new Map([
      [hashPhrase(['San', 'Francisco']), 1 << GAZETTEER_LISTS.indexOf('city')],
      [hashPhrase(['after']), LOWERCASE_BIT],
      [hashPhrase(['garden']), LOWERCASE_BIT],
      [hashPhrase(['times']), LOWERCASE_BIT],
      [hashPhrase(['the']), LOWERCASE_BIT],
    ]);
    const gazetteer = { lookup: (h: number) => listed.get(h) ?? 0, maxLength: 2 };

    it("joins touching spans that together are a listed name, with the list's type", () => {
      const spans = [
        { type: 'ORG', start: 1, end: 2 },
        { type: 'LOC', start: 2, end: 3 },
      ] as const;
      expect(repairSpans(spans, ['the', 'San', 'Francisco', 'start-up'], gazetteer)).toEqual([{ type: 'LOC', start: 1, end: 3 }]);
    });

    it('takes an untagged capitalised word before surname particles as the given name', () => {
      expect(repairSpans([{ type: 'PER', start: 3, end: 4 }], ['after', 'Virgil', 'van', 'Dijk', 'scored'], gazetteer)).toEqual([
        { type: 'PER', start: 1, end: 4 },
      ]);
    });

    it('joins a common word (or its plural) tagged alone right after a name to it, with its type', () => {
      const words = ['in', 'Varnian', 'Gardens', ',', 'the', 'Halvik', 'Times', 'said'];
      const spans = [
        { type: 'LOC', start: 1, end: 2 },
        { type: 'ORG', start: 2, end: 3 },
        { type: 'LOC', start: 5, end: 6 },
        { type: 'ORG', start: 6, end: 7 },
      ] as const;
      expect(repairSpans(spans, words, gazetteer)).toEqual([
        { type: 'ORG', start: 1, end: 3 },
        { type: 'ORG', start: 5, end: 7 },
      ]);
    });

    it('does not join a common word after an acronym, across a sentence start, or a closed-class word', () => {
      const apart = [
        { type: 'ORG', start: 0, end: 1 },
        { type: 'ORG', start: 1, end: 2 },
      ] as const;
      expect(repairSpans(apart, ['VFP', 'Gardens', '12'], gazetteer)).toEqual(apart);
      expect(repairSpans(apart, ['Halvik', 'Gardens', 'won'], gazetteer, [0, 1])).toEqual(apart);
      expect(repairSpans(apart, ['Halvik', 'The', 'park'], gazetteer)).toEqual(apart);
    });

    it('leaves a common word before surname particles out of the name', () => {
      const spans = [{ type: 'PER', start: 2, end: 3 }] as const;
      expect(repairSpans(spans, ['After', 'van', 'Gaal', 'left'], gazetteer)).toEqual([{ type: 'PER', start: 2, end: 3 }]);
    });
  });

  it('joins a person split before a hyphenated given name or an Al- family name', () => {
    const words = ['President', 'Park', 'Min-jun', 'met', 'Khalid', 'Al-Mansour', 'Al-Rashidi', '.'];
    const spans = [
      { type: 'PER', start: 1, end: 2 },
      { type: 'PER', start: 2, end: 3 },
      { type: 'PER', start: 4, end: 6 },
      { type: 'PER', start: 6, end: 7 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'PER', start: 4, end: 7 },
    ]);
  });

  it('keeps touching people apart otherwise', () => {
    const spans = [
      { type: 'PER', start: 0, end: 1 },
      { type: 'PER', start: 1, end: 2 },
    ] as const;
    expect(repairSpans(spans, ['Halvorsen', 'Okafor', 'won'])).toEqual(spans);
  });

  it('cuts a title from a name and reads a lone title as the person after it', () => {
    const words = ['Mr', 'Halvorsen', 'met', 'Dr', 'Okafor', 'and', 'Ms', 'Lind', '.'];
    const spans = [
      { type: 'PER', start: 0, end: 2 },
      { type: 'ORG', start: 3, end: 4 },
      { type: 'PER', start: 4, end: 5 },
      { type: 'LOC', start: 6, end: 7 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([
      { type: 'PER', start: 1, end: 2 },
      { type: 'PER', start: 4, end: 5 },
      { type: 'PER', start: 7, end: 8 },
    ]);
  });

  it('reads title-case "Mt" or "Mt." and the name after it as one place, whatever the decoder found', () => {
    const words = ['on', 'Mt', 'Tarvik', ',', 'near', 'Mt.', 'Halvo', 'and', 'Mt', 'Skerra', 'Peak', '.'];
    const spans = [
      { type: 'LOC', start: 1, end: 2 },
      { type: 'PER', start: 6, end: 7 },
      { type: 'ORG', start: 8, end: 11 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([
      { type: 'LOC', start: 1, end: 3 },
      { type: 'LOC', start: 5, end: 7 },
      { type: 'LOC', start: 8, end: 11 },
    ]);
  });

  it('leaves "MT" alone, which is Montana in weather tables', () => {
    const spans = [{ type: 'LOC', start: 0, end: 1 }] as const;
    expect(repairSpans(spans, ['MT', 'Helena', '4.5'])).toEqual(spans);
  });

  it('takes an untagged capitalised word before a name into it when the article writes the two as one word', () => {
    const words = ['Shares', 'in', 'Time', 'Warner', 'rose', '.', 'TimeWarner', 'said', 'Big', 'Warner', 'won'];
    const spans = [
      { type: 'ORG', start: 3, end: 4 },
      { type: 'ORG', start: 6, end: 7 },
      { type: 'PER', start: 9, end: 10 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([
      { type: 'ORG', start: 2, end: 4 },
      { type: 'ORG', start: 6, end: 7 },
      { type: 'PER', start: 9, end: 10 },
    ]);
  });

  it("reads a person's span ending in an organisation's last word as an organisation", () => {
    const spans = [
      { type: 'PER', start: 2, end: 5 },
      { type: 'PER', start: 6, end: 8 },
    ] as const;
    expect(repairSpans(spans, ['drove', 'for', 'Van', 'Halvik', 'Racing', 'with', 'Ann', 'Group'])).toEqual([
      { type: 'ORG', start: 2, end: 5 },
      { type: 'ORG', start: 6, end: 8 },
    ]);
  });
});

describe('repairSpans on hyphenated given names', () => {
  const person = 1 << GAZETTEER_LISTS.indexOf('person');
  const listed = new Map([
    [hashPhrase(['Seo']), person],
    [hashPhrase(['Grace']), person],
    [hashPhrase(['based']), LOWERCASE_BIT],
  ]);
  const gazetteer = { lookup: (h: number) => listed.get(h) ?? 0, maxLength: 2 };

  it('reads a listed name and a hyphenated given name typed MISC as a person, and the surname alone later too', () => {
    const words = ['analyst', 'Seo', 'Min-dol', 'said', '.', 'Seo', 'added'];
    const spans = [
      { type: 'MISC', start: 1, end: 3 },
      { type: 'LOC', start: 5, end: 6 },
    ] as const;
    expect(repairSpans(spans, words, gazetteer)).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'PER', start: 5, end: 6 },
    ]);
  });

  it('leaves a hyphenated description alone ("Grace Hill-based")', () => {
    const words = ['the', 'Grace', 'Hill-based', 'firm', '.', 'Grace', 'rose'];
    const spans = [
      { type: 'MISC', start: 1, end: 3 },
      { type: 'LOC', start: 5, end: 6 },
    ] as const;
    expect(repairSpans(spans, words, gazetteer)).toEqual(spans);
  });
});

describe('repairSpans on a given name that is a city before a double-barrelled surname', () => {
  const person = 1 << GAZETTEER_LISTS.indexOf('person');
  const city = 1 << GAZETTEER_LISTS.indexOf('city');
  const listed = new Map([
    [hashPhrase(['Velmora']), person | city],
    [hashPhrase(['Tarsk']), city],
    [hashPhrase(['Vessa-Holm']), city],
    [hashPhrase(['cross']), LOWERCASE_BIT],
  ]);
  const gazetteer = { lookup: (h: number) => listed.get(h) ?? 0, maxLength: 2 };

  it('reads the city and the untagged surname after it as one person', () => {
    const words = ['opposed', 'by', 'Velmora', 'Dassane-Morrow', ',', 'who', 'said'];
    expect(repairSpans([{ type: 'LOC', start: 2, end: 3 }], words, gazetteer)).toEqual([{ type: 'PER', start: 2, end: 4 }]);
  });

  it('leaves a surname the tagger tagged apart as it read it', () => {
    const words = ['opposed', 'by', 'Velmora', 'Dassane-Morrow', ',', 'who', 'said'];
    const spans = [
      { type: 'LOC', start: 2, end: 3 },
      { type: 'ORG', start: 3, end: 4 },
    ] as const;
    expect(repairSpans(spans, words, gazetteer)).toEqual(spans);
  });

  it('leaves a city before a hyphenated place or common words alone', () => {
    for (const tail of ['Tarsk-Holm', 'Cross-Dale', 'Vessa-Holm']) {
      const words = ['in', 'Velmora', tail, 'on', 'Monday'];
      expect(repairSpans([{ type: 'LOC', start: 1, end: 2 }], words, gazetteer), tail).toEqual([{ type: 'LOC', start: 1, end: 2 }]);
    }
  });
});
