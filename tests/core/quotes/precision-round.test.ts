import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13's precision round, on made-up sentences (every name invented): each case is [what it
 * shows, the article body, the [speaker, text] of each quote expected].
 */
const CASES: [string, string, [string | null, string][]][] = [
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
    'Mayor Jane Holloway accused the council of “dragging its feet” over “this badly needed wall”.',
    [['Jane Holloway', 'the council of “dragging its feet” over “this badly needed wall”']],
  ],
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
    'a name and one apposition before ", said" are the cue\'s subject, not a statement ahead of an inverted cue (here wink tags no verb after the cue, so nothing is listed)',
    'Gov. Oren Vale of Dover, a Republican who has refused to endorse Mr. Brook, said the Quill family deserved better.',
    [],
  ],
  [
    'an opening adverb and a comma are no such noun phrase ("However, all sides …, said X")',
    'However, all sides are anxious to avoid a strike before the vote, said harbour correspondent Tom Pell.',
    [['Tom Pell', 'However, all sides are anxious to avoid a strike before the vote']],
  ],
  [
    'a subject modified at length after an opening conjunction ("But numerous fishermen interviewed at … said")',
    'But numerous fishermen interviewed at the rallies in Dover this week, including Mr. Pell, said they had no problem with the toll.',
    [['numerous fishermen', 'they had no problem with the toll']],
  ],
  [
    'a subject with a participle after "But"/"So" and no comma before the cue ("But some fishermen interviewed at the quay said")',
    'But some fishermen interviewed at the quay said the toll was unfair. So several skippers questioned at the harbour said it would ruin them.',
    [
      ['some fishermen', 'the toll was unfair'],
      ['several skippers', 'it would ruin them'],
    ],
  ],
  [
    'a finite verb there, with a clause opener before the cue, keeps the speaker before the cue ("the deal faltered in May when X said")',
    'But the deal faltered in May when the harbour council said it would wait.',
    [['the harbour council', 'it would wait']],
  ],
  [
    'a share of a group before the cue ("most of them said")',
    'And until the closure, most of them said they had loved working at the harbour.',
    [['most of them', 'they had loved working at the harbour']],
  ],
  [
    'a quote after its cue hands over to a subordinate clause of the writer\'s ("said, “…,” when asked …")',
    'Mara Quill said, “We will see,” when the crowd cheered.',
    [['Mara Quill', 'We will see']],
  ],
  [
    'a longer aside after the cue, then a pronoun and its verb: the aside is the speaker\'s condition ("says, win or lose …, he is …")',
    'Oren Vale says, win or lose in the Dover primary, he is staying in the race.',
    [['Oren Vale', 'win or lose in the Dover primary, he is staying in the race']],
  ],
  [
    'a short aside without a verb stays the writer\'s ("said, through a translator, he would …")',
    'Oren Vale said, through a translator, he would stay in the race.',
    [['Oren Vale', 'he would stay in the race']],
  ],
  [
    'a clause of its own between commas after the cue\'s adjunct, before "that" ("said on X, where he is …, that")',
    'Oren Vale said on Harbour TV, where he is a regular guest, that the wall would fail.',
    [['Oren Vale', 'the wall would fail']],
  ],
  [
    'a question\'s topic after "asked about" ends before when it was put ("during the debate", "in an interview")',
    '“We will see,” Mara Quill said, asked about the harbour toll during the debate on Thursday.',
    [
      ['Mara Quill', 'We will see'],
      [null, 'about the harbour toll'],
    ],
  ],
];

describe('extractQuotes: the precision round', () => {
  it.each(CASES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
