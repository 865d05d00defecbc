import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13's fifth round (recall, speakers and one precision fix), on made-up sentences (every
 * name invented): each case is [what it shows, the article body, the [speaker, text] of each quote
 * expected].
 */
const CASES: [string, string, [string | null, string][]][] = [
  [
    '"states that" before a verb agreeing with a plural is the noun and its relative clause, no cue',
    'Mayor Jane Holloway will visit the Rust Belt states that have suffered from the floods.',
    [],
  ],
  [
    '"states that" before a clause of its own is still a cue',
    'The harbour charter states that the wall belongs to the town.',
    [['The harbour charter', 'the wall belongs to the town']],
  ],
  [
    '"states that" before a singular verb is a cue and its clause\'s subject ("states that is why …")',
    'The harbour charter states that is why the wall belongs to the town.',
    [['The harbour charter', 'that is why the wall belongs to the town']],
  ],
  [
    'a name list joined by "or" speaks as one ("Roe or Lee or Jane Pell said")',
    'Mayor Oren Vale or Senator Mara Quill or Dana Carver said the sea wall was dead.',
    [['Mayor Oren Vale or Senator Mara Quill or Dana Carver', 'the sea wall was dead']],
  ],
  [
    'a list after a preposition is its object; the last noun phrase speaks ("tumbled on the news and some traders predicted")',
    'Harbour Line shares tumbled on the news and some traders predicted the ferry firm would be sold.',
    [['some traders', 'the ferry firm would be sold']],
  ],
  [
    'a list inside a relative clause hands the cue to the noun the clause hangs on',
    'Many of the harbour pilots who would rather be working on a campaign for Oren Vale or Dana Carver said they have rallied behind the wall.',
    [['the harbour pilots', 'they have rallied behind the wall']],
  ],
  [
    'a subordinator before the list is no preposition ("after the standards and privileges committee said")',
    'The mayor resigned after the Dover standards and privileges committee said her conduct fell short.',
    [['the Dover standards and privileges committee', 'her conduct fell short']],
  ],
  [
    'a list the "of"-phrase of a noun hangs on, and on ("Roe and Lee of the Institute for Trade and Development wrote")',
    'Tom Pell and Jane Roe of the Institute for Harbour Trade and Development wrote that the wall would fail.',
    [['Tom Pell and Jane Roe of the Institute for Harbour Trade and Development', 'the wall would fail']],
  ],
  [
    'a subject opening with an amount ("says too many ferries are …")',
    'Mayor Oren Vale says too many ferries are late in the winter.',
    [['Oren Vale', 'too many ferries are late in the winter']],
  ],
  [
    'a subject opening with "about" and an amount ("said about half of the budget went …")',
    'The port office said about half of the new budget went to the sea wall.',
    [['The port office', 'about half of the new budget went to the sea wall']],
  ],
  [
    'a subject opening with "at least" ("said at least 20 people were …")',
    'Police said at least 20 people were hurt in the storm.',
    [['Police', 'at least 20 people were hurt in the storm']],
  ],
  [
    'a subject opening with "over" and a number ("said over 200 people were …")',
    'Police said over 200 people were hurt in the storm.',
    [['Police', 'over 200 people were hurt in the storm']],
  ],
  [
    'a subject opening with "about" and "a" fraction ("said about a third of the ferries were …")',
    'The port office said about a third of the ferries were late.',
    [['The port office', 'about a third of the ferries were late']],
  ],
  [
    'a name the tagger reads as a verb, before a verb, opens the clause ("said Cook/VERB provided …")',
    'The Harbour Gazette said Cook provided a written statement to the council.',
    [['Harbour Gazette', 'Cook provided a written statement to the council']],
  ],
  [
    '"about" and a noun phrase after a listener is a topic, no clause ("told the court about the cost …")',
    'Mara Quill told the harbour court on Monday about the cost the flooding has had for her shop.',
    [],
  ],
  [
    'an opening "Asked which …," is the question put ("which"/"whom" open indirect questions too)',
    'Asked which ferry she would take, Mara Quill said she would wait for the morning boat.',
    [
      [null, 'which ferry she would take'],
      ['Mara Quill', 'she would wait for the morning boat'],
    ],
  ],
  [
    'an opening "Asked whom …," is the question put',
    'Asked whom she would back, Mara Quill said she would wait for the vote.',
    [
      [null, 'whom she would back'],
      ['Mara Quill', 'she would wait for the vote'],
    ],
  ],
  [
    '"which" after a listener opens the question put to them ("asked the minister which …")',
    'Oren Vale asked the harbour minister which plan she would back.',
    [['Oren Vale', 'which plan she would back']],
  ],
  [
    '"which" after a preposition is a relative pronoun, no question ("favours for which he offered nothing")',
    'Oren Vale told the council that he met the mayor, asking her a handful of favours for which he offered nothing in return.',
    [['Oren Vale', 'he met the mayor']],
  ],
  [
    "a question put to the speaker in the cue's paragraph does not cut the quote from its next paragraph",
    '“The wall is all that matters,” Mara Quill told the Gazette when asked which plan she would back.\n\n“It is the wall or nothing for this town.”',
    [
      // One quote in two parts: its text runs from the first part to the last.
      [
        'Mara Quill',
        'The wall is all that matters,” Mara Quill told the Gazette when asked which plan she would back.\n\n“It is the wall or nothing for this town.',
      ],
      [null, 'which plan she would back'],
    ],
  ],
  [
    "a poll's question answered by a share and no speech is no statement",
    'Asked which issue matters most to them, 32 percent of voters picked the sea wall.',
    [],
  ],
  [
    'a relative clause on a possessive\'s owner hands the cue to the phrase before it ("Friends of Mr. Roe\'s who have seen him … say")',
    "Neighbours of Mr. Vale's who have met him at the market lately say that the cheer he was famous for has faded.",
    [['Neighbours of Mr. Vale', 'the cheer he was famous for has faded']],
  ],
  [
    'a pronoun and an auxiliary alone stand for the clause ("Jeff Roe said he would.")',
    'Senators are split on the wall. Oren Vale said he would. Mara Quill said she would not.',
    [
      ['Oren Vale', 'he would'],
      ['Mara Quill', 'she would not'],
    ],
  ],
  ['not before a colon, where what follows is announced ("said she must: …")', 'Judge Oren Vale said she must:\n\nPay a fine of $500.', []],
  [
    'reported speech in a relative clause with no pronoun ("a probe the agency said was ongoing")',
    'The ferries wait on the inquiry, a probe the harbour board said was ongoing as of this month.',
    [['the harbour board', 'was ongoing as of this month']],
  ],
  [
    'reported speech in a "what" clause ("what many observers said was proof of …")',
    'The fishermen were freed, showing what many observers said was proof of warmer ties.',
    [['many observers', 'was proof of warmer ties']],
  ],
  [
    'no relative clause when a comma stands between the noun phrase and the cue',
    'Jane Dale, who starred in the 1943 film The Harbour, said was impressed by the wall.',
    [],
  ],
  [
    'a present cue the tagger reads as a noun, after a quote and its speaker, at the sentence end ("“…,” a narrator in the ad states.")',
    '“They know the wall is the only way to stop the floods,” a narrator in the ad states.',
    [['a narrator in the ad', 'They know the wall is the only way to stop the floods']],
  ],
];

describe('extractQuotes: the subject of a cue, and the clause it reports', () => {
  it.each(CASES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
