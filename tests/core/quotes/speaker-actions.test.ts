import { describe, expect, it } from 'vitest';
import { quotePairs, quoteParts } from './parsed-fixture.js';
import { sentenceQuotes } from './sentence-fixture.js';

/**
 * Issue 13's sixth round (quote boundaries), on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const CASES: [string, string, [string | null, string][]][] = [
  [
    'a speaker\'s next action after ", and" ends what was said ("said A, and urged B")',
    'Harbour Party spokesman Oren Vale said the ferry was running late, and urged everyone to stay calm.',
    [['Oren Vale', 'the ferry was running late']],
  ],
  [
    'the same after "but" with no comma ("said A but took issue with B")',
    'Mara Quill said she is friendly with the mayor but took issue with his plan for the sea wall.',
    [['Mara Quill', 'she is friendly with the mayor']],
  ],
  [
    '"and would not …" after a past cue is the speaker declining, not more of what was said',
    'Dana Carver said she does not intend to switch sides and would not name any policy that might move her.',
    [['Dana Carver', 'she does not intend to switch sides']],
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
    'a request in a pro-verb is none ("as he was asked to do"), now the stand ends the statement before it',
    'Oren Vale said he had discussed the ferry deal with the harbourmaster and pledged to lend a hand as he was asked to do.',
    [['Oren Vale', 'he had discussed the ferry deal with the harbourmaster']],
  ],
  [
    'a verb after "and" that goes on with the statement stays in it ("said the ferry was late and crowded")',
    'Oren Vale said the ferry was sold last year and renamed by its new owners.',
    [['Oren Vale', 'the ferry was sold last year and renamed by its new owners']],
  ],
  [
    'after a statement in the present or with a modal, "and highlighted …" or "and quoted …" is the speaker\'s next act',
    'Mara Quill said she admires the harbourmaster and highlighted their shared plan for the sea wall. Oren Vale noted that the pier would have turned 90 this week and quoted its builder.',
    [
      ['Mara Quill', 'she admires the harbourmaster'],
      ['Oren Vale', 'the pier would have turned 90 this week'],
    ],
  ],
  [
    'a refusal to speak with a subject of its own after ", though" ends what was said ("…, though she did not say who …")',
    'Mara Quill told the Gazette that she had been sent a refund by the ferry firm, though she did not say who signed the cheque.',
    [['Mara Quill', 'she had been sent a refund by the ferry firm']],
  ],
  [
    'the same after "and" with a name for its subject, whoever declines ("… and Tom Pell would not name …")',
    'Oren Vale says the harbour board has found a buyer for the ferry and Tom Pell would not name the buyer.',
    [['Oren Vale', 'the harbour board has found a buyer for the ferry']],
  ],
];

describe("extractQuotes: a speaker's next action after a past cue's statement", () => {
  it.each(CASES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

/**
 * Issue 13, helper bound2's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const NEXT_ACTS: [string, string, [string | null, string[]][]][] = [
  [
    'a past speech verb after "and" is the speaker’s next act: "questioned …"',
    'The council met on Monday. Jane Roe said the ferry fares would rise in May and questioned why the board had waited so long to tell the town.',
    [['Jane Roe', ['the ferry fares would rise in May']]],
  ],
  [
    '"questioned" only before a question it asks: bare, it is the reported subject’s act',
    'The council met on Monday. Jane Roe said officers stopped the ferry captain and questioned him for two hours.',
    [['Jane Roe', ['officers stopped the ferry captain and questioned him for two hours']]],
  ],
  [
    '"pointed out that …" is the speaker’s next act',
    'The council met on Monday. Jane Roe said the old wall was far too low and pointed out that the floods hit the east bank last winter.',
    [['Jane Roe', ['the old wall was far too low']]],
  ],
  [
    'but "pointed to …", "highlighted …" and "quoted …" may be the reported subject’s',
    'The council met on Monday. Tom Pell said inspectors walked along the wall and pointed to cracks. Jane Roe said auditors reviewed the accounts and highlighted three errors. Ana Ruiz said the paper interviewed him and quoted him.',
    [
      ['Tom Pell', ['inspectors walked along the wall and pointed to cracks']],
      ['Jane Roe', ['auditors reviewed the accounts and highlighted three errors']],
      ['Ana Ruiz', ['the paper interviewed him and quoted him']],
    ],
  ],
  [
    'a bare speech verb after "and" shares the statement’s modal, not the finite cue: "says he would … and tell …"',
    'The council met on Monday. Tom Pell says he would take the mayor down to the pier and tell her the wall is too low.',
    [['Tom Pell', ['he would take the mayor down to the pier and tell her the wall is too low']]],
  ],
  [
    'or a request’s infinitive: "asked X to … and say …"',
    'The rally went on late. Jane Roe asked the crowd to stand up and say the name of the ferry out loud.',
    [['Jane Roe', ['the crowd to stand up and say the name of the ferry out loud']]],
  ],
  [
    'a finite speech verb there is still the speaker’s next act: "says … and tells …"',
    'The council met on Monday. Tom Pell says the new wall is far too low and tells the mayor to build it higher.',
    [
      ['Tom Pell', ['the new wall is far too low']],
      ['Tom Pell', ['the mayor to build it higher']],
    ],
  ],
  [
    'but a bare speech verb after a subject pronoun is finite, a clause with a cue of its own: "… and they ask …"',
    'The council met on Monday. Tom Pell said the wall was too low and they ask the mayor to act.',
    [
      ['Tom Pell', ['the wall was too low']],
      ['they', ['the mayor to act']],
    ],
  ],
  [
    'and after a bare cue a bare speech verb is the next act: "residents say … and ask …"',
    'The council met on Monday. Residents say the wall is too low and ask the mayor to raise it before May.',
    [
      ['Residents', ['the wall is too low']],
      ['Residents', ['the mayor to raise it before May']],
    ],
  ],
  [
    'the next act takes the form of the verb that governs the cue: "continues to insist that A and refuses to …"',
    'The council met on Monday. Tom Pell continues to insist that the pier will reopen by spring and refuses to discuss the cost of the repairs.',
    [['Tom Pell', ['the pier will reopen by spring']]],
  ],
  [
    '"goes on to say that A and calls …"',
    'The council met on Monday. In the letter, Jane Roe goes on to say that the sea wall is too low and calls the plan a waste of money.',
    [['Jane Roe', ['the sea wall is too low']]],
  ],
];

describe('extractQuotes: a speech verb after "and" as the speaker\'s next act', () => {
  it.each(NEXT_ACTS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

// Review rvq3: the speaker's later act after what was said (made-up sentences).

describe('"and"/"but" with "has since" after a past cue', () => {
  it('ends the statement before the speaker\'s later act ("said A, but has since changed her mind")', () => {
    expect(sentenceQuotes('Ann Cole said the plan was sound, but has since changed her mind.')).toEqual([['Ann Cole', ['the plan was sound']]]);
    expect(sentenceQuotes('Ann Cole said the plan was sound and has since changed her mind.')).toEqual([['Ann Cole', ['the plan was sound']]]);
  });

  // Review rv4c: the statement's own subject acts there, not the speaker.
  it('goes on inside a relative clause the statement has opened ("the firm, which has grown and has since hired …, would …")', () => {
    expect(sentenceQuotes('Ann Cole said the firm, which has grown fast and has since hired 200 people, would expand.')).toEqual([
      ['Ann Cole', ['the firm, which has grown fast and has since hired 200 people, would expand']],
    ]);
  });

  it('goes on after "had since", the past perfect of the reported statement ("said the firm had been sold but had since …")', () => {
    expect(sentenceQuotes('Ann Cole said the firm had been sold but had since been bought back.')).toEqual([
      ['Ann Cole', ['the firm had been sold but had since been bought back']],
    ]);
  });
});
