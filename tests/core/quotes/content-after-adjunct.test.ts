import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';
import { reportedPairs } from './reported-fixture.js';

/**
 * Cues, subjects and content starts of issue 13's seventh recall round (branch quotes5), on made-up
 * sentences: each case is [what it shows, the sentence, the [speaker phrase, content] pairs expected].
 */
const FOUND: [string, string, [string | null, string][]][] = [
  [
    'a hyphenated word in the phrase before "that" (wink reads "op-ed" as a noun, a hyphen and a verb)',
    'Tom Rell wrote in a Dover Sun op-ed that the toll would hurt small traders.',
    [['Tom Rell', 'the toll would hurt small traders']],
  ],
  [
    'a year\'s apostrophe in the phrase before "that" ("said in \'08 that …")',
    "Tom Rell said in '08 that the sudden rise of the tide had caught every skipper off guard.",
    [['Tom Rell', 'the sudden rise of the tide had caught every skipper off guard']],
  ],
  [
    'an object pronoun after an adjective and its preposition: the noun before them speaks ("people close to him said")',
    'People close to him said he will run again for the harbour seat.',
    [['People close to him', 'he will run again for the harbour seat']],
  ],
  [
    'a bare present cue read as a noun after a plural, before a noun phrase and its verb ("observers note the board would …")',
    "Legal observers note the harbour board wouldn't truly close the old ferry dock.",
    [['Legal observers', "the harbour board wouldn't truly close the old ferry dock"]],
  ],
  [
    'a statement interrupted by its cue after a lone demonstrative ("That, they say, will be …")',
    'That, harbour chief Katie Wall explained, is by design.',
    [['harbour chief Katie Wall', 'That … is by design']],
  ],
  [
    'a relative clause on the noun of the phrase before "that" is stepped over ("said in an interview that aired … that …")',
    'Tom Rell said in an interview that aired on Sunday that the council is wrong about the dock.',
    [['Tom Rell', 'the council is wrong about the dock']],
  ],
  [
    'a time phrase opening the words after the cue heads a clause only with its verb or its "of" ("said last year was …")',
    'Tom Rell said last year was the best for the harbour in a decade.',
    [['Tom Rell', 'last year was the best for the harbour in a decade']],
  ],
  [
    'a name after a comma that follows an adjective is the subject, not the end of one phrase with it ("open to the public/ADJ, Tim Kane said")',
    'The ferry is open to the public, Tim Kane said.',
    [['Tim Kane', 'The ferry is open to the public']],
  ],
  [
    'two adjectives joined by "and" modify one subject ("current and former officials said")',
    'The review is looking at the harbour server, current and former officials said.',
    [['current and former officials', 'The review is looking at the harbour server']],
  ],
  [
    '"confided that …": a speech verb new to the lexicon',
    'Tom Rell confided that the harbour dues would rise in the spring.',
    [['Tom Rell', 'the harbour dues would rise in the spring']],
  ],
  ['"cautioned that …"', 'The warden cautioned that the ice on the harbour was thin.', [['The warden', 'the ice on the harbour was thin']]],
  [
    '"reminded X that …": a listener before the clause',
    'Mara Quill reminded the council that the dock had flooded twice.',
    [['Mara Quill', 'the dock had flooded twice']],
  ],
  ['"countered that …"', 'Tom Rell countered that the ferry had never been late.', [['Tom Rell', 'the ferry had never been late']]],
  [
    'a question opener right after "asked" opens the question, not a listener ("asked what the council had chosen")',
    'Tom Rell asked what the council had chosen to do with the dock.',
    [['Tom Rell', 'what the council had chosen to do with the dock']],
  ],
];

/** Sentences these rules must leave without reported speech: [why, the sentence]. */
const NOT_FOUND: [string, string][] = [
  [
    'a new cue that needs "that" names nothing with a noun phrase ("mentioned the harbour")',
    'Mara Quill mentioned the harbour in her long speech to the council.',
  ],
  [
    'a time phrase and its adjuncts after the cue are no statement ("said this month at a dinner in Dover")',
    'Former mayor Tom Rell said this month at a dinner in Dover — a visit that drew a crowd.',
  ],
  [
    'a relative clause on the phrase\'s noun with no "that" of a statement after it reports nothing',
    'Tom Rell said in a letter that was sent to the harbour council.',
  ],
  ['a bare cue before a noun phrase with no verb of its own is no clause ("note the dues in …")', 'The captains note the harbour dues in their logs.'],
  ['an object pronoun after a verb is no subject', 'The wardens thanked him said nothing of the harbour plan.'],
  ['a quotation mark before "that" still stops the phrase', 'Tom Rell said in "the harbour" that way before.'],
];

describe('findReportedSpeech: the phrase between a cue and "that"', () => {
  it.each(FOUND)('%s', (_what, body, pairs) => {
    expect(reportedPairs(body)).toEqual(pairs);
  });
  it.each(NOT_FOUND)('%s', (_what, body) => {
    expect(reportedPairs(body)).toEqual([]);
  });
});

describe('extractQuotes: a new cue verb before a quote', () => {
  // (Not after the marks: there the phrase and verb after a quote name its speaker whatever the verb, lead-in.ts.)
  it('gives the quote to the subject of "confided" before its comma', () => {
    expect(quotePairs('“The ferry is late,” said Dana Carver. Oren Vale confided to the host, “That was a total disaster for all of us”.')).toEqual([
      ['Dana Carver', 'The ferry is late'],
      ['Oren Vale', 'That was a total disaster for all of us'],
    ]);
  });
});

/**
 * Issue 13's precision round, on made-up sentences (every name invented): each case is [what it
 * shows, the article body, the [speaker, text] of each quote expected].
 */
const ADJUNCT_CLAUSES: [string, string, [string | null, string][]][] = [
  [
    'a clause of its own between commas after the cue\'s adjunct, before "that" ("said on X, where he is …, that")',
    'Oren Vale said on Harbour TV, where he is a regular guest, that the wall would fail.',
    [['Oren Vale', 'the wall would fail']],
  ],
];

describe("extractQuotes: a clause between commas after the cue's adjunct", () => {
  it.each(ADJUNCT_CLAUSES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

describe('a noun phrase opening the clause after a prepositional phrase', () => {
  it('starts what was said at its determiner ("said in a statement the report was wrong")', () => {
    expect(reportedPairs('The Dover mayor said in a statement the report was wrong.')).toEqual([['The Dover mayor', 'the report was wrong']]);
  });

  it('takes no time phrase or listener’s object for a subject', () => {
    expect(reportedPairs('With the vote widely predicted for May, angry pilots in Dover this week warned the board about the levy.')).toEqual([
      ['angry pilots in Dover', 'the levy'],
    ]);
    expect(reportedPairs('Ann Roe told aides at dinner the story of the pier.')).toEqual([]);
    // Each walks its guard (review rvr8): a time opening the phrase, a listener after the adjunct.
    expect(reportedPairs('Ann Roe said at the port the day Tom Pell resigned.')).toEqual([]);
    expect(reportedPairs('Ann Roe warned in a letter the pilots the levy would double.')).toEqual([]);
  });

  it('takes no relative clause on the phrase\'s noun for what was said ("in a letter the board received on Friday")', () => {
    expect(reportedPairs('Ann Roe wrote in a letter the board received on Friday about the levy.')).toEqual([]);
    expect(reportedPairs('Ann Roe testified before the committee the senators formed last year.')).toEqual([]);
    expect(reportedPairs('Ann Roe said in a statement the pier closed on Friday.')).toEqual([['Ann Roe', 'the pier closed on Friday']]);
  });
});
