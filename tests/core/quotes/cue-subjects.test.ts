import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/index.js';
import { parse, quotePairs } from './parsed-fixture.js';

/**
 * Issue 13, the quotes10 round, on made-up sentences (every name invented): each case is [what it
 * shows, the article body, the [speaker, text] of each quote expected].
 */
const CASES: [string, string, [string | null, string][]][] = [
  [
    'a cue after an apposition to the sentence\'s subject keeps that subject: "wrote Tom Pell" names whom it was written to',
    'The board met. The new harbour master, a former sailor, wrote Tom Pell, “We will dredge the channel.”',
    [['The new harbour master', 'We will dredge the channel.']],
  ],
  [
    '"retaliated" after a quote, its subject and nothing more, attributes it ("an angry Hollande": an article and an adjective before the name)',
    'The board met. “We will not bend,” an angry Hollande retaliated.',
    [['Hollande', 'We will not bend']],
  ],
  [
    'a plain "retaliated" with no quote before it is no speech',
    'The board met. “We will not bend,” the banner read. The crews retaliated against the owners.',
    [['the banner', 'We will not bend']],
  ],
];

describe('extractQuotes: a modal between a cue and its subject', () => {
  it('"a spokesman for Ana Ruiz could only quip" after ", and" is the spokesman\'s, not the opening clause\'s subject', () => {
    expect(quotePairs('The scheduling of the debate drew complaints, and a spokesman for Ana Ruiz could only quip: “I guess the holiday was booked.”')).toEqual(
      [['a spokesman for Ana Ruiz', 'I guess the holiday was booked.']],
    );
  });
});

describe('extractQuotes: the subject of a cue after an apposition or a quote', () => {
  it.each(CASES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

describe('extractQuotes: a description naming someone after a preposition is not that person', () => {
  it('"A spokesman for Ana Ruiz" speaks, though Ana Ruiz is a person named before', () => {
    const quotes = extractQuotes(parse('Mayor Ana Ruiz faced the council on Monday. A spokesman for Ana Ruiz could only quip: “We will see.”'), []);
    expect(quotes.map((q) => [q.speaker?.name ?? null, q.text])).toEqual([['spokesman for Ana Ruiz', 'We will see.']]);
  });
});

/**
 * Issue 13, the boundary round of helper quotes9, on made-up sentences (every name invented): each
 * case is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const INVERTED_SUBJECTS: [string, string, [string | null, string][]][] = [
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
];

describe('extractQuotes: the subject of an inverted cue, or of a cue after a bracket wink split', () => {
  it.each(INVERTED_SUBJECTS)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
