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

describe('extractQuotes: the quotes10 round', () => {
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
