import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';

/**
 * Recall round rec9: the verb of a short reported clause with no "that", read by wink as a noun
 * after the clause's subject ("said the Moss family deserved/NOUN better"), left the clause verbless
 * and unreported. Made-up sentences, every name invented. Each case is [what it shows, the article
 * body, the [speaker, parts] expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a past verb read as a noun, before a complement',
    'Gov. Ana Vale of Dover, a Republican who has refused to back Pell, said the Moss family deserved better.',
    [['Ana Vale', ['the Moss family deserved better']]],
  ],
  ['a present verb read as a noun, before its object', 'Tom Roe said the board merits a look.', [['Tom Roe', ['the board merits a look']]]],
];

/** Nouns that stay nouns: an object with a time after it, a listener, a subject whose verb comes later. */
const NOUNS: [string, string, [string | null, string[]][]][] = [
  ['an object before a time', 'The mayor noted the port’s gains this year.', []],
  ['a listener after "told"', 'Tom Roe told the party members the plan was dead.', [['Tom Roe', ['the plan was dead']]]],
  ['a plural subject whose verb follows', 'Tom Roe said the ferry fares in Dover rose sharply.', [['Tom Roe', ['the ferry fares in Dover rose sharply']]]],
];

describe('withReportedClauseVerbs: the verb of a that-less reported clause read as a noun', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
  it.each(NOUNS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
