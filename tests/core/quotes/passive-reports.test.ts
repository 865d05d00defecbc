import { describe, expect, it } from 'vitest';
import { reportedPairs } from './reported-fixture.js';

/**
 * Issue 13's recall round (rec6), on made-up sentences (every name invented): a passive speech
 * verb reports what someone unnamed said of its subject, or the agent after "by" said it. Each case
 * is [what it shows, the sentence, the [speaker phrase, content parts joined by " … "] expected].
 */
const PASSIVES: [string, string, [string | null, string][]][] = [
  [
    '"was said to be …": the subject and its infinitive, with no speaker',
    'Harbour Board chairman Tom Pell was said to be furious with the mayor for delaying the vote.',
    [[null, 'Harbour Board chairman Tom Pell … to be furious with the mayor for delaying the vote']],
  ],
  [
    '"are said to be urging …": a plural subject',
    'Some of her crew are said to be pressing the harbourmaster to sign the ferry bill before the summer.',
    [[null, 'Some of her crew … to be pressing the harbourmaster to sign the ferry bill before the summer']],
  ],
  [
    '"was declared the winner": the subject and what it was declared',
    'Ada Finch was declared the winner in Dover after a long count.',
    [[null, 'Ada Finch … the winner in Dover']],
  ],
  [
    'a pronoun subject counts: "she was announced the runner-up"',
    'The crowd groaned as she was announced the runner-up of the harbour race.',
    [[null, 'she … the runner-up of the harbour race']],
  ],
  [
    'the passive\'s agent after "by" speaks, and what was declared ends before it',
    'Ada Finch was declared the winner in the Dover primary by news networks early Tuesday night as she looked on.',
    [['news networks', 'Ada Finch … the winner in the Dover primary']],
  ],
  [
    'a "by" inside a relative clause on the complement is no agent',
    'Tom Pell was declared the winner of a harbour vote that was marred by fraud.',
    [[null, 'Tom Pell … the winner of a harbour vote that was marred by fraud']],
  ],
  [
    'an opening subordinate clause ends at its comma: "After X was declared the winner, …"',
    'Shortly after Ada Finch was declared the winner in Dover, her rival left the hall.',
    [[null, 'Ada Finch … the winner in Dover']],
  ],
  [
    '"who is said to …": a report on the antecedent, the clause closing at its comma (also under "that")',
    'It seems that Carl Renner, who is said to have met the mayor twice, left the city on Friday.',
    [[null, 'Carl Renner … to have met the mayor twice']],
  ],
  ['a count after "by" is no agent: "by 300 votes"', 'Tom Pell was declared the winner by 300 votes.', [[null, 'Tom Pell … the winner by 300 votes']]],
  [
    'a margin after "by" is no agent: "by a wide margin"',
    'Ada Finch was declared the winner by a wide margin.',
    [[null, 'Ada Finch … the winner by a wide margin']],
  ],
  [
    'an adverb before the participle: "was officially declared"',
    'Ada Finch was officially declared the winner in Dover.',
    [[null, 'Ada Finch … the winner in Dover']],
  ],
];

/** Passives that report nothing, or only the writer's description. */
const NOT_PASSIVE_REPORTS: [string, string][] = [
  ['a relative clause describes its noun: "who was declared the winner"', 'Ada Finch, who was declared the winner last week, met the board on Monday.'],
  [
    'a fact under "that" is the writer\'s: "updated to reflect that X was declared the winner"',
    'The story was updated to reflect that Ada Finch was declared the winner.',
  ],
  ['"was said to him" is no infinitive', 'Nothing more was said to him about the harbour toll.'],
  ['a time after the passive is no complement: "was announced last July"', 'The new ferry route was announced last July by the harbour board.'],
  ['a time phrase after the passive is no complement: "was announced the day after"', 'The harbour toll was announced the day after the vote.'],
  ['nor "the following day"', 'The winner of the harbour race was announced the following day.'],
  ['nor a date, even with an agent', 'The new ferry route was announced March 12 by the harbour board.'],
  ['a complement that is no noun phrase: "was declared dead"', 'The sailor was declared dead at the harbour clinic.'],
];

describe('findReportedSpeech: passive speech verbs', () => {
  it.each(PASSIVES)('%s', (_what, body, pairs) => {
    expect(reportedPairs(body)).toEqual(pairs);
  });
  it.each(NOT_PASSIVE_REPORTS)('%s', (_what, body) => {
    expect(reportedPairs(body)).toEqual([]);
  });
});
