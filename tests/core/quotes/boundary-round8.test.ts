import { describe, expect, it } from 'vitest';
import { extractQuotes, parseArticle } from '../../../src/index.js';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13, the boundary round of helper quotes9, on made-up sentences (every name invented): each
 * case is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const CASES: [string, string, [string | null, string][]][] = [
  [
    "an inverted cue after the writer's comma, before the marks, has the name after it as its subject",
    'The board met on Monday.\n\nBecause of how the trustees crafted the ferry schedule, explained Rosenberg, “with the vote over by May, there is no room for a second ballot.”',
    [['Rosenberg', 'with the vote over by May, there is no room for a second ballot.']],
  ],
  [
    'not over a name before the cue ("Jane Roe, 69, wrote Tom Pell, “…”")',
    'The board met. Jane Roe, 69, wrote Tom Pell, “We are done with the ferry.”',
    [['Jane Roe', 'We are done with the ferry.']],
  ],
  [
    'nor to a listener after a cue that takes one ("…, a former sailor, told Tom Pell, “…”")',
    'The board met. The new harbour master, a former sailor, told Tom Pell, “We are done with the ferry.”',
    [['The new harbour master', 'We are done with the ferry.']],
  ],
  [
    'a cue after a time, in a sentence wink split at the bracket after a name, has that name as its subject',
    'The board met on Monday. Rep. Tom Pell (D-Calif.) last week said the harbour plan would fail.',
    [['Tom Pell', 'the harbour plan would fail']],
  ],
  [
    'the same with an adverb ("(R-Ky.) also argued")',
    'The board met on Monday. Sen. Jane Roe (R-Ky.) also argued that the ferry fares were too high.',
    [['Jane Roe', 'the ferry fares were too high']],
  ],
  [
    'a question after an opening "Asked" ends at its last word, not on the dash before its comma',
    'The board met on Monday. Asked why the ferry was late —, Jane Roe shrugged.',
    [[null, 'why the ferry was late']],
  ],
  [
    'a naming in marks starts at its first word, not on a dash after the naming verb',
    'The board met on Monday. Jane Roe called — “a costly mistake” — the harbour plan.',
    [['Jane Roe', '“a costly mistake”']],
  ],
  [
    "a quote going on after a cue whose sentence ends inside a title's two-apostrophe marks is one statement (wink runs the sentences together)",
    "Jane Roe met the board. ''The ferry is late,'' she said on Harbour TV's ''Tidewatch.'' ''It will be sold to a buyer in Leeds by the end of the year.''",
    [['she', "The ferry is late,'' she said on Harbour TV's ''Tidewatch.'' ''It will be sold to a buyer in Leeds by the end of the year."]],
  ],
  [
    'a trailing ", according to X" is the source reporting the statement, not more of it',
    'The board met. Jane Roe said the real cost is closer to 15 percent of the budget, according to the Harbour Gazette.',
    [['Jane Roe', 'the real cost is closer to 15 percent of the budget']],
  ],
  [
    'nor does it keep a relative clause before it open ("…, which stood at 20 on Tuesday, according to X")',
    'The board met. Jane Roe says the ferry can still close the gap in fares, which stood at 20 on Tuesday, according to the Harbour Gazette.',
    [['Jane Roe', 'the ferry can still close the gap in fares']],
  ],
  [
    'after an opening "According to X," a quote in marks runs to its closing mark, past the full stops inside it',
    'The board met. According to the Harbour Gazette, “the ferry is late again this week. Few people are surprised. The crew has left.”\n\nThe mayor left.',
    [['Harbour Gazette', '“the ferry is late again this week. Few people are surprised. The crew has left.”']],
  ],
  [
    'a quote opening mid-sentence after a dash has no lead-in: the writer hands over at the dash',
    'Jane Roe met the crew. Neither man was impressed by the mayor - “Born with a silver spoon in her mouth,” Tom Pell said.',
    [['Tom Pell', 'Born with a silver spoon in her mouth']],
  ],
  [
    'nor after an opening bracket',
    'Jane Roe met the crew. The vote brought some anger from the members (“I want my ferry fare back,” Tom Pell said).',
    [['Tom Pell', 'I want my ferry fare back']],
  ],
];

describe('extractQuotes: the quotes9 boundary round', () => {
  it.each(CASES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

describe('extractQuotes: a participle opening its sentence goes on with the paragraph, not the spacing', () => {
  it('two spaces after the full stop are no paragraph break (an article a library user built, not cleaned)', () => {
    const text = 'The board met. Jane Roe stated that the report “was not good.”  Adding, “We need a new one by May.”';
    const article = { title: '', byline: null, date: null, text, titleSpan: null, blocks: [{ start: 0, end: text.length, kind: 'paragraph' as const }] };
    const quotes = extractQuotes(parseArticle(article), []);
    expect(quotes.map((q) => [q.speaker?.mentions[0]?.text ?? null, q.text])).toEqual([
      ['Jane Roe', 'the report “was not good.”'],
      ['Jane Roe', 'We need a new one by May.'],
    ]);
  });
  it('a new paragraph is one', () => {
    expect(quotePairs('The board met. Jane Roe stated that the report “was not good.”\n\nAdding, “We need a new one by May.”')).toEqual([
      ['Jane Roe', 'the report “was not good.”'],
      [null, 'We need a new one by May.'],
    ]);
  });
});
