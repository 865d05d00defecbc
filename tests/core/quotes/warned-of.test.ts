import { describe, expect, it } from 'vitest';
import { reportedPairs } from './reported-fixture.js';

/**
 * Issue 13's recall round (rec7), on made-up sentences (every name invented): a warning's object is
 * what was warned of, and a claim of a deed names the deed. Each case is [what it shows, the
 * sentence, the [speaker phrase, content] expected].
 */
const WARNINGS: [string, string, [string | null, string][]][] = [
  [
    '"warned of X": the object, with its condition',
    'The dock union warned of strikes across the harbour if the talks fail.',
    [['The dock union', 'strikes across the harbour if the talks fail']],
  ],
  [
    '"warned against X"',
    'Senator Jane Roe warned against a rush to judgment on the ferry deal.',
    [['Senator Jane Roe', 'a rush to judgment on the ferry deal']],
  ],
  [
    'a listener before the preposition, and a gerund after it',
    'Ada Finch warned the harbour board against selling the pier to a private firm.',
    [['Ada Finch', 'selling the pier to a private firm']],
  ],
  [
    'a noun phrase with a clause of its own after the preposition (no relative pronoun)',
    'Tom Pell called the plan foolish and warned of the long-term costs the city would bear.',
    [['Tom Pell', 'the long-term costs the city would bear']],
  ],
  [
    'the progressive, with a possessive and a gerund',
    'A growing number of aides are warning against her running a one-note campaign.',
    [['A growing number of aides', 'her running a one-note campaign']],
  ],
  [
    'a participle after a comma (tagged a noun), ending before the next participle',
    'Roe spoke in the new advert, warning against letting the ferry firms set the fares, pledging to cap them.',
    [['Roe', 'letting the ferry firms set the fares']],
  ],
  [
    '"claimed responsibility for X": the deed',
    'A rebel group claimed responsibility for the attack on the depot.',
    [['A rebel group', 'the attack on the depot']],
  ],
  ['"claimed credit for X"', 'The mayor claimed credit for the new ferry timetable.', [['The mayor', 'the new ferry timetable']]],
];

/** Warnings and claims that report nothing the subject said. */
const NOT_WARNINGS: [string, string][] = [
  ['a warning received, in the passive', 'Tom Pell was warned against selling the pier before the vote.'],
  ['a passive shared across "and": the warning was received', 'Ann Vale was stopped by the steward and warned about her conduct at the gate.'],
  ['a passive shared across a dash and "and"', 'The two fans were held at the gate - and warned against returning to the ground.'],
  ['a pronoun alone names nothing', 'Ada Finch warned the board about this on Monday, and Tom Pell warned of her.'],
];

describe('findReportedSpeech: what a warning or a claimed deed names', () => {
  it.each(WARNINGS)('%s', (_what, body, pairs) => {
    expect(reportedPairs(body)).toEqual(pairs);
  });
  it.each(NOT_WARNINGS)('%s', (_what, body) => {
    expect(reportedPairs(body)).toEqual([]);
  });
  it('a relative clause with "which" describes its noun: no deed is listed as claimed', () => {
    expect(reportedPairs('Groups like Dover Watch, which claimed responsibility for the blasts, are growing.')).not.toContainEqual([
      'Dover Watch',
      'the blasts',
    ]);
  });
});
