import { describe, expect, it } from 'vitest';
import { typedNames as namesOf } from './names.js';
import { withBodyHeads, withHeldCompanies, withLegalForms, withOrganisationHeads } from '../../../src/core/entities/organisation-heads.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

describe('organisation head nouns', () => {
  it('keeps "Federation" in the name when the article later writes the noun alone', () => {
    // The later "the Federation" and "federation's" made the tagger close the name before its head.
    const found = namesOf(
      `The Varnia Football Federation fined Halvik Rovers on Monday. Tom Varn, the club's chairman, said the Federation had been unfair to the federation's members.`,
    );
    expect(found).toContain('ORGANIZATION Varnia Football Federation');
    expect(found).not.toContain('ORGANIZATION Varnia Football');
  });

  it('takes an untagged body noun after an organisation or place into one organisation', () => {
    const words = ['the', 'Tarsk', 'Rowing', 'Association', 'and', 'Halvik', 'Council', 'met', '.'];
    const spans: TokenSpan[] = [
      { type: 'ORG', start: 1, end: 3 },
      { type: 'LOC', start: 5, end: 6 },
    ];
    expect(withBodyHeads(spans, words, [0])).toEqual([
      { type: 'ORG', start: 1, end: 4 },
      { type: 'ORG', start: 5, end: 7 },
    ]);
  });

  it('leaves alone a noun that is tagged, opens the next sentence, runs into a headline, or follows a person', () => {
    const tagged: TokenSpan[] = [
      { type: 'ORG', start: 0, end: 1 },
      { type: 'ORG', start: 1, end: 2 },
    ];
    expect(withBodyHeads(tagged, ['Halvik', 'League', 'won'], [0])).toEqual(tagged);
    const nextSentence: TokenSpan[] = [{ type: 'LOC', start: 2, end: 3 }];
    expect(withBodyHeads(nextSentence, ['He', 'visited', 'Halvik', 'Council', 'members', 'left'], [0, 3])).toEqual(nextSentence);
    const headline: TokenSpan[] = [{ type: 'LOC', start: 2, end: 3 }];
    expect(withBodyHeads(headline, ['Two', 'Hurt', 'Halvik', 'Bank', 'Fire'], [0])).toEqual(headline);
    const person: TokenSpan[] = [{ type: 'PER', start: 0, end: 2 }];
    expect(withBodyHeads(person, ['Tom', 'Varn', 'Foundation', 'grants'], [0])).toEqual(person);
  });

  it('makes a company of a span ending in a company head, with an acronym touching it before', () => {
    // The decoder's reading of "S&P Dow Jones Indices": a MISC and a person.
    // Not a nationality, nor a hyphenated adjective ("Varnia-based").
    const words = 'T&K Varn Lind Indices said German Halvik Partners and Varnia-based Tarsk Capital rose EU Varn Resources'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'MISC', start: 0, end: 1 },
      { type: 'PER', start: 1, end: 4 },
      { type: 'MISC', start: 5, end: 6 },
      { type: 'PER', start: 6, end: 8 },
      { type: 'MISC', start: 9, end: 10 },
      { type: 'ORG', start: 10, end: 12 },
      { type: 'MISC', start: 13, end: 14 },
      { type: 'LOC', start: 14, end: 16 },
    ];
    expect(withOrganisationHeads(spans, words)).toEqual([
      { type: 'ORG', start: 0, end: 4 },
      { type: 'MISC', start: 5, end: 6 },
      { type: 'ORG', start: 6, end: 8 },
      { type: 'MISC', start: 9, end: 10 },
      { type: 'ORG', start: 10, end: 12 },
      // A place the head does not make a company stays apart.
      { type: 'MISC', start: 13, end: 14 },
      { type: 'LOC', start: 14, end: 16 },
    ]);
  });

  it('leaves a person whose surname is "Capital" a person, but a MISC span ending in it is a company', () => {
    const words = 'Jim Capital scored twice and Halvik Capital rose'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 0, end: 2 },
      { type: 'MISC', start: 5, end: 7 },
    ];
    expect(withOrganisationHeads(spans, words)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'ORG', start: 5, end: 7 },
    ]);
    expect(namesOf('Jim Capital scored twice for Halvik on Sunday.')).toContain('PERSON Jim Capital');
  });
});

describe('football clubs typed as places', () => {
  it("types a place ending in a club's last word an organisation, and leaves other places alone", () => {
    const words = 'Fans of Halvik Rovers and Varnby Albion met in Mexico City and the West Bank'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'LOC', start: 2, end: 4 },
      { type: 'LOC', start: 5, end: 7 },
      { type: 'LOC', start: 9, end: 11 },
      { type: 'LOC', start: 13, end: 15 },
    ];
    expect(withOrganisationHeads(spans, words).map((s) => s.type)).toEqual(['ORG', 'ORG', 'LOC', 'LOC']);
  });

  it("types a place ending in a club's sport or code an organisation", () => {
    const words = 'Backs : Tova Lind ( Varnby Rugby ) , Ann Roe ( Halvik FC ) ; Rugby won'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'LOC', start: 5, end: 7 },
      { type: 'LOC', start: 12, end: 14 },
      { type: 'LOC', start: 16, end: 17 },
    ];
    expect(withOrganisationHeads(spans, words).map((s) => s.type)).toEqual(['ORG', 'ORG', 'LOC']);
  });

  it('leaves a lone club word to the tagger', () => {
    const spans: TokenSpan[] = [{ type: 'LOC', start: 0, end: 1 }];
    expect(withOrganisationHeads(spans, ['Rovers', 'won'])).toBe(spans);
  });
});

describe('companies named like people', () => {
  it('types a name after "shares of" an organisation, and its other mentions with it', () => {
    const found = namesOf('Harlow Peck raises bid for Varnby Foods. Shares of Harlow Peck rose 4% in New York. Tova Lind, who runs Harlow Peck, was pleased.');
    expect(found).toContain('ORGANIZATION Harlow Peck');
    expect(found).not.toContain('PERSON Harlow Peck');
    expect(found).toContain('PERSON Tova Lind');
  });

  it('leaves a person with no holding before any mention alone, and takes the last word of a held name alone', () => {
    const words = 'Tova Lind sold shares in Harlow Peck and Tova Lind left Peck'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 0, end: 2 },
      { type: 'PER', start: 5, end: 7 },
      { type: 'PER', start: 8, end: 10 },
      { type: 'PER', start: 11, end: 12 },
    ];
    expect(withHeldCompanies(spans, words).map((s) => s.type)).toEqual(['PER', 'ORG', 'PER', 'ORG']);
    expect(withHeldCompanies(spans.slice(0, 1), words)).toEqual(spans.slice(0, 1));
    const owner = "a stake in Tova Lind 's club".split(' ');
    const person: TokenSpan[] = [{ type: 'PER', start: 3, end: 5 }];
    expect(withHeldCompanies(person, owner)).toBe(person);
  });
});

describe("a company's legal form", () => {
  it('takes a legal form the tagger never saw into the name, end to end', () => {
    const found = namesOf('HalvTech SE said its shot worked. Tarclays plc and Tesco Plc fell. Winds from the SE rose.');
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION HalvTech SE', 'ORGANIZATION Tarclays plc']));
    expect(found).not.toContain('PERSON Tarclays');
  });

  it('joins a form tagged alone to the span or untagged name before it, types a person with one a company, and leaves places, lower-case words and sentence starts alone', () => {
    // A headline run into the report: "AG" opens its second sentence after the name "Varn".
    const words = 'Halvor SE and Tova Lind Inc met in Co Antrim near Halvik SE with Varn AG Varnel SA and the rival SA'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'ORG', start: 0, end: 1 },
      { type: 'ORG', start: 1, end: 2 },
      { type: 'PER', start: 3, end: 5 },
      { type: 'LOC', start: 8, end: 10 },
      { type: 'LOC', start: 11, end: 12 },
      { type: 'ORG', start: 14, end: 15 },
      { type: 'ORG', start: 17, end: 18 },
      { type: 'ORG', start: 21, end: 22 },
    ];
    expect(withLegalForms(spans, words, [0, 15])).toEqual([
      { type: 'ORG', start: 0, end: 2 },
      { type: 'ORG', start: 3, end: 6 },
      { type: 'LOC', start: 8, end: 10 },
      { type: 'LOC', start: 11, end: 12 },
      { type: 'ORG', start: 14, end: 15 },
      { type: 'ORG', start: 16, end: 18 },
      { type: 'ORG', start: 21, end: 22 },
    ]);
  });
});

describe("a company's legal form, where it stays out", () => {
  it('takes no form that opens a sentence, nor one that opens a longer name ("Co Antrim")', () => {
    const words = 'talks with Halvor SE markets fell'.split(' ');
    const company: TokenSpan[] = [{ type: 'ORG', start: 2, end: 3 }];
    expect(withLegalForms(company, words, [0, 3])).toEqual(company);
    const county = 'Halvor Co Antrim won'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'ORG', start: 0, end: 1 },
      { type: 'LOC', start: 1, end: 3 },
    ];
    expect(withLegalForms(spans, county, [0])).toEqual(spans);
  });

  it('names no company of a form tagged alone after a tagged place, a closed-class word, a title or capitals', () => {
    const words = 'winds in Halvik SE and The SA and Dr SA and HALVOR SA'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'LOC', start: 2, end: 3 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 6, end: 7 },
      { type: 'ORG', start: 9, end: 10 },
      { type: 'ORG', start: 12, end: 13 },
    ];
    expect(withLegalForms(spans, words, [0])).toEqual(spans);
  });

  it('names no company of a form tagged alone after an office, nor of one tagged a place', () => {
    const words = 'talks with President SA and winds from Halvor SE'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'ORG', start: 3, end: 4 },
      { type: 'LOC', start: 8, end: 9 },
    ];
    expect(withLegalForms(spans, words, [0])).toEqual(spans);
  });
});
