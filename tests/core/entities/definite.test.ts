import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';
import { withDefiniteDescriptions } from '../../../src/core/entities/definite.js';
import { getNerModel } from '../../../src/core/entities/index.js';
import type { NameMention } from '../../../src/core/entities/group.js';
import type { NameType } from '../../../src/core/types.js';

const mentionsOf = (raw: string) =>
  extractEntities(parseArticle(cleanArticle(raw)))
    .filter((e) => e.type === 'ORGANIZATION' || e.type === 'PLACE' || e.type === 'PERSON')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

/** Mentions of `names` in order in `text`, found left to right. */
function placed(text: string, names: [string, NameType][]): NameMention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { type, start, end: from, text: name, words: name.split(' ') };
  });
}

const never = () => false;

describe('definite descriptions of a name given before', () => {
  it('counts "the Federation" as the federation named before', () => {
    const found = mentionsOf(
      `The Varnia Football Federation fined Halvik Rovers on Monday. Tom Varn, the club's chairman, said the Federation had been unfair.`,
    );
    expect(found).toContain('Varnia Football Federation: Varnia Football Federation | Federation');
    expect(found.some((n) => n.startsWith('Federation:'))).toBe(false);
  });

  // The tagger leaves this "the Federation" untagged (the article's lower-case "federation's"
  // pulls it out of the names): the description is found in the text (definite.ts).
  it('counts "the Federation" when the article also writes "the federation\'s"', () => {
    const found = mentionsOf(
      `The Varnia Football Federation fined Halvik Rovers on Monday. Tom Varn, the club's chairman, said the Federation had been unfair to the federation's members.`,
    );
    expect(found).toContain('Varnia Football Federation: Varnia Football Federation | Federation');
  });

  it('cuts the "The" opening a sentence from a description ("The Association said")', () => {
    const found = mentionsOf(`The Varnia Tennis Association fined Ann Roe on Monday. The Association said it would appeal.`);
    expect(found).toContain('Varnia Tennis Association: Varnia Tennis Association | Association');
  });

  it('leaves a name written with "The" inside a sentence, and a head that opens a longer name, alone', () => {
    const text = `Tova Lind praised The Harbour on Monday. Fans of The Harbour queued outside the Sea of Varn Hall.`;
    const out = withDefiniteDescriptions(
      placed(text, [
        ['Tova Lind', 'PERSON'],
        ['The Harbour', 'ORGANIZATION'],
        ['The Harbour', 'ORGANIZATION'],
      ]),
      text,
      getNerModel().gazetteer,
      () => true,
    );
    expect(out.map((m) => m.text)).toEqual(['Tova Lind', 'The Harbour', 'The Harbour']);
    const sea = `Ships crossed the Varn Sea. Later they sailed the Sea of Okra.`;
    expect(withDefiniteDescriptions(placed(sea, [['Varn Sea', 'PLACE']]), sea, getNerModel().gazetteer, () => true)).toHaveLength(1);
  });

  it('takes the head before "of" ("the Bank" of "Bank of Varnia")', () => {
    const text = `Greta Olsen read the Bank of Varnia report. The real test is what the Bank does next.`;
    const out = withDefiniteDescriptions(
      placed(text, [
        ['Bank of Varnia', 'ORGANIZATION'],
        ['Bank', 'PLACE'],
      ]),
      text,
      getNerModel().gazetteer,
      (w) => w === 'Bank',
    );
    expect(out[1]).toMatchObject({ text: 'Bank', type: 'ORGANIZATION', words: ['Bank', 'of', 'Varnia'] });
  });

  it('leaves alone a description before its name, without "the", or with two names it could stand for', () => {
    const g = getNerModel().gazetteer;
    const lower = (w: string) => w === 'Bank';
    const before = `The Bank spoke first. Then the Bank of Varnia spoke.`;
    const first = placed(before, [
      ['Bank', 'ORGANIZATION'],
      ['Bank of Varnia', 'ORGANIZATION'],
    ]);
    expect(withDefiniteDescriptions(first, before, g, lower)).toEqual(first);
    const bare = `The Bank of Varnia met. Bank staff left.`;
    const noThe = placed(bare, [
      ['Bank of Varnia', 'ORGANIZATION'],
      ['Bank', 'ORGANIZATION'],
    ]);
    expect(withDefiniteDescriptions(noThe, bare, g, lower)).toEqual(noThe);
    const two = `The Bank of Varnia and the Bank of Halvik met. The Bank said no.`;
    const both = placed(two, [
      ['Bank of Varnia', 'ORGANIZATION'],
      ['Bank of Halvik', 'ORGANIZATION'],
      ['Bank', 'ORGANIZATION'],
    ]);
    expect(withDefiniteDescriptions(both, two, g, lower)).toEqual(both);
  });

  it('leaves alone a word that is no common word ("the Tarvik" after "Halvik Tarvik")', () => {
    const text = `Halvik Tarvik opened. The crowd loved the Tarvik.`;
    const names = placed(text, [
      ['Halvik Tarvik', 'ORGANIZATION'],
      ['Tarvik', 'ORGANIZATION'],
    ]);
    expect(withDefiniteDescriptions(names, text, getNerModel().gazetteer, never)).toEqual(names);
  });
});
