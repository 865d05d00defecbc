import { describe, expect, it } from 'vitest';
import { listBit } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { junkReason } from '../../../src/core/entities/junk-words.js';
import { withoutForeignEdges } from '../../../src/core/entities/name-tails.js';
import { typedNames as names } from './names.js';

// Made-up sentences for issue 12's fifth round: names that run on across a missing full stop,
// party labels before a person's name, and a letter glued to a number ("3G").

describe('the tails and heads of names', () => {
  it('ends a name before a closed-class word a missing full stop ran into it', () => {
    const found = names(`Fans queued at Lake Tarvin Casino Oklahoma The owners said the doors would open. Tova Lind watched.`);
    expect(found).toContain('PLACE Lake Tarvin Casino Oklahoma');
    expect(found.some((n) => / The$/.test(n))).toBe(false);
    expect(names(`She wore a dress by Chloe If you want one, visit the Tarvin store.`)).toContain('PERSON Chloe');
  });

  it("keeps no party label on the front of a person's name", () => {
    const found = names(
      `The debate in Halvik was lively. Tory Ruth Quorley said the plan would fail, and Republican Senator Willem Tarrant agreed with her. Ms Quorley left early.`,
    );
    expect(found).toContain('PERSON Ruth Quorley');
    expect(found).toContain('PERSON Willem Tarrant');
  });

  it('reads letters written onto a number ("4G", "4GSM") as no name of their own', () => {
    const found = names(
      `Fourth-generation mobile (4G) networks need to get faster, firms said at the 4GSM Congress in Halvik last week. Fast 4G networks are here, says the Varnian Mobile Suppliers Association. The 4G phones sold well, and users of 4G and 5G services in Halvik rose.`,
    );
    expect(found).toContain('ORGANIZATION 4GSM Congress');
    expect(found.some((n) => / G/.test(n))).toBe(false);
    // "4G phones": a name of a glued number and a lower-case word is dropped, not taken whole.
    expect(found.some((n) => /\b\d+G\b/.test(n))).toBe(false);
  });
});

describe('withoutForeignEdges', () => {
  it('cuts only a clause opener at the end and a label before two words or more', () => {
    const words = ['Serie', 'A', ',', 'Ed', 'Green', ',', 'Tory', 'Ruth', 'Quorley', ',', 'Halvik', 'The', ',', 'Labour', 'Tarrant'];
    const spans = [
      { type: 'ORG', start: 0, end: 2 },
      { type: 'PER', start: 3, end: 5 },
      { type: 'PER', start: 6, end: 9 },
      { type: 'LOC', start: 10, end: 12 },
      { type: 'PER', start: 13, end: 15 },
    ] as const;
    expect(withoutForeignEdges(spans, words, undefined)).toEqual([
      { type: 'ORG', start: 0, end: 2 },
      { type: 'PER', start: 3, end: 5 },
      { type: 'PER', start: 7, end: 9 },
      { type: 'LOC', start: 10, end: 11 },
      { type: 'PER', start: 13, end: 15 },
    ]);
  });

  it('cuts a word of the nationality list as it cuts a party label', () => {
    const varnian = hashPhrase(['Varnian']);
    const g = { maxLength: 1, lookup: (h: number) => (h === varnian ? listBit('nationality') : 0) };
    const words = ['Varnian', 'Dmitri', 'Velkov', 'met', 'Varnian', 'Velkov'];
    const spans = [
      { type: 'PER', start: 0, end: 3 },
      { type: 'PER', start: 4, end: 6 },
    ] as const;
    expect(withoutForeignEdges(spans, words, g)).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'PER', start: 4, end: 6 },
    ]);
  });
});

describe('a noun for a nationality before a name', () => {
  it("cuts 'Dutchman', 'Scot', 'Dane' from the front of a person's name of two words more, not from a given name", () => {
    const words = 'Dutchman Ruud Marsk beat Scot Ian Tarl and Dane Kolby while Dane Holt watched'.split(' ');
    const spans = [
      { type: 'PER', start: 0, end: 3 },
      { type: 'PER', start: 4, end: 7 },
      { type: 'PER', start: 8, end: 10 },
      { type: 'PER', start: 11, end: 13 },
    ] as const;
    expect(withoutForeignEdges(spans, words, undefined)).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'PER', start: 5, end: 7 },
      { type: 'PER', start: 8, end: 10 },
      { type: 'PER', start: 11, end: 13 },
    ]);
  });
});

describe('a day after a name', () => {
  it("cuts a day from the end of a person's or place's name, not an organisation's nor a surname", () => {
    const words = 'Ruiz will meet Ana Ruiz Monday in Halvik Tuesday after Varnby Wednesday play coach Mike Friday'.split(' ');
    const spans = [
      { type: 'PER', start: 3, end: 6 },
      { type: 'LOC', start: 7, end: 9 },
      { type: 'ORG', start: 10, end: 12 },
      { type: 'PER', start: 14, end: 16 },
    ] as const;
    expect(withoutForeignEdges(spans, words, undefined)).toEqual([
      { type: 'PER', start: 3, end: 5 },
      { type: 'LOC', start: 7, end: 8 },
      { type: 'ORG', start: 10, end: 12 },
      { type: 'PER', start: 14, end: 16 },
    ]);
  });
});

describe('curly possessives and post-nominal ranks', () => {
  it('reads a name before a curly "’s" as the tagger reads one before a straight one', () => {
    expect(names(`He joined Varnia Rovers in 2010. It was Salt’s best season, and Salt’s family cheered.`)).toContain('PERSON Salt');
  });

  it('takes a barrister\'s rank alone ("QC") for no name', () => {
    expect(junkReason(['QC'], 'ORGANIZATION')).not.toBeNull();
    expect(junkReason(['KC'], 'PERSON')).not.toBeNull();
  });
});
