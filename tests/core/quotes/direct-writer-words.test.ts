import { describe, expect, it } from 'vitest';
import { quotePairs, quoteParts } from './parsed-fixture.js';

/**
 * Issue 13's sixth round (quote boundaries), on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const GOES_ON: [string, string, [string | null, string][]][] = [
  [
    'a quote going on after its cue whose sentence the writer ends joins the statement with those words',
    '“Plenty of quiet Vale fans ride the night ferry, and most of them are nurses,” said Dana Carver, a pollster. “They like his plans for the port, but they are not ready yet” to vote for him as mayor.',
    [
      [
        'Dana Carver',
        'Plenty of quiet Vale fans ride the night ferry, and most of them are nurses,” said Dana Carver, a pollster. “They like his plans for the port, but they are not ready yet” to vote for him as mayor',
      ],
    ],
  ],
  [
    'not when the words after it hold a cue of their own',
    '“The ferry is late,” said Dana Carver. “It will be sold” before winter, Oren Vale said.',
    [
      ['Dana Carver', 'The ferry is late'],
      // (The writer's phrase before the cue's comma goes on with it, the recb round; from the
      // opening mark, so both marks are there.)
      ['Oren Vale', '“It will be sold” before winter'],
    ],
  ],
  [
    'nor after a comma by its mark, a cue we may not know ("“…,” a glum Vale mumbled")',
    '“The ferry is late,” said Dana Carver. “That was a total disaster for all of us,” a glum Oren Vale mumbled to the host.',
    [
      ['Dana Carver', 'The ferry is late'],
      // (The speaker named after the marks, though the cue is unknown: issue 13.)
      ['Oren Vale', 'That was a total disaster for all of us'],
    ],
  ],
];

describe('extractQuotes: a quote going on after its cue whose sentence the writer ends', () => {
  it.each(GOES_ON)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

/**
 * Issue 13, helper recb's boundary round, on made-up sentences (every name invented): each case is
 * [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const LEAD_INS: [string, string, [string | null, string[]][]][] = [
  [
    'a prepositional phrase between a quote’s closing mark and the comma before its cue goes on with what was said',
    'The board met on Monday. The port made a "mistake" in the check on the old pier, Jane Roe said.',
    [['Jane Roe', ['The port made a "mistake" in the check on the old pier']]],
  ],
  [
    'any words there, not only a prepositional phrase',
    'The board met on Monday. The council should steer away from "blaming" the harbour master Tom Pell, Jane Roe said.',
    [['Jane Roe', ['The council should steer away from "blaming" the harbour master Tom Pell']]],
  ],
  [
    'a quote carrying its lead-in keeps its closing mark with its opening one',
    'The board met on Monday.\n\nThe port sees itself as an "enabler". Jane Roe said it would not run the ferries.\n\nThe pier was not a "safe place", Tom Pell said.',
    [
      ['Jane Roe', ['it would not run the ferries']],
      ['Tom Pell', ['The pier was not a "safe place"']],
    ],
  ],
  [
    "a quote carrying its lead-in stops at its last word when a comma ends it inside the marks (keeping ',”' lost a right quote on train)",
    'The board met on Monday. The merger “would be good for the town,” Oren Vale said.',
    [['Oren Vale', ['The merger “would be good for the town']]],
  ],
  [
    "the writer's words after a quote's closing mark go on with it only when no other mark follows at once (a nested quote's outer mark: ‘… “will be sold”’ before winter)",
    '‘The pier “will be sold”’ before winter, Oren Vale said.',
    [['Oren Vale', ['will be sold']]],
  ],
  [
    'a lead-in holding words in marks of its own still goes with the quote after it',
    'The board met on Monday. “Family boats” are “not welcome in the new harbour,” Tom Pell said.',
    [['Tom Pell', ['“Family boats” are “not welcome in the new harbour']]],
  ],
  [
    'nor when the earlier marks stand in the speaker’s phrase after the quote',
    'The board met on Monday. Tolls “badly” hurt the town, the council’s study of the “Harbour Plan 2004” said.',
    [[null, ['Harbour Plan 2004']]],
  ],
];

describe("extractQuotes: the writer's words around a quote's closing mark, and its lead-in", () => {
  it.each(LEAD_INS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
