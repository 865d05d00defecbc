import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';
import { reportedPairs } from './reported-fixture.js';

/**
 * Issue 13's eighth recall round (branch quotes8): statements precis found nothing for, on made-up
 * sentences. Each case is [what it shows, the sentence, the [speaker phrase, content] pairs expected].
 */
const FOUND: [string, string, [string | null, string][]][] = [
  // recn5: "That's according to X" (the pronoun stands for the sentence before) and an aside between a verb and its object.
  ['"That\'s according to X" after the statement', "Ada Marsh leads the field. That's according to the Dover Gazette.", [['the Dover Gazette', 'That']]],
  ['"That\'s according to X" with a bare plural source', "Ada Marsh leads the field. That's according to insiders.", [['insiders', 'That']]],
  // Review rvq5: a bare singular source speaks as well; only a manner ("according to plan") does not.
  ['"That\'s according to X" with a bare singular source', "The ferry sank in ten minutes. That's according to police.", [['police', 'That']]],
  [
    'an aside between a verb and its object',
    'The ferry firm receives, according to one report, $23 million in harbour contracts.',
    [['one report', 'The ferry firm receives … $23 million in harbour contracts']],
  ],
  // Review rvq5: after the aside, a name's apposition or a relative clause is no verb's object.
  ["a name's apposition after the aside", "The ferry toll rose, according to Ann Vale, the port's chief.", [['Ann Vale', 'The ferry toll rose']]],
  ['a relative clause after the aside', 'The ferry sank, according to Tom Pell, whose brother was on board.', [['Tom Pell', 'The ferry sank']]],
  // prc6: a participle on the source is stepped over like a relative clause.
  [
    'a participle on the source after "According to X,"',
    'According to Ann Vale, writing in the Harbour Gazette, the new levy will fail within a year.',
    [['Ann Vale', 'the new levy will fail within a year']],
  ],
  [
    'a participle on the source closed by a colon: what was said follows the colon',
    'According to Jack Pell, writing for the Harbour Gazette: the levy is a scandal and will fail.',
    [['Jack Pell', 'the levy is a scandal and will fail']],
  ],
  // Review rvx6: an -ing word that opens a clause after the source's comma is what was said.
  [
    'not a participle aside when no comma closes it ("According to X, rising costs are …")',
    'According to the harbour report, rising costs are to blame for the delay at the quay.',
    [['the harbour report', 'rising costs are to blame for the delay at the quay']],
  ],
  [
    'not a participle aside when a finite verb follows it before the comma',
    'According to police, fleeing suspects crashed the van, injuring two sailors.',
    [['police', 'fleeing suspects crashed the van, injuring two sailors']],
  ],
  [
    '"According to X, …" inside brackets',
    '(According to the Harbour Police Department, it does not keep figures on ferry fines.)',
    [['the Harbour Police Department', 'it does not keep figures on ferry fines']],
  ],
  [
    'a long source wink mistags, up to its comma ("according to a freshly-printed count … on Harbour TV, …")',
    'According to a freshly-printed count from Dover Sea College broadcast on Harbour TV, the ferry carries more riders than the bus.',
    [['a freshly-printed count from Dover Sea College broadcast on Harbour TV', 'the ferry carries more riders than the bus']],
  ],
  [
    'a long source wink mistags, at the end of the sentence',
    'Mrs. Vane is ahead of Mr. Rell in harbour surveys by a narrow gap, 51 percent to 47 percent, according to the mean of recent harbour polls compiled by Real Dover Data Desk.',
    [
      [
        'the mean of recent harbour polls compiled by Real Dover Data Desk',
        'Mrs. Vane is ahead of Mr. Rell in harbour surveys by a narrow gap, 51 percent to 47 percent',
      ],
    ],
  ],
  [
    'the topic of a question put to a named listener ("asked X about Y")',
    'Harbour moderator Ada Marsh asked Tom Rell about his ties to the Seaway ferry firm.',
    [['Harbour moderator Ada Marsh', 'his ties to the Seaway ferry firm']],
  ],
  [
    'the topic, not the clause before the comma, when the question follows it',
    'Not long after the mayor spoke, Dover TV’s Ada Marsh asked the mayor about the ferry spat.',
    [['Dover TV’s Ada Marsh', 'the ferry spat']],
  ],
  [
    '"told X that" after a comma is no closing cue: the clause after "that" is what was said',
    'Tom Pell, who grew up in Dover, told the Harbour Gazette that the old ferry, the Osprey, was not fit to sail.',
    [['Tom Pell', 'the old ferry, the Osprey, was not fit to sail']],
  ],
  [
    '"told X that" is no adjunct of a cue interrupting a statement',
    'In a profile of the club in May, Pell told the Gazette that his parents, both harbour pilots, brought him to Dover when he was five.',
    [['Pell', 'his parents, both harbour pilots, brought him to Dover when he was five']],
  ],
  [
    'a plural\'s possessive mark in the phrase before "that" ("wrote to the wardens’ office that …")',
    'The Harbour Legion wrote to the wardens’ office that it did not allow the emblem on the fliers.',
    [['The Harbour Legion', 'it did not allow the emblem on the fliers']],
  ],
  [
    'a lone noun with its infinitive after "announced" ("announced plans to …"), up to the writer\'s aside after a dash',
    'The Harbour Board announced plans to merge the two ferry lines - described by one union as a sell-off.',
    [['The Harbour Board', 'plans to merge the two ferry lines']],
  ],
  [
    'a hyphenated word in the adjunct of an "As X noted," cue ("noted in a by-line piece Tuesday,")',
    'But as the Dover Gazette noted in a by-line piece Tuesday, the harbour plan has won over some skippers.',
    [['the Dover Gazette', 'the harbour plan has won over some skippers']],
  ],
  [
    'the subject before an aside in spaced hyphens, after an opening prepositional phrase of seven words',
    'In an interview at her harbour hotel room, Dana Roe - the ferry captain and his co-host - told the Dover Gazette that his doubts turned extreme around 2002.',
    [['Dana Roe', 'his doubts turned extreme around 2002']],
  ],
  [
    'a participle cue opening the sentence after a preposition and a conjunction ("And in explaining why …, X described …")',
    'And in explaining why the ferry plans had not passed already, Ann Marsh described a rigged harbour board.',
    [['Ann Marsh', 'why the ferry plans had not passed already']],
  ],
  [
    'a participle cue opening the sentence after "since"',
    'Since announcing in March that he would leave the board, Tom Pell has kept a low profile at the harbour.',
    [['Tom Pell', 'he would leave the board']],
  ],
];

/** Sentences that must stay without reported speech: [why, the sentence]. */
const NOT_FOUND: [string, string][] = [
  [
    'a comma inside a title in marks does not end the source',
    "According to Dana Roe's ''The Wardens: Ted Pell, Ann Marsh and the Harbour Board Machine'' and other sources, his was a job of all trades.",
  ],
  [
    'a determiner after a noun ends the source phrase: the words after it are what was said, not the source',
    'According to ferry analysis firm Portwatch the number of ferries in service, the harbour fleet, has doubled every year.',
  ],
  [
    'a plural\'s possessive in an object, no preposition before it: "that" is a relative pronoun',
    'Ann Marsh lamented the wardens’ old vote on a ferry bill that she backed in 2007.',
  ],
  ['"That is according to plan": a bare common noun is no source', 'The ferry work is on time. That is according to plan.'],
  // Review rvq5: a plan or rule a deed follows, with no comma before "according to", is a manner, no source.
  ['"That is according to the rules": a rule followed is no source', 'The ferry fee rose in May. That is according to the new rules.'],
  ['"went according to the plan": a plan followed is no source', 'The ferry work on the harbour went according to the plan.'],
  ['no listener before "about"', 'The Harbour Gazette asked about the ferry fines in April.'],
  ['a pronoun topic names nothing', 'Ada Marsh asked him about it.'],
  ['a question not put', 'Ada Marsh did not ask him about the ferry plan.'],
  ['an intention to ask', 'Ada Marsh wanted to ask him about the ferry plan.'],
];

describe('findReportedSpeech: according to X, and what a cue with an object reports', () => {
  it.each(FOUND)('%s', (_what, body, pairs) => {
    expect(reportedPairs(body)).toEqual(pairs);
  });
  it.each(NOT_FOUND)('%s', (_what, body) => {
    expect(reportedPairs(body)).toEqual([]);
  });
});

describe('extractQuotes: a mark after an invisible direction mark', () => {
  it('reads a quotation mark after an invisible direction mark (U+202A) as opening the quote', () => {
    expect(quotePairs('Readers wrote in.\n\n\u202a”The ferry has to be saved. It is our lifeline,” said Tom Pell.')).toEqual([
      ['Tom Pell', 'The ferry has to be saved. It is our lifeline'],
    ]);
  });
});

/**
 * Issue 13, the boundary round of helper quotes9, on made-up sentences (every name invented): each
 * case is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const OPENING_SOURCES: [string, string, [string | null, string][]][] = [
  [
    'after an opening "According to X," a quote in marks runs to its closing mark, past the full stops inside it',
    'The board met. According to the Harbour Gazette, “the ferry is late again this week. Few people are surprised. The crew has left.”\n\nThe mayor left.',
    [['Harbour Gazette', '“the ferry is late again this week. Few people are surprised. The crew has left.”']],
  ],
];

describe('extractQuotes: a quote in marks after an opening "According to X,"', () => {
  it.each(OPENING_SOURCES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

describe('extractQuotes: a participle on the source of an opening "According to X,"', () => {
  it('gives a direct quote after "According to X, writing for …:" to X (the participle is an apposition on X)', () => {
    expect(quotePairs('According to Ann Vale, writing for the Harbour Gazette: “The wall will not hold through the winter storms.”')).toEqual([
      ['Ann Vale', 'The wall will not hold through the winter storms.'],
    ]);
  });
});
