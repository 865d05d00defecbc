import { describe, expect, it } from 'vitest';
import { typedNames as namesOf } from './names.js';
import { withRemits } from '../../../src/core/entities/remits.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';
import { LOWERCASE_BIT, listBit, type Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';

const words = (text: string) => text.split(' ');

describe('bodies named for their remits', () => {
  it('joins a remit split at its "and" or its commas into one organisation', () => {
    const split = words('The Varnian Department of Housing and Urban Development said on Monday .');
    expect(
      withRemits(
        [
          { type: 'ORG', start: 1, end: 5 },
          { type: 'ORG', start: 6, end: 8 },
        ],
        split,
        undefined,
        [0],
      ),
    ).toEqual([{ type: 'ORG', start: 1, end: 8 }]);
    // The last part lost, and a middle one tagged alone.
    const listed = words('the Ministry of Fisheries , Forests and Rural Affairs said');
    expect(
      withRemits(
        [
          { type: 'ORG', start: 1, end: 4 },
          { type: 'ORG', start: 5, end: 6 },
        ],
        listed,
        undefined,
        [0],
      ),
    ).toEqual([{ type: 'ORG', start: 1, end: 9 }]);
    const centres = words('the Office for Harbour Safety and Rescue reported');
    expect(withRemits([{ type: 'ORG', start: 1, end: 5 }], centres, undefined, [0])).toEqual([{ type: 'ORG', start: 1, end: 7 }]);
  });

  it('leaves apart bodies coordinated with another name, an acronym, a person or a list without "and"', () => {
    const cases: [string, TokenSpan[]][] = [
      ['the Ministry of Defence and the Home Office agreed', [{ type: 'ORG', start: 1, end: 4 }]],
      ['the Ministry of Finance and Central Bank agreed', [{ type: 'ORG', start: 1, end: 4 }]],
      ['the Council of Varnia and NATO met', [{ type: 'ORG', start: 1, end: 4 }]],
      [
        'the Department of Labor and Tova Lind met',
        [
          { type: 'ORG', start: 1, end: 4 },
          { type: 'PER', start: 5, end: 7 },
        ],
      ],
      ['the Department of Labor , Commerce , Energy', [{ type: 'ORG', start: 1, end: 4 }]],
      ['Halvik Steel and Energy Corp said', [{ type: 'ORG', start: 0, end: 2 }]],
      // A body that names itself in one word: officials of two bodies.
      [
        'the Department of Justice and Treasury officials met',
        [
          { type: 'ORG', start: 1, end: 4 },
          { type: 'ORG', start: 5, end: 6 },
        ],
      ],
      // One word after "and" the decoder read as an organisation by itself: a company.
      [
        'the Department of Justice and Halvik settled',
        [
          { type: 'ORG', start: 1, end: 4 },
          { type: 'ORG', start: 5, end: 6 },
        ],
      ],
      // Longer than a remit's part: a name of its own.
      ['the Department of Trade and Varn Tova Lind Moss said', [{ type: 'ORG', start: 1, end: 4 }]],
    ];
    for (const [text, spans] of cases) expect(withRemits(spans, words(text), undefined, [0])).toBe(spans);
  });

  it('takes in a common noun the decoder read alone after "and"', () => {
    const television = hashPhrase(['Television']);
    const g = { lookup: (h: number) => (h === television ? LOWERCASE_BIT : 0), maxLength: 1, clusters: undefined } as unknown as Gazetteer;
    const split: TokenSpan[] = [
      { type: 'ORG', start: 1, end: 5 },
      { type: 'ORG', start: 6, end: 7 },
    ];
    expect(withRemits(split, words('the Varnian Academy of Film and Television decided'), g, [0])).toEqual([{ type: 'ORG', start: 1, end: 7 }]);
  });

  it('does not take in a listed place or the next sentence', () => {
    const halvik = hashPhrase(['Halvik']);
    const g = { lookup: (h: number) => (h === halvik ? listBit('city') : 0), maxLength: 1, clusters: undefined } as unknown as Gazetteer;
    const place: TokenSpan[] = [{ type: 'ORG', start: 1, end: 4 }];
    expect(withRemits(place, words('the Ministry of Trade and Halvik agreed'), g, [0])).toBe(place);
    // A heading that ends on "and", the next line's first word opening a sentence.
    const heading: TokenSpan[] = [{ type: 'ORG', start: 1, end: 4 }];
    expect(withRemits(heading, words('the Ministry of Trade and Officials said'), undefined, [0, 5])).toBe(heading);
  });

  it('lists the body whole in an article', () => {
    const found = namesOf(
      `HALVIK, Dec 7 (Wire) - The Varnian Department of Housing and Coastal Development said on Monday it would delay a rent rise until the end of March. In Britain, the Ministry of Housing, Communities and Local Government said it would ban bailiffs from enforcing evictions over the holiday.`,
    );
    expect(found).toContain('ORGANIZATION Varnian Department of Housing and Coastal Development');
    expect(found).toContain('ORGANIZATION Ministry of Housing, Communities and Local Government');
  });

  it('splits two federal departments joined by "and", but not one department of two remits', () => {
    const two = words('Department of Justice and Homeland Security officials met');
    expect(withRemits([{ type: 'ORG', start: 0, end: 6 }], two, undefined, [0])).toEqual([
      { type: 'ORG', start: 0, end: 3 },
      { type: 'ORG', start: 4, end: 6 },
    ]);
    const one = words('the Department of Health and Human Services said');
    expect(withRemits([{ type: 'ORG', start: 1, end: 7 }], one, undefined, [0])).toEqual([{ type: 'ORG', start: 1, end: 7 }]);
    // A federal remit joined to another that is none.
    const industry = words('the Department of Labor and Industry said');
    expect(withRemits([{ type: 'ORG', start: 1, end: 6 }], industry, undefined, [0])).toEqual([{ type: 'ORG', start: 1, end: 6 }]);
    const state = words('the Varnia Department of Labor and Industry said');
    expect(withRemits([{ type: 'ORG', start: 1, end: 7 }], state, undefined, [0])).toEqual([{ type: 'ORG', start: 1, end: 7 }]);
    expect(namesOf('Department of Justice and Homeland Security officials met on Monday.')).toEqual([
      'ORGANIZATION Department of Justice',
      'ORGANIZATION Homeland Security',
    ]);
  });
});
