import { describe, expect, it } from 'vitest';
import { reportedPairs } from './reported-fixture.js';

/** A cue that reports no statement made: negated, past an adverb. Made-up sentences, names invented. */
describe('unsaid: no statement was made', () => {
  it.each([
    ['a negation past an adverb', 'Mayor Ada Finch, who did not explicitly say that the ferry would close, spoke on Friday.'],
    ['a participle between a possessive and its noun', "Adding to the board's continued silence is a fear that the pier will close."],
  ])('%s', (_what, sentence) => {
    expect(reportedPairs(sentence)).toEqual([]);
  });

  it.each([
    ['a concession: the statement was made', 'Even if Tom Pell admitted the pier was old, the board kept it open.', [['Tom Pell', 'the pier was old']]],
    ['an adverb alone', 'Ada Finch publicly said the pier was unsafe.', [['Ada Finch', 'the pier was unsafe']]],
    // Kept as PolNeAR annotates some (docs/quotes.md): leaving conditions out cost a dev attribution under its floor.
    ['a condition', 'If Ada Finch says the pier is unsafe, the council will close it.', [['Ada Finch', 'the pier is unsafe']]],
    // "not only … but …" adds a second deed to the saying; it negates nothing.
    ['"not only said"', 'Tom Pell not only said the ferry was late but also called the fares unfair.', [['Tom Pell', 'the ferry was late']]],
    [
      '"not just" past an adverb',
      'Ada Finch has not just publicly argued that the pier is unsafe; she has sued the board.',
      [['Ada Finch', 'the pier is unsafe']],
    ],
  ] as [string, string, [string, string][]][])('%s', (_what, sentence, expected) => {
    expect(reportedPairs(sentence)).toEqual(expected);
  });
});
