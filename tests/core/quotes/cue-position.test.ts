import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';
import { sentenceQuotes } from './sentence-fixture.js';

/**
 * Issue 13, helper bound2's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const SECOND_CUES: [string, string, [string | null, string[]][]][] = [
  [
    'a participle cue after "but" before "that" is a second cue, whatever the tagger reads it as ("… but warning that …")',
    'Some members praised the plan, saying Tom Pell had found a good site but warning that the rent would be high for the town.',
    [
      ['Some members', ['Tom Pell had found a good site']],
      ['Some members', ['the rent would be high for the town']],
    ],
  ],
  [
    'also after "and"',
    'Some members praised the plan, saying Tom Pell had found a good site and warning that the rent would be high for the town.',
    [
      ['Some members', ['Tom Pell had found a good site']],
      ['Some members', ['the rent would be high for the town']],
    ],
  ],
  [
    'not a noun after "and" with no participle before it ("the advice and warning that …")',
    'The council met on Monday. Jane Roe said the town ignored the advice and warning that the wall would fail.',
    [['Jane Roe', ['the town ignored the advice and warning that the wall would fail']]],
  ],
  [
    'nor a noun before its relative clause ("the notice and warning that followed …")',
    'Some members praised the plan, saying the notice and warning that followed the storm were ignored.',
    [['Some members', ['the notice and warning that followed the storm were ignored']]],
  ],
];

describe('extractQuotes: a participle cue after "but" or "and" before "that"', () => {
  it.each(SECOND_CUES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

// Review rvq3: an absolute phrase opening the sentence ("With X saying …,") holds the statement;
// the main clause after its comma is the writer's (made-up sentence).

describe('a participle cue in an opening absolute phrase', () => {
  it('ends the statement at the comma before the main clause ("With Tom Pell saying the port would close, the union …")', () => {
    expect(sentenceQuotes('With Tom Pell saying the port would close, the union called a strike.')).toEqual([['Tom Pell', ['the port would close']]]);
  });
});
