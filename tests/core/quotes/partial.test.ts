import { describe, expect, it } from 'vitest';
import { quotePairs, quoteParts } from './parsed-fixture.js';

/**
 * Issue 13's precision round, on made-up sentences (every name invented): each case is [what it
 * shows, the article body, the [speaker, text] of each quote expected].
 */
const NAMINGS: [string, string, [string | null, string][]][] = [
  [
    'a naming goes on past its closing mark with a phrase of its own ("… “a disaster” for the town")',
    'Mayor Jane Holloway called the sea wall “a costly mistake” for the fishermen of the harbour.',
    [['Jane Holloway', 'the sea wall “a costly mistake” for the fishermen of the harbour']],
  ],
  [
    'a second naming after "and" is part of the first ("“reckless” and “unfair”")',
    'Mayor Jane Holloway called the toll “reckless” and “unfair” at the meeting.',
    [['Jane Holloway', 'the toll “reckless” and “unfair” at the meeting']],
  ],
  [
    'a comma inside the closing mark ends the naming ("“…,” which is …" is the writer\'s)',
    'Mayor Jane Holloway denounced “harbour taxes,” which is a phrase the council avoids.',
    [['Jane Holloway', '“harbour taxes,”']],
  ],
  [
    'the phrase after the closing mark stops at a comma, where the sentence goes on',
    'Mayor Jane Holloway, who has described the toll as a “scar” on the harbour, wants it gone.',
    [['Jane Holloway', 'the toll as a “scar” on the harbour']],
  ],
  [
    'a second phrase in marks inside it keeps its closing mark',
    'Mayor Jane Orme accused the council of “sitting on its hands” over “this long overdue jetty”.',
    [['Jane Orme', 'the council of “sitting on its hands” over “this long overdue jetty”']],
  ],
  [
    'a naming in the passive names no speaker in its subject ("has been called “a gamble” by critics")',
    'The harbour board met on Monday. The new ferry levy has been called “a reckless gamble” by critics in the port.',
    [],
  ],
  [
    'nor with an adverb between "be" and the participle ("is often described as a “landmark”")',
    'The harbour board met on Monday. The old sea wall is often described as a “landmark of the coast.”',
    [],
  ],
  [
    'a naming participle on a thing names that thing ("a loophole called an “inversion”")',
    'The harbour board met on Monday. Dover firms use a tax loophole called an “inversion” to move abroad.',
    [],
  ],
  [
    'nor past an adverb ("a barrier widely dubbed “the big wall”")',
    'The harbour board met on Monday. The port built a barrier widely dubbed “the big wall” by its sailors.',
    [],
  ],
  [
    'the noun before the participle that named it is kept ("the levy the mayor called “…”")',
    'The harbour board met on Monday. The council scrapped the levy the mayor called “a disgrace to the port.”',
    [['the mayor', '“a disgrace to the port.”']],
  ],
  [
    'so is any noun phrase after the thing it named ("a scheme the union called “…”")',
    'The harbour board met on Monday. Jan Pell dismissed a scheme the union called “reckless”.',
    [['the union', '“reckless”']],
  ],
  [
    'or after a relative word ("a deal that fans called “…”", "what fans called “…”")',
    'The harbour board met on Monday. The club signed a deal that fans called “a disgrace”. The board rejected what fans called “a fair offer”.',
    [
      ['fans', '“a disgrace”'],
      ['fans', '“a fair offer”'],
    ],
  ],
];

describe('extractQuotes: a naming in marks and the phrase after it', () => {
  it.each(NAMINGS)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

/**
 * Issue 13, helper bound3's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const LIST_NAMINGS: [string, string, [string | null, string[]][]][] = [
  [
    'a naming runs over a list of namings with a serial comma: "a “disgrace,” a “scandal,” and a “shame.”"',
    'The council met on Monday. Jane Roe called the levy a “disgrace,” a “scandal,” and a “shame.”',
    [['Jane Roe', ['the levy a “disgrace,” a “scandal,” and a “shame.”']]],
  ],
  [
    'a second naming that ends the sentence keeps its closing mark and the stop inside it',
    'The council met on Monday. Jane Roe called the levy a “cheap trick” and a “clumsy way to empty our pockets.”',
    [['Jane Roe', ['the levy a “cheap trick” and a “clumsy way to empty our pockets.”']]],
  ],
];

describe('extractQuotes: namings in a list, and the closing mark of the last', () => {
  it.each(LIST_NAMINGS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

/**
 * Issue 13, the boundary round of helper quotes9, on made-up sentences (every name invented): each
 * case is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const NAMING_STARTS: [string, string, [string | null, string][]][] = [
  [
    'a naming in marks starts at its first word, not on a dash after the naming verb',
    'The board met on Monday. Jane Roe called — “a costly mistake” — the harbour plan.',
    [['Jane Roe', '“a costly mistake”']],
  ],
];

describe('extractQuotes: where a naming in marks starts', () => {
  it.each(NAMING_STARTS)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
