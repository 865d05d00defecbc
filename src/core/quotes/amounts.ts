/*
 * Amounts, built from shared pieces: a subject that opens with an amount (content-start.ts), a time
 * counted back before "ago" (phrases.ts), a poll's share (poll-shares.ts).
 */

/** Words that hedge or bound an amount: "about 20", "nearly half", "more than 100", "less than two weeks". */
const AMOUNT_HEDGES = ['about', 'nearly', 'almost', 'more', 'less'];
/** Fractions named by a word: "a third", "half". */
const FRACTION_WORDS = ['third', 'quarter', 'half'];
/** Quantifiers that stand for a share of a group: "many say", "most of them". */
const QUANTIFIER_WORDS = ['some', 'many', 'most', 'few'];
/** Words of an amount of time before "ago": "less than two weeks", "about a month". */
export const AGO_AMOUNTS: ReadonlySet<string> = new Set([...AMOUNT_HEDGES, 'than', 'just', 'only', 'some', 'several', 'few']);
/** Words of amount or degree that open a subject: "about half", "too many", "more than 100". */
export const AMOUNT_LEADS: ReadonlySet<string> = new Set([...AMOUNT_HEDGES, 'around', 'roughly', 'approximately', 'too', 'so', 'fewer']);
/** What follows an amount lead when it is an amount: "about half", "too many", "nearly all". */
export const AMOUNTS: ReadonlySet<string> = new Set([
  'half',
  'all',
  'many',
  'much',
  'few',
  'most',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'one',
  'two',
  'three',
]);
/** After "a": "about a third", "nearly a dozen". */
export const FRACTIONS: ReadonlySet<string> = new Set([...FRACTION_WORDS, 'fifth', 'dozen', 'hundred', 'thousand', 'million']);
/** A poll's share word: "47 percent", "a third", "three-fourths". */
export const SHARE_WORDS: ReadonlySet<string> = new Set([...FRACTION_WORDS, 'percent', 'thirds', 'quarters', 'fourths', 'fifths']);
/** A lone quantifier as a "who" clause's antecedent: "some who warned …". */
export const QUANTIFIERS: ReadonlySet<string> = new Set([...QUANTIFIER_WORDS, 'others']);
/** A share of a group before "of them"/"of us". */
export const GROUP_SHARES: ReadonlySet<string> = new Set([...QUANTIFIERS, 'all', 'none', 'half', 'several', 'both', 'each', 'one', 'two', 'three', 'four']);
