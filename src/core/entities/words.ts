/**
 * What the rules after the tagger share: what they ask of a document's words, asked the same way
 * by each, and the copy of a list of spans made only when a rule changes one.
 */

import { countBelow } from '../sorted.js';

/** A capitalised word: one capital, then lower-case letters only ("Council"; not "McDonald", "UN"). */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A word that opens with a capital and a lower-case letter ("Council", "McDonald", "Jae-myung"; not "UN"). */
export const STARTS_CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A word that opens with a capital ("Council", "UN"). */
export const STARTS_UPPER = /^\p{Lu}/u;
/** A given name's initial, with or without its full stop ("T", "B."). */
export const INITIAL = /^\p{Lu}\.?$/u;
/**
 * Whether a word may open with a capital: false for every word STARTS_UPPER rejects in ASCII
 * (digits, punctuation, "a".."z"), true for "A".."Z" and anything past ASCII, which STARTS_UPPER
 * must then judge. One character code, no pattern: cheap enough to ask of every word of a document.
 */
export function mayStartUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || c > 127;
}
/** Where a document's words may open with a capital (`upper`, as mayStartUpper says) and where they open with a digit (`digit`), ascending. */
export interface WordStarts {
  readonly upper: readonly number[];
  readonly digit: readonly number[];
}
const STARTS = new WeakMap<readonly string[], WordStarts>();
/**
 * The document's word starts, found in one pass over its words on the first question and kept
 * while the words are: the rules that look for a capitalised word or a number (headed-runs.ts,
 * company-kinds.ts, digit-names.ts, acronyms.ts, listed-runs.ts) walk these instead of each
 * reading every word again.
 */
export function wordStarts(words: readonly string[]): WordStarts {
  let found = STARTS.get(words);
  if (found === undefined) {
    const upper: number[] = [];
    const digit: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (mayStartUpper(w)) upper.push(i);
      else if (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) digit.push(i);
    }
    STARTS.set(words, (found = { upper, digit }));
  }
  return found;
}
/** A word that opens with a letter of any case ("Council", "council"; not "'", "3G"). */
export const STARTS_LETTER = /^\p{L}/u;
/** A word that opens with a lower-case letter ("council"). */
export const STARTS_LOWER = /^\p{Ll}/u;
/** An Arabic family name ("Al-Maktoum", "el-Sisi"): it goes on a person's name, never starts one. */
export const ARABIC_FAMILY_NAME = /^[AaEe]l-\p{Lu}\p{L}+$/u;

/**
 * Lower-case particles inside people's names (Dutch, German, French, Italian, Spanish,
 * Portuguese, Arabic): "Virgil van Dijk", "Bashar al Assad". One list for the repair that joins
 * a person's name across them and for the names a case-folded story lists (truecase.ts).
 */
export const NAME_PARTICLE = /^(?:von|van|der|den|de|del|della|di|da|dos|das|du|la|le|al|bin|ibn)$/;

/** Whether word `i` opens a sentence: a binary search of the sorted sentence starts, no set made per document. */
export function isSentenceStart(sentenceStarts: readonly number[], i: number): boolean {
  return sentenceStarts[countBelow(sentenceStarts, i)] === i;
}

/**
 * Whether the document's `words` hold a word as written, asked of a set made on the first
 * question (most documents ask none): one set per rule and document, not a scan per question.
 * The set lives as long as the rule's call, so no module state outlives the words it was made of.
 */
export function wordLookup(words: readonly string[]): (word: string) => boolean {
  let set: ReadonlySet<string> | undefined;
  return (word) => (set ??= new Set(words)).has(word);
}

/**
 * `items` with each replaced by `f(item, k)`, in order: the array itself when `f` returns every
 * item unchanged (most documents, for most rules), a copy otherwise.
 */
export function replaced<T>(items: readonly T[], f: (item: T, k: number) => T): readonly T[] {
  let out: T[] | undefined;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const next = f(item, k);
    if (next !== item) (out ??= items.slice(0, k)).push(next);
    else out?.push(item);
  }
  return out ?? items;
}
