/**
 * A sentence end wink reads where the sentence goes on: a question or exclamation mark closing
 * a title or a quote ("the musical Can You Swim? in second place", "“Why now?” he asked"), or a
 * quote closed with a full stop in place of a comma ("“It is over.” he said"), before a word in
 * lower case. Edited English starts no sentence in lower case, so the word continues it. And
 * closing marks wink puts after a sentence end: they close the sentence before, not the next.
 */
import type { Token } from '../types.js';

/** Marks that may close a quote or an aside after its "?", "!" or ".". */
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '’', '”', '»', ')']);

/** A token's text and offsets: all the test reads (the full Token is not needed). */
type PlacedWord = Pick<Token, 'value' | 'start' | 'end'>;

/**
 * wink ended a sentence (it opened at `spanStart`) before token `first`, which continues it. The
 * mark and its closers are glued to the word, as written: text tokenized with spaces ("time ? ’
 * former …", as some corpora lower-case and space it) starts sentences in lower case. Nor before
 * a name spelled with a capital inside ("eBay", "iPod"): only a word all in lower-case letters.
 */
export function continuesAfterMark(tokens: readonly PlacedWord[], spanStart: number, first: number): boolean {
  if (!/^\p{Ll}+$/u.test(tokens[first]?.value ?? '')) return false;
  let k = first - 1;
  while (k > spanStart && gluedCloser(tokens, k)) k--;
  const mark = tokens[k]?.value;
  // A full stop goes on in a quote, not in a bracket ("Rep. Tom Pell (D-Va.) at …"): the
  // speaker finder takes a subject across that break (docs/quotes.md).
  if (mark !== '?' && mark !== '!' && !(mark === '.' && tokens[k + 1]?.value !== ')' && k < first - 1)) return false;
  return tokens[k - 1] !== undefined && tokens[k - 1]!.end === tokens[k]!.start && opensInCapital(tokens, spanStart, k);
}

/**
 * How many closing marks at token `first` (wink's start of a sentence) close the sentence before:
 * each glued to the one before, back to its "?", "!" or "." ("«It is.» The …", "''It is.'' The …":
 * wink reads the second apostrophe of a two-apostrophe mark, or a » after a stop, as the next
 * sentence's opening). A mark spaced from its stop is left where it is.
 */
export function closersAfterEnd(tokens: readonly PlacedWord[], first: number, endToken: number): number {
  let k = first;
  while (k < endToken && gluedCloser(tokens, k)) k++;
  if (k === first) return 0;
  let j = first - 1;
  while (gluedCloser(tokens, j)) j--;
  return /[.!?…]$/.test(tokens[j]?.value ?? '') ? k - first : 0;
}

/** Token k is a closing mark glued to the token before it. */
function gluedCloser(tokens: readonly PlacedWord[], k: number): boolean {
  return k > 0 && CLOSERS.has(tokens[k]?.value ?? '') && tokens[k - 1]!.end === tokens[k]!.start;
}

/** The first word of tokens [from, to) starts with a capital letter. */
function opensInCapital(tokens: readonly PlacedWord[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const value = tokens[t]!.value;
    if (/\p{L}/u.test(value)) return /^\p{Lu}/u.test(value);
  }
  return false;
}
