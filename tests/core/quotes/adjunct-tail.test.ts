import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';

/**
 * Recall round rec9: a final cue with a time and prepositional phrases after it, longer than a
 * closing cue's short tail, had left the statement before it unreported. Made-up sentences, every
 * name invented. Each case is [what it shows, the article body, the [speaker, parts] expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    "a time and a show's title in marks closing the sentence",
    'Ana Vale was for Tom Pell while the Dover mayor was in the running, Rick Moss said Wednesday morning on Harbour TV’s “Dock Hour.”',
    [['Rick Moss', ['Ana Vale was for Tom Pell while the Dover mayor was in the running']]],
  ],
  [
    "a time and a place, then the writer's aside after a dash",
    'Ana Vale thinks the ferry runs too few boats at night, her cousin Tom Vale said on Tuesday at a dinner in Dover — a change from her old view.',
    [['Tom Vale', ['Ana Vale thinks the ferry runs too few boats at night']]],
  ],
  [
    'a long prepositional phrase whose nouns wink reads as verbs',
    'Whether they know it or not, the mayor is very open to the press, Tom Pell insisted Friday during a whistle stop tour of harbour radio shows.',
    [['Tom Pell', ['Whether they know it or not, the mayor is very open to the press']]],
  ],
];

/** What follows the cue is a clause, not adjuncts: the sentence before the cue's comma is no statement. */
const CLAUSES: [string, string, [string | null, string[]][]][] = [
  [
    'a past verb with its object after the nouns (a clause, not a phrase: no tail)',
    'Friday morning, as the parade rolled through Dover, the Gazette reported at least six small planes painted the sky with anti-levy slogans.',
    [],
  ],
];

describe('adjunctTail: a final cue with long adjuncts after it', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
  it.each(CLAUSES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
