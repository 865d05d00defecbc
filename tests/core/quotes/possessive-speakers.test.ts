import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';

/**
 * Issue 13, rec13: a speaker that is an owner's role ("Dover's most senior officer") after a final
 * cue's comma, as BBC copy often opens a story. Each case is [what it shows, the article body, the
 * [speaker, parts] of each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a degree adverb before the adjective stays in the phrase, so the comma before it ends what was said',
    'The pier will close next month, Dover’s most senior officer has said.',
    [['Dover’s most senior officer', ['The pier will close next month']]],
  ],
  [
    'a lone adjective after a possessive is the head the tagger missed',
    "The ferry trade is in poor health, Acme International's chief has said.",
    [["Acme International's chief", ['The ferry trade is in poor health']]],
  ],
  [
    'the same head before a listener',
    "Fares will rise in the spring, the harbour's chief has told the Gazette.",
    [["the harbour's chief", ['Fares will rise in the spring']]],
  ],
  [
    'an adjective after a possessive that modifies the claim noun after it is no speaker',
    'The crews fret about more than Roe\'s odd promise to be "fair" in the talks with Calais.',
    [],
  ],
];

describe('extractQuotes: speakers that are an owner’s role', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
