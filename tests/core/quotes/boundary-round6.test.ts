import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13's sixth round (quote boundaries), on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const CASES: [string, string, [string | null, string][]][] = [
  [
    'a speaker\'s next action after ", and" ends what was said ("said A, and urged B")',
    'Harbour Party spokesman Oren Vale said the party was not in a crisis, and urged everyone to stay calm.',
    [['Oren Vale', 'the party was not in a crisis']],
  ],
  [
    'the same after "but" with no comma ("said A but took issue with B")',
    'Mara Quill said she is friendly with the mayor but took issue with his plan for the sea wall.',
    [['Mara Quill', 'she is friendly with the mayor']],
  ],
  [
    '"and would not …" after a past cue is the speaker declining, not more of what was said',
    'Dana Carver said she has no plans to change her vote and would not name any issue that could sway her.',
    [['Dana Carver', 'she has no plans to change her vote']],
  ],
  [
    'a dash before the speaker\'s stand goes with it ("said A - but refused to …")',
    'Finance chief Oren Vale said his forecasts were too hopeful - but refused to rule out higher fares.',
    [['Oren Vale', 'his forecasts were too hopeful']],
  ],
  [
    '"could not bear to …" is the statement\'s, not the speaker declining to speak',
    'Oren Vale said they had doubts about the mayor, but could not bear to let the ferry firm down.',
    [['Oren Vale', 'they had doubts about the mayor, but could not bear to let the ferry firm down']],
  ],
  [
    '"and would not be …" is a passive of the statement\'s, not the speaker declining',
    'Mara Quill said those spreading the rumours were hurting the party and would not be easily forgiven.',
    [['Mara Quill', 'those spreading the rumours were hurting the party and would not be easily forgiven']],
  ],
  [
    'a request in a pro-verb is none ("as he had been asked to do"), now the stand ends the statement before it',
    'Oren Vale said he had talked about the campaign with the mayor and pledged to play his part as he had been asked to do.',
    [['Oren Vale', 'he had talked about the campaign with the mayor']],
  ],
  [
    'a quote going on after its cue whose sentence the writer ends joins the statement with those words',
    '“There are a lot of quiet Vale voters, and a lot of them are women,” said Dana Carver, a pollster. “They agree with him on issues, but they are not there yet” to back him as a candidate.',
    [
      [
        'Dana Carver',
        'There are a lot of quiet Vale voters, and a lot of them are women,” said Dana Carver, a pollster. “They agree with him on issues, but they are not there yet” to back him as a candidate',
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
  [
    'a verb after "and" that goes on with the statement stays in it ("said the ferry was late and crowded")',
    'Oren Vale said the ferry was sold last year and renamed by its new owners.',
    [['Oren Vale', 'the ferry was sold last year and renamed by its new owners']],
  ],
];

describe('extractQuotes: the sixth round', () => {
  it.each(CASES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
