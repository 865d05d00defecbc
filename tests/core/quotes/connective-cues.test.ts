import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';

/**
 * Issue 13, rec13: a cue that interrupts a sentence after an opening connective ("Also, said Pell,
 * …", "But, he said, …"), common in BBC feature copy. Each case is [what it shows, the article body,
 * the [speaker, parts] of each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'an inverted cue after a lone adverb: what was said is the clause after the subject',
    'Also, said Mr Pell, the ferry is being repainted in a brighter blue.',
    [['Pell', ['the ferry is being repainted in a brighter blue']]],
  ],
  [
    'an inverted present-tense cue after a conjunction, its subject a description and a name',
    'But, says harbour guru Dr Ann Roe, some rules have stayed the same.',
    [['Ann Roe', ['some rules have stayed the same']]],
  ],
  [
    'two connectives, the second one "though", before a cue with its subject first',
    'Sometimes though, she said, the tide turns before noon.',
    [['she', ['the tide turns before noon']]],
  ],
  [
    'a gerund opening what was said after the interrupting cue',
    "But, he said, using the town's half-built pier has never been easier.",
    [['he', ["using the town's half-built pier has never been easier"]]],
  ],
  [
    'a gerund wink tags as a noun, after an inverted cue and an opening phrase',
    'By contrast, said Mr Pell, sailing to Dover can take only an hour.',
    [['Pell', ['By contrast', 'sailing to Dover can take only an hour']]],
  ],
  ["not a participle of the speaker's own after a verb of thought", 'Later, he said, hoping the vote would pass.', []],
  ['not a participle running into a subordinator', 'Later, he said, prompting the crew to ask whether the ferry was safe.', []],
  [
    "not a participle after the cue's object: it hangs on the clause",
    'So far, no sailor has claimed the prize, leaving the yard with boats it can not sell.',
    [],
  ],
];

describe('extractQuotes: cues interrupting a sentence after an opening connective', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
