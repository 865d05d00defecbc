import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';
import { sentenceQuotes } from './sentence-fixture.js';

/**
 * Issue 13, helper recb's boundary round, on made-up sentences (every name invented): each case is
 * [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a statement its cue interrupts starts after a dash before it',
    'The judge kept Pell in jail after hearing clips of his radio show - proof, the city argued, that he led the raid on the pier.',
    [['the city', ['proof', 'that he led the raid on the pier']]],
  ],
  [
    'also when the rest after the cue has no verb of its own',
    'The judge kept Pell in jail after hearing clips of his radio show - proof, the city argued, of his part in the raid on the pier.',
    [['the city', ['proof', 'of his part in the raid on the pier']]],
  ],
  [
    'not when a second dash after the cue closes the first as an aside',
    'The harbour vote was close. The gap between the two parties was so narrow - as shown, Jane Roe claimed, by the loss of Tom Pell - that only her party offered a real choice.',
    [['Jane Roe', ['The gap between the two parties was so narrow - as shown', 'by the loss of Tom Pell - that only her party offered a real choice']]],
  ],
  [
    'and after a semicolon',
    'The report came out on Monday. The cost of the storm falls on the town; there is rarely, the report says, any sort of boom in rebuilding after it.',
    [['the report', ['there is rarely', 'any sort of boom in rebuilding after it']]],
  ],
  [
    'and after a conjunction right after the dash',
    'Jane Roe met the crew. Her boat was booked for the Sunday race - and the mooring, she said, would cost more than last year.',
    [['she', ['the mooring', 'would cost more than last year']]],
  ],
  [
    'an opening subordinate clause is the writer’s scene-setting, not part of what was said',
    'Jane Roe met the crew. As the port builds new piers on the east bank, a stretch long run by the guild, it is her job, she said, to talk to the council about the risk.',
    [['she', ['it is her job', 'to talk to the council about the risk']]],
  ],
  [
    'so is an opening participle phrase',
    'The mayor spoke on Monday. Bound together by old trade and sharing a long river, the two towns, Jane Roe said, now have a rare chance to grow.',
    [['Jane Roe', ['the two towns', 'now have a rare chance to grow']]],
  ],
  [
    'a lone opening phrase with no verb stays in ("After the vote, the plan, X said, is dead")',
    'The board met on Monday. After the vote on the harbour plan, the new sea wall, Jane Roe said, is dead for this year.',
    [['Jane Roe', ['After the vote on the harbour plan, the new sea wall', 'is dead for this year']]],
  ],
  [
    'a conjunction right before the interrupting cue leaves only what follows it',
    'Tom Pell spoke on Monday. He wanted a longer quay to serve the fishing fleet and, he argued, to draw cruise ships back.',
    [['he', ['to draw cruise ships back']]],
  ],
  [
    'a statement after a cue ends at a dash before a statement another cue interrupts',
    'Asked about her old quarrel with Pell, Jane Roe said that was just part of sailing against him — no different, she said, from Tom Pell mocking the new jetty before mooring at it.',
    [
      [null, ['about her old quarrel with Pell']],
      ['Jane Roe', ['that was just part of sailing against him']],
      ['she', ['no different', 'from Tom Pell mocking the new jetty before mooring at it']],
    ],
  ],
  [
    "an inverted cue's statement starts after a dash before it as the other interrupted shapes do",
    'Her legacy - a mystery, says Carl Antony, a historian at the college, is that she was loved by all.',
    [['Carl Antony', ['a mystery', 'is that she was loved by all']]],
  ],
  [
    "an opening verb with an auxiliary right after it is an inverted main clause, not the writer's scene-setting",
    'Gone are the days of the ferry, and its future, Mara Quill said, is at risk.',
    [['Mara Quill', ['Gone are the days of the ferry, and its future', 'is at risk']]],
  ],
  [
    "a dash before a phrase whose cue takes no comma after it ('each said to cost …') is an aside inside the statement, not one a cue interrupts",
    'Oren Vale said the new piers — three of them, each said to cost less than the old one — would open in May.',
    [['Oren Vale', ['the new piers — three of them, each said to cost less than the old one — would open in May']]],
  ],
];

describe('extractQuotes: a statement its cue interrupts, and where it starts', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

// Review rvq3: the tail after a final cue (made-up sentence).

describe('a final cue followed by the question put to the speaker', () => {
  it('keeps the statement before the cue ("…, Tom Pell said when asked about the levy.")', () => {
    // (The topic of the unnamed asker's question stays a speakerless quote, as PolNeAR annotates it.)
    expect(sentenceQuotes('The levy is unfair to the farmers, Tom Pell said when asked about the levy.')).toEqual([
      ['Tom Pell', ['The levy is unfair to the farmers']],
      [null, ['about the levy']],
    ]);
  });
});
