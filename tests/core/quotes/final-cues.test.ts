import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';

/**
 * Issue 13's eleventh recall round (branch quotes11): statements precis missed or cut short on
 * train, as made-up sentences. Each case is [what it shows, the article body, the [speaker, parts]
 * of each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    "a two-apostrophe quote going on after its cue, though wink runs it into the next cue's sentence",
    "''We are sailors,'' Ms. Roe said. ''We are not pirates.'' Mr. Pell said: ''The storm that hit today is the worst.''",
    [
      ['Roe', ['We are sailors', 'We are not pirates.']],
      ['Pell', ['The storm that hit today is the worst.']],
    ],
  ],
  [
    "a plural's possessive apostrophe in the apposition between the marks and the cue is no closing mark",
    '“The tally puts our campaign on pace,” Jeff Moss, the Rells’ campaign manager, said in a statement. “Sailors are beating the machine.”',
    [['Jeff Moss', ['The tally puts our campaign on pace', 'Sailors are beating the machine.']]],
  ],
  [
    "a party's name after a comma keeps its modifiers, so the comma before them ends what was said",
    'While the ferry is last in most races, a fast crossing could show its worth, veteran Democrats said.',
    [['veteran Democrats', ['While the ferry is last in most races, a fast crossing could show its worth']]],
  ],
  [
    'a capitalised common noun after a noun opens a sentence whose full stop is missing: no modifier of it',
    'The harbour fee climbed again this spring Traders said that the rise would hurt small boats.',
    [['Traders', ['the rise would hurt small boats']]],
  ],
  [
    "a verbless rest of the sentence right after a final cue's comma goes on with what was said",
    'The ferry logs covered many topics, the Gazette said, including fares, delays and storms.',
    [['Gazette', ['The ferry logs covered many topics', 'including fares, delays and storms']]],
  ],
  [
    "not the writer's adjunct after the cue's comma",
    'The ferry logs covered many topics, the Gazette said, in a long report.',
    [['Gazette', ['The ferry logs covered many topics']]],
  ],
  [
    "nor the writer's manner after it",
    'The ferry logs covered many topics, the Gazette said, with a smile.',
    [['Gazette', ['The ferry logs covered many topics']]],
  ],
  [
    "nor a manner of four tokens, though 'with' opens it",
    'The ferry logs covered many topics, the Gazette said, with a broad smile.',
    [['Gazette', ['The ferry logs covered many topics']]],
  ],
  [
    'nor a rest of fewer than four tokens, whatever opens it',
    'The ferry logs covered many topics, the Gazette said, by phone.',
    [['Gazette', ['The ferry logs covered many topics']]],
  ],
  [
    "a predicate after a quote's cue and comma goes on with what was said (the writer's paraphrase)",
    '“Only you, Tom,” she said, would use a harsh fine to praise the ferry.',
    [['she', ['Only you, Tom', 'would use a harsh fine to praise the ferry']]],
  ],
  [
    "not after an inverted cue: the speaker's apposition follows it",
    '“The ferry is late again,” said Tom Pell, from the Harbour Board.',
    [['Tom Pell', ['The ferry is late again']]],
  ],
  [
    'not after an inverted cue, though a predicate follows its comma',
    '“The ferry is late again,” said Tom Pell, rather than wait for the mayor.',
    [['Tom Pell', ['The ferry is late again']]],
  ],
  [
    'an opening "Asked" past a chain of place and time phrases and adverbs before the question',
    'Asked in Dover recently whether he would back Roe as the nominee, Pell gave a roundabout answer.',
    [[null, ['whether he would back Roe as the nominee']]],
  ],
  [
    '"when asked" past the occasion before the topic after "about"',
    'When asked at the harbour conference on Friday about the merger, she stood by her vote.',
    [[null, ['about the merger']]],
  ],
  [
    'an opening "Asked" past a chain of seven tokens before the topic',
    'Asked at a briefing on Monday afternoon in Dover about the merger, she stood by her vote.',
    [[null, ['about the merger']]],
  ],
  [
    'an opening "Asked" past a time phrase, then its asker ("by reporters") before the question',
    'Asked on Friday by reporters whether he would back Roe, Pell gave a roundabout answer.',
    [['reporters', ['whether he would back Roe']]],
  ],
  [
    "a coordinated clause whose subject is a poll's share ends the statement before it",
    'Most ferry riders said Roe is kind and careful, and three-quarters said the same about Pell.',
    [
      ['Most ferry riders', ['Roe is kind and careful']],
      ['three-quarters', ['the same about Pell']],
    ],
  ],
  [
    'a short quote of capitalised names with a lower-case verb is a statement, not a title',
    '“Portwatch is Seaway Ferries,” Ms. Roe said.',
    [['Roe', ['Portwatch is Seaway Ferries']]],
  ],
  [
    'a statement interrupted by its cue resumes with a verb and one word ("…, he says, is different")',
    'This ferry, he says, is different.',
    [['he', ['This ferry', 'is different']]],
  ],
  [
    "a relative clause on an inverted cue's speaker ends the sentence: the statement before the cue is the speaker's (rec11)",
    'The tolls will rise in the spring, said a clerk who asked not to be named because the plan is not yet public.',
    [['a clerk', ['The tolls will rise in the spring']]],
  ],
  [
    'not past a comma, where the relative clause may be part of the subject of a clause the cue opens (rec11)',
    'Mr. Pell, the harbour master, said the clerk who replaced him, Ada Roe, should be dismissed.',
    [['Pell', ['the clerk who replaced him, Ada Roe, should be dismissed']]],
  ],
];

describe('extractQuotes: the rest of the sentence after a final cue, and other reported shapes', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
