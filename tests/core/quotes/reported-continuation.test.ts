import { describe, expect, it } from 'vitest';
import { cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13's second precision round, on made-up sentences (every name invented): each case is
 * [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const CASES: [string, string, [string | null, string][]][] = [
  [
    "a quote that goes on after its cue keeps going though a cue with its own clause follows (\"“A,” X said. ''B.'' He said, twice, that …\")",
    "''The harbour is full,'' Mr. Pell said. ''We need a second pier, and that is my plan.'' He said, twice, that he would build it by spring.",
    [
      ['Pell', "The harbour is full,'' Mr. Pell said. ''We need a second pier, and that is my plan."],
      ['He', 'he would build it by spring'],
    ],
  ],
  [
    'but not into a quote a colon introduces ("“A,” said X said. Y said: “B. “C. “D. ” …")',
    '"We do not fear the court because the judges have never blocked a pier," said harbour group chairman Tom Pell said. Union chief Ada Lee said: "Eleven months ago the council unveiled its pier plan to loud applause. "It thought that would settle the matter. "Yet the tents are still on the quay today. " A ruling is due in February.',
    [
      ['Tom Pell', 'We do not fear the court because the judges have never blocked a pier'],
      [
        'Ada Lee',
        'Eleven months ago the council unveiled its pier plan to loud applause. "It thought that would settle the matter. "Yet the tents are still on the quay today.',
      ],
    ],
  ],
  [
    'a cue with an object of its own after it reports nothing before its subject ("In …, Vale told the story of …")',
    'In the last service of his harbour tour, Bishop Oren Vale told the old story of the flooded quay.',
    [],
  ],
  [
    'nor does a cue with an amount after it ("In court, Pell said little")',
    'In the district court in Dover, with his lawyer at his side, Tom Pell said little, nodding at each question.',
    [],
  ],
  [
    'but "tell" with a listener after it still reports ("A, X told the committee.": only a thing told is an object)',
    'The new pier will open in May and cost less than planned, Tom Pell told the committee.',
    [['Tom Pell', 'The new pier will open in May and cost less than planned']],
  ],
  [
    'nor is a time after the cue an object ("A, X said this week.")',
    'The new pier will open in May and cost less than planned, Tom Pell said this week.',
    [['Tom Pell', 'The new pier will open in May and cost less than planned']],
  ],
  [
    'a quote with no cue right after reported speech by "say" goes on with it, marks kept ("X said A. “B.”")',
    'Tom Pell said the new pier would open in May. “We are on schedule and on budget.”',
    [['Tom Pell', 'the new pier would open in May. “We are on schedule and on budget.”']],
  ],
  [
    'also after a cue that follows the reported speech ("A, X said. “B.”")',
    'The new pier will open in May, Tom Pell said on Friday. “We are on schedule and on budget.”',
    [['Tom Pell', 'The new pier will open in May, Tom Pell said on Friday. “We are on schedule and on budget.”']],
  ],
  [
    'nor when the cue after the reported speech is too far from the quote to be its introduction (a long aside)',
    'The new pier will open in May, Tom Pell, who has run the harbour board of Dover for the last twenty years, said on Friday. “We are on schedule and on budget.”',
    [
      ['Tom Pell', 'The new pier will open in May'],
      ['Tom Pell', 'We are on schedule and on budget.'],
    ],
  ],
  [
    'nor past more than a short run of stops and marks between them ("A!!!!!!!!!! “B.”")',
    'Tom Pell said the new pier would open in May!!!!!!!!!! “We are on schedule and on budget.”',
    [
      ['Tom Pell', 'the new pier would open in May'],
      ['Tom Pell', 'We are on schedule and on budget.'],
    ],
  ],
  [
    'the joined quote keeps its closing mark past the comma it ends on ("X said A. “B,” and …")',
    'Tom Pell said the new pier would open in May. “We are on schedule and on budget,” and that was that.',
    [['Tom Pell', 'the new pier would open in May. “We are on schedule and on budget,”']],
  ],
  [
    'but not after another cue ("X noted A. “B.”": more often two attributions)',
    'Tom Pell noted the new pier would open in May. “We are on schedule and on budget.”',
    [
      ['Tom Pell', 'the new pier would open in May'],
      ['Tom Pell', 'We are on schedule and on budget.'],
    ],
  ],
];

/** Whole made-up articles: a title line, then the body. */
const ARTICLES: [string, string, [string | null, string][]][] = [
  [
    'a headline cue is no cue with an object: the next paragraph opens a sentence of its own',
    'Harbour needs a new pier, Tories insist\n\nA bigger quay must be built in Dover if the ferries are to keep running, the shadow minister said on Friday.',
    [
      ['Tories', 'Harbour needs a new pier'],
      ['the shadow minister', 'A bigger quay must be built in Dover if the ferries are to keep running'],
    ],
  ],
  [
    'nor across a paragraph break',
    'Harbour Pier to Open in May\n\nTom Pell said the new pier would open in May.\n\n“We are on schedule and on budget.”',
    [
      ['Tom Pell', 'the new pier would open in May'],
      ['Tom Pell', 'We are on schedule and on budget.'],
    ],
  ],
  [
    'a headline credited to its writer in a digest of links is a title, not a statement',
    'Harbour Digest\n\nMOVING SHOP—"Ferry museum to close its doors at the end of the season," by the Gazette\'s Ann Roe: http://example.com/a1.',
    [],
  ],
];

describe('extractQuotes: a quote with no cue after reported speech; what a cue with an object reports; headlines', () => {
  it.each(CASES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
  it.each(ARTICLES)('%s', (_what, article, pairs) => {
    const parsed = parseArticle(cleanArticle(article));
    expect(extractQuotes(parsed, []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.text])).toEqual(pairs);
  });
});
