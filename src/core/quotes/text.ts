import type { Token } from '../types.js';

/**
 * Character tests the quote stage runs per character or per token, written as char-code checks
 * rather than regular expressions: they run hundreds of thousands of times per batch. Each one
 * matches its regular-expression counterpart exactly (noted on each).
 */

/** `/\s/`: ECMAScript white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `/[\s([{\u2014\u2013-]/`: white space, an opening bracket or a dash stands before an opening mark. */
export function opensAfter(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || isSpaceCode(c);
}

/** `/[\s.,;:!?)\]\u2014\u2013-]/`: white space, punctuation, a closing bracket or a dash follows a closing mark. */
export function closesBefore(c: number): boolean {
  return (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 0x2014 || c === 0x2013 || c === 45 || isSpaceCode(c)
  );
}

/** `s.split(/\s+/).filter(Boolean)`: the words of `s`, white space of any kind between them. */
export function splitWords(s: string): string[] {
  return splitWordsIn(s, 0, s.length);
}

/** splitWords(text.slice(from, to)), without making the slice. */
export function splitWordsIn(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII (the usual case) is never white space.
    if ((c <= 32 || c >= 127) && isSpaceCode(c)) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(text.slice(start, to));
  return out;
}

const LETTER = /\p{L}/u;
const UPPER_INITIAL = /^\p{Lu}/u;

/** `/\p{L}/u.test(text.slice(start, end))`: some letter in the range. */
export function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    } else return LETTER.test(text.slice(i, end)); // rare: let the regex judge the rest
  }
  return false;
}

/** `/^\p{Lu}/u.test(text.slice(start, end))`: the range opens with an upper-case letter. */
export function upperInitial(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_INITIAL.test(text.slice(start, end));
}

/** A test on the word text[start, end). */
export type WordTest = (text: string, start: number, end: number) => boolean;

/**
 * How many words of text[start, end) pass `test`, words being what `split(/\s+/)` gives minus
 * the empty strings; stops early (returning -1) at the first word that fails `required`, if given,
 * and stops counting at `limit`.
 */
export function countWords(text: string, start: number, end: number, test: WordTest, required?: WordTest, limit = Infinity): number {
  let n = 0;
  let i = start;
  while (i < end && n < limit) {
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const wordStart = i;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
    if (test(text, wordStart, i)) {
      if (required && !required(text, wordStart, i)) return -1;
      n++;
    }
  }
  return n;
}

/** More than three characters long: a word a title capitalises. */
export const isLongWord: WordTest = (_text, start, end) => end - start > 3;

/** White space, then `.`, `!`, `?` or `…` stand right before the mark at i (and after `from`). */
export function afterSentenceEnd(text: string, i: number, from: number): boolean {
  let k = i - 1;
  if (k < from || !isSpaceCode(text.charCodeAt(k))) return false;
  while (k > from && isSpaceCode(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** `end` moved back over white space, no further than `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A token that is a quotation mark: double, one half of a `''` pair (wink splits it in two), or single. */
export function isQuoteMark(value: string): boolean {
  // By length first: every token is tested, and nearly all are longer than one character.
  if (value.length === 1) {
    const c = value.charCodeAt(0);
    return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 39 || c === 0x2018 || c === 0x2019;
  }
  return value === "''";
}

/** The token after the quotation mark at `k` (one token, or two for `''`), or `k` when none is there. */
export function pastMarks(tokens: readonly Token[], k: number): number {
  const end = k + 2;
  while (k < end && isQuoteMark(tokens[k]?.value ?? '')) k++;
  return k;
}

/** The token before the quotation mark ending at `k` (one token, or two for `''`), or `k - 1` when none is there. */
export function beforeMarks(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  while (j > k - 3 && isQuoteMark(tokens[j]?.value ?? '')) j--;
  return j;
}

/** A possessive's mark, which wink splits off its noun: "'s" or "’s". */
export function isPossessiveMark(value: string | undefined): boolean {
  return value === "'s" || value === '’s';
}

/** A bare apostrophe token, straight or curly: a plural's possessive ("voters'") or a single closing mark. */
export function isApostrophe(value: string | undefined): boolean {
  return value === "'" || value === '’';
}

/**
 * Token j is a plural's possessive apostrophe, glued to a word ending in s and followed by a
 * word: "Sanders’ office", "the voters' choice" (no closing mark).
 */
export function isPluralPossessive(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const owner = tokens[j - 1];
  const next = tokens[j + 1];
  return isApostrophe(t.value) && owner?.end === t.start && /s$/i.test(owner.value) && next !== undefined && next.start > t.end && /^\p{L}/u.test(next.value);
}

/** "not" or its contraction "n't" (a token's normal form). */
export function isNot(word: string | undefined): boolean {
  return word === 'not' || word === "n't";
}
