import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withOpeningNames } from '../../../src/core/entities/opening-names.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { LOWERCASE_BIT, listBit, type Gazetteer } from '../../../src/core/entities/gazetteer.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const words = (text: string) => text.split(' ');
const span = (type: TokenSpan['type'], start: number, end: number): TokenSpan => ({ type, start, end });
const listing = (...names: string[]): Gazetteer => {
  const listed = new Set(names.map((n) => hashPhrase(n.split(' '))));
  return { lookup: (h) => (listed.has(h) ? listBit('company') : 0), maxLength: 3 };
};

describe("a sentence's first word that opens a name", () => {
  it('takes it in when the gazetteer lists the whole as a company', () => {
    expect(withOpeningNames([span('ORG', 1, 2)], words('Garden Trellis said sales rose'), listing('Garden Trellis'), [0])).toEqual([span('ORG', 0, 2)]);
    expect(withOpeningNames([span('LOC', 2, 3)], words('Bank of Varno cut jobs'), listing('Bank of Varno'), [0])).toEqual([span('ORG', 0, 3)]);
  });

  it('takes in a nationality, but not a whole the gazetteer also lists as a person or place', () => {
    const withBritish: Gazetteer = {
      lookup: (h) => (h === hashPhrase(['British']) ? listBit('nationality') : listing('British Skyways').lookup(h)),
      maxLength: 3,
    };
    expect(withOpeningNames([span('ORG', 1, 2)], words('British Skyways said fares rose'), withBritish, [0])).toEqual([span('ORG', 0, 2)]);
    const spans = [span('PER', 1, 2)];
    const alsoPerson: Gazetteer = { lookup: (h) => (h === hashPhrase(['Garden', 'Trellis']) ? listBit('company') | listBit('person') : 0), maxLength: 3 };
    expect(withOpeningNames(spans, words('Garden Trellis said so'), alsoPerson, [0])).toBe(spans);
  });

  it('takes it in when the article tags the whole name elsewhere, with that type', () => {
    const text = words('Garden Trellis said sales rose . Investors in Garden Trellis cheered');
    expect(withOpeningNames([span('ORG', 1, 2), span('LOC', 8, 10)], text, listing(), [0, 6])).toEqual([span('LOC', 0, 2), span('LOC', 8, 10)]);
  });

  it('leaves an unlisted name, a closed-class word and a word inside the sentence alone', () => {
    const spans = [span('ORG', 1, 2)];
    expect(withOpeningNames(spans, words('Garden Trellis said sales rose'), listing(), [0])).toBe(spans);
    expect(withOpeningNames(spans, words('The Trellis said so'), listing('The Trellis'), [0])).toBe(spans);
    const inside = [span('ORG', 2, 3)];
    expect(withOpeningNames(inside, words('she Garden Trellis said'), listing('Garden Trellis'), [0])).toBe(inside);
  });

  it('looks at most two words back, past no earlier span, and across no sentence the name opens', () => {
    expect(withOpeningNames([span('ORG', 2, 3)], words('Garden Wide Trellis said'), listing('Garden Wide Trellis'), [0])).toEqual([span('ORG', 0, 3)]);
    const far = [span('ORG', 3, 4)];
    expect(withOpeningNames(far, words('Garden Wide Big Trellis said'), listing('Garden Wide Big Trellis'), [0])).toBe(far);
    const after = [span('PER', 0, 1), span('ORG', 1, 2)];
    expect(withOpeningNames(after, words('Garden Trellis said'), listing('Garden Trellis'), [0])).toBe(after);
    const opens = [span('ORG', 2, 3)];
    expect(withOpeningNames(opens, words('Garden . Trellis said'), listing('Garden . Trellis'), [0, 2])).toBe(opens);
  });

  it('lists a company opening a sentence whole', () => {
    expect(typedNames('Home Depot said sales rose. Later, analysts at Home Depot cut their forecasts.')).toEqual(['ORGANIZATION Home Depot']);
  });

  it("takes it into a company's span by its head when it is no common word", () => {
    const common: Gazetteer = { lookup: (h) => (h === hashPhrase(['Rival']) ? LOWERCASE_BIT : 0), maxLength: 3 };
    expect(withOpeningNames([span('ORG', 1, 3)], words('Glimmer Cloud Technologies rose 4%'), common, [0])).toEqual([span('ORG', 0, 3)]);
    const rival = [span('ORG', 1, 3)];
    expect(withOpeningNames(rival, words('Rival Tarsk Technologies declined'), common, [0])).toBe(rival);
    // A body's head: the sentence may open on a place or an office ("Varnia Tourism Agency").
    const body = [span('ORG', 1, 3)];
    expect(withOpeningNames(body, words('Varnia Tourism Agency said'), common, [0])).toBe(body);
  });
});
