import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';

/**
 * Quoted words in the sentence after a cued direct quote, with no cue of their own, on made-up
 * sentences (every name invented): [what it shows, the article body, [speaker, parts] of each quote].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a statement in marks in the next sentence goes on with the quote before ("“A,” X says. It is “B.”")',
    '"The pier is a scandal," Ada Lee says. It is "a waste of every penny the town has saved."',
    [['Ada Lee', ['The pier is a scandal', 'a waste of every penny the town has saved.']]],
  ],
  [
    'also when the marks run on over a further sentence ("… said Pell. The mayor “B. C.”")',
    '“We were never asked,” said Tom Pell, who runs the ferry. The mayor “simply ignored us. That is how the council works.”',
    [['Tom Pell', ['We were never asked', 'simply ignored us. That is how the council works.']]],
  ],
  [
    'not a term in scare quotes ("… is a “safe harbour” area.")',
    '"We will fight this in court," Ada Lee said. The quay is a "safe harbour" area.',
    [['Ada Lee', ['We will fight this in court']]],
  ],
  [
    'not words a cue of its own reports ("She told the council “B.”")',
    '"We will fight this in court," Ada Lee said. She told the council "to drop the plan before the summer."',
    [
      ['Ada Lee', ['We will fight this in court']],
      ['She', ['"to drop the plan before the summer."']],
    ],
  ],
  [
    'not a title the sentence names ("Her novel is called “B.”")',
    '"We will appeal the ruling," Nina Roe said. Her new novel is called "The Long Tide of Summer."',
    [['Nina Roe', ['We will appeal the ruling']]],
  ],
  [
    'not the words a sign or a notice reads ("The banner read “B.”")',
    '"We will appeal the ruling," Nina Roe said. The banner outside the court read "Save our harbour now."',
    [['Nina Roe', ['We will appeal the ruling']]],
  ],
];

describe('extractQuotes: quoted words in the sentence after a cued quote go on with it', () => {
  it.each(CASES)('%s', (_what, body, quotes) => {
    expect(quoteParts(body)).toEqual(quotes);
  });
});
