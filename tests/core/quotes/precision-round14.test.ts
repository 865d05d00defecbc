import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';

// Issue 13, precision round prec2: false quotes and wrong speakers, on made-up sentences (every
// name invented).

/** [cue, speaker name, text] of each quote of an article made of a fixed opening and `body`. */
function quotes(body: string): [string, string | null, string][] {
  return quotesOf(`Harbour Town News\n\n${body}`);
}

/** [cue, speaker name, text] of each quote of a whole article. */
function quotesOf(article: string): [string, string | null, string][] {
  return analyze(article, { parts: { summary: false, quotes: true, entities: true } }).quotes.map((q) => [q.cue, q.speaker?.name ?? null, q.text]);
}

describe('an opening as- or when-clause with an apposition', () => {
  it('is no statement its cue interrupts, and the main clause speaks ("As Ostrow, a pilot, joked with Ruiz, Lee frowned and said, “…”")', () => {
    expect(quotes('As Carl Ostrow, a pilot, joked with Ana Ruiz, Tom Lee frowned and said, "We will not sail today."')).toEqual([
      ['said', 'Tom Lee', 'We will not sail today.'],
    ]);
  });

  it('leaves a cue after "and" in the main clause to that clause\'s subject, not to the cue before it', () => {
    expect(quotes('When Carl Ostrow, a pilot, joked with Ana Ruiz, Tom Lee frowned and said the ferry would not sail.')).toEqual([
      ['said', 'Tom Lee', 'the ferry would not sail'],
    ]);
  });

  it('times an action that has a companion ("As Ostrow joked with Ruiz, …"): no source the writer leans on', () => {
    expect(quotes('As Carl Ostrow joked with Ana Ruiz at the table, his brother grew impatient.')).toEqual([]);
  });

  it('still leans on a source whose "with" tells the manner, not a companion ("As Ruiz noted with some irony, …")', () => {
    expect(quotes('As Ana Ruiz noted with some irony, the levy has doubled since 2019.')).toEqual([['noted', 'Ana Ruiz', 'the levy has doubled since 2019']]);
    expect(quotes('As the mayor said with a smile, the levy will not rise this year.')).toEqual([['said', 'mayor', 'the levy will not rise this year']]);
  });
});

describe('a participle aside after a name that a subordinator opens', () => {
  // "Mr. Pell, asked about the budget, had said …": the asked question is listed (PolNeAR annotates
  // a passive "asked about" far more often than not), the asker unnamed; what follows is Pell's.
  it('gives the cue after the aside to the name ("… after Mr. Pell, asked about the levy, said, “…”")', () => {
    expect(quotes('The issue came up after Mr. Pell, asked about the levy, had said, "We pay plenty already."')).toEqual([
      ['asked', null, 'about the levy'],
      ['said', 'Pell', 'We pay plenty already.'],
    ]);
    expect(quotes('Mr. Pell, asked about the budget, had said the levy would rise.')).toEqual([
      ['asked', null, 'about the budget'],
      ['said', 'Pell', 'the levy would rise'],
    ]);
  });

  it('leaves the name to the subordinator when a plural follows it: no apposition of one person ("After Ruiz, the pilots, led by Lee, said")', () => {
    expect(quotes('After Ana Ruiz, the pilots, led by Tom Lee, said the levy was too high.')).toEqual([['said', 'pilots', 'the levy was too high']]);
  });

  it('still gives the cue to a name whose apposition is one person ("after Sir Tom Lee, the newly-appointed commissioner, said")', () => {
    expect(quotes('The row began the day after Sir Tom Lee, the newly-appointed harbour commissioner, said he backed the levy.')).toEqual([
      ['said', 'Tom Lee', 'he backed the levy'],
    ]);
    expect(quotes('The row began after Ana Ruiz, the pilots’ spokeswoman, said the levy was too high.')).toEqual([
      ['said', 'Ana Ruiz', 'the levy was too high'],
    ]);
  });
});

describe('a plural study', () => {
  /** [speaker, via] of each quote. */
  const sources = (body: string) =>
    analyze(`Harbour Town News\n\n${body}`, { parts: { summary: false, quotes: true, entities: true } }).quotes.map((q) => [
      q.speaker?.name,
      q.via?.name ?? null,
    ]);

  it('reports its answers as polls and surveys do ("Two studies by X showed that 61 percent said …")', () => {
    expect(sources('Two studies by the Harbour Institute showed that 61 percent of pilots said the levy was too high.')).toEqual([
      ['61 percent of pilots', 'Harbour Institute'],
    ]);
    expect(sources('In two studies by the Harbour Institute, 58 percent of pilots said the levy was too high.')).toEqual([
      ['58 percent of pilots', 'Harbour Institute'],
    ]);
  });

  it('speaks as its author ("according to two studies by X")', () => {
    expect(sources('The levy is the highest on the coast, according to two studies by the Harbour Institute.')).toEqual([['Harbour Institute', null]]);
  });
});

describe('a title-case headline', () => {
  const headline = (title: string) => quotesOf(`${title}\n\nThe vote is on Monday. The harbour is busy.`);

  it('reads a speech verb after an adverb as the cue ("Ana Roe Also Claims …")', () => {
    expect(headline('Ana Roe Also Claims Tom Pell Lied About Ferries')).toEqual([['Claims', 'Ana Roe', 'Tom Pell Lied About Ferries']]);
  });

  it('reads no base form or noun after a name as a cue ("… Pilot Claim Against …", "… Roe Warning On …")', () => {
    expect(headline('Harbour Pilot Claim Against Ferry Board Rejected By Court')).toEqual([]);
    expect(headline('Ana Roe Warning On Ferry Levy Ignored By Harbour Board')).toEqual([]);
  });

  it('reads a base form the tagger found a verb after a plural as the cue ("Harbour Pilots Warn …")', () => {
    expect(headline('Harbour Pilots Warn Ferry Levy Will Rise')).toEqual([['Warn', 'Harbour Pilots', 'Ferry Levy Will Rise']]);
  });

  it('leaves a quote in marks to the direct-quote rules', () => {
    expect(headline('Ana Roe Tells Harbour Workers At Rally, “We Will Win The Vote On Monday.”')).toEqual([
      ['Tells', 'Ana Roe', 'We Will Win The Vote On Monday.'],
    ]);
  });

  it('reads no statement before the comma or colon of a direct quote its cue introduces ("Roe Says Of Levy, “…”")', () => {
    expect(headline('Ana Roe Says Of Ferry Levy, “We Will Win The Vote.”')).toEqual([['Says', 'Ana Roe', 'We Will Win The Vote.']]);
    expect(headline('Ana Roe Writes In Letter To Board: “The Levy Is Unfair.”')).toEqual([['Writes', 'Ana Roe', 'The Levy Is Unfair.']]);
  });
});

describe('"continue" after an activity', () => {
  it('is no cue: a gerund goes on and says nothing ("But the borrowing continued.")', () => {
    expect(quotes('But even after the levy rose, the borrowing continued. The port grew.')).toEqual([]);
    expect(quotes('But the drinking continued, and four years later, Tom Pell was dead.')).toEqual([]);
  });

  it('still is one after a person ("…, the mayor continued.")', () => {
    expect(quotes('The levy will rise next year, the mayor continued.')).toEqual([['continued', 'mayor', 'The levy will rise next year']]);
    expect(quotes('The levy will rise next year, the king continued.')).toEqual([['continued', 'king', 'The levy will rise next year']]);
  });

  it('still is one after a document named by a gerund ("The ruling continued that …")', () => {
    expect(quotes('The court filing continued that the levy was unlawful.')).toEqual([['continued', 'court filing', 'the levy was unlawful']]);
    expect(quotes('The ruling continued that the levy was unlawful.')).toEqual([['continued', 'ruling', 'the levy was unlawful']]);
  });
});
