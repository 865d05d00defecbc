import { describe, expect, it } from 'vitest';
import { quotePairs, quoteParts } from './parsed-fixture.js';

/**
 * Issue 13's precision round, on made-up sentences (every name invented): each case is [what it
 * shows, the article body, the [speaker, text] of each quote expected].
 */
const DIRECT_EDGES: [string, string, [string | null, string][]][] = [
  [
    'a capitalised word in marks inside a phrase names a show, not a reply ("on Harbour TV\'s “Tidewatch,” Vale said if …")',
    'Wednesday on Harbour Channel’s “Tidewatch,” Oren Vale said if the mayor picked him the ticket would be a “two-pirate ticket.”',
    [['Oren Vale', 'if the mayor picked him the ticket would be a “two-pirate ticket.”']],
  ],
  [
    'marks in a participle\'s aside before a cue with a clause of its own are no quote of that cue ("Roe, citing “…,” said the town …")',
    'Tessa Brook, citing “deep concerns,” said the town could not pay for the new wall.',
    [['Tessa Brook', 'the town could not pay for the new wall']],
  ],
  [
    'a quote after its cue hands over to a subordinate clause of the writer\'s ("said, “…,” when asked …")',
    'Mara Quill said, “We will see,” when the crowd cheered.',
    [['Mara Quill', 'We will see']],
  ],
  [
    'a quote right after a speech verb and its comma is that verb\'s though the writer\'s sentence goes on after the marks ("as she said, “…” about …, Pell …")',
    'Two days after Ada Roe lost her temper at the pier, pointing at a heckler as she angrily said, “I am tired of the Pell camp lying” about her votes, Tom Pell mocked her on the radio.',
    [['she', 'I am tired of the Pell camp lying']],
  ],
  [
    'two short sentences in marks, every word capitalised, are a reply, not a title ("“Like Dover. Or Acme,” Pell said.")',
    '“Like Dover. Or Acme,” Tom Pell said.',
    [['Tom Pell', 'Like Dover. Or Acme']],
  ],
  [
    'the stop of a short abbreviation in a capitalised title is no sentence break ("“Mrs. Dover Goes Home,” Pell said of the film.")',
    '“Mrs. Dover Goes Home,” Tom Pell said of the film.',
    [],
  ],
];

describe('extractQuotes: marks that are no quote of a cue, and where a quote after its cue hands over', () => {
  it.each(DIRECT_EDGES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

// rvq12: only a participle opens such an aside; a noun ending in -ing before the marks (a time or a
// place: "morning", "hearing", "ruling") leaves the quote to the cue after it.
describe('extractQuotes: marks after a noun ending in -ing', () => {
  it.each([
    ['On a cold morning “This is the last sailing,” said Ann Roe who has worked the route since 1990.', 'Ann Roe'],
    ['At the hearing “we will not move the ferry” said Tom Pell who runs the yard.', 'Tom Pell'],
  ])('%s', (body, speaker) => {
    expect(quotePairs(body).map(([who]) => who)).toEqual([speaker]);
  });
});

/**
 * Issue 13, helper bound2's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const DASH_STOPS: [string, string, [string | null, string[]][]][] = [
  [
    'a quote going on after its cue stops at its marks when a dash hands over to the writer',
    'The council met on Monday. “The key group is older women,” said Jane Roe. “Finch has to do the sea wall first” - raising his name among voters.',
    [['Jane Roe', ['The key group is older women', 'Finch has to do the sea wall first']]],
  ],
  [
    'also an em dash',
    'The council met on Monday. “The key group is older women,” said Jane Roe. “Finch has to do the sea wall first” — raising his name among voters.',
    [['Jane Roe', ['The key group is older women', 'Finch has to do the sea wall first']]],
  ],
  [
    'not after a word with no inner quote opened before it (an elision: a "lyin\' " rival is a term, not a quote)',
    'To begin, Tom Pell attacked the old mayor for being a "sinking ship." Next he went after "tiny" Jane Roe. He loudly counted his own victories. At some point, he slipped in a "cheatin\' " Ted Moss.',
    [],
  ],
];

describe('extractQuotes: a quote going on after its cue stops at a dash', () => {
  it.each(DASH_STOPS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

/**
 * Issue 13, the boundary round of helper quotes9, on made-up sentences (every name invented): each
 * case is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const NO_LEAD_IN: [string, string, [string | null, string][]][] = [
  [
    "a quote going on after a cue whose sentence ends inside a title's two-apostrophe marks is one statement (wink runs the sentences together)",
    "Jane Roe met the board. ''The ferry is late,'' she said on Harbour TV's ''Tidewatch.'' ''It will be sold to a buyer in Leeds by the end of the year.''",
    [['she', "The ferry is late,'' she said on Harbour TV's ''Tidewatch.'' ''It will be sold to a buyer in Leeds by the end of the year."]],
  ],
  [
    'a quote opening mid-sentence after a dash has no lead-in: the writer hands over at the dash',
    'Jane Roe met the crew. Neither man thought much of the mayor - “Never once set foot on a ferry,” Tom Pell said.',
    [['Tom Pell', 'Never once set foot on a ferry']],
  ],
  [
    'nor after an opening bracket',
    'Jane Roe met the crew. The vote brought some anger from the members (“I want my ferry fare back,” Tom Pell said).',
    [['Tom Pell', 'I want my ferry fare back']],
  ],
];

describe("extractQuotes: a quote going on past a title's marks, and a quote with no lead-in", () => {
  it.each(NO_LEAD_IN)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

describe("extractQuotes: marks after a speech verb's comma", () => {
  it('a lower-case fragment in marks after "said," is part of a longer statement, not a quote of its own', () => {
    expect(quotePairs('Ann Roe said, “a costly error” had been made by the board in May.')).not.toContainEqual(['Ann Roe', 'a costly error']);
  });
});
