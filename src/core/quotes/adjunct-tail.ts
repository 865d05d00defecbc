import type { Token } from '../types.js';
import { isDashAt } from './dashes.js';
import { isQuoteMark } from './text.js';

/**
 * "…, Roe said Wednesday morning on Harbour TV's “Dock Hour.”", "…, Roe insisted on Friday during
 * a whistle stop tour of harbour towns.", "…, Roe said on Tuesday at a dinner in Dover — a
 * reversal of …": after a final cue, a time and prepositional phrases (with a show's title in marks)
 * run longer than the short tail of a closing cue, and they say nothing: they end the sentence, or
 * give way to the writer's aside after a dash. Returns where the tail ends, or null when a verb, a
 * clause or a quotation comes first.
 */
export function adjunctTail(tokens: readonly Token[], from: number, last: number): number | null {
  let phrases = 0;
  for (let k = from; k <= last; k++) {
    if (k - from >= MAX_ADJUNCT_TAIL) return null;
    const t = tokens[k]!;
    if (isDashAt(tokens, k)) return phrases > 0 && k > from + 1 ? k : null;
    // A title in marks that closes the sentence: capitalised words only ("on Harbour TV's “Dock Hour.”").
    if (isQuoteMark(t.value)) return phrases > 0 && titleToEnd(tokens, k + 1, last) ? last + 1 : null;
    if (t.pos === 'ADP') phrases++;
    else if (!TAIL_POS.has(t.pos) && !nounRead(tokens, k, last)) return null;
  }
  return phrases > 0 ? last + 1 : null;
}

/**
 * "a whistle stop/VERB tour", "radio shows/VERB.": a present form right after a noun and
 * before another noun or the end is one of the phrase's nouns; not a past form, nor one with an
 * object ("planes filled the skies": a clause).
 */
function nounRead(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'VERB' && !t.normal.endsWith('ed') && NOUNS.has(tokens[k - 1]!.pos) && (k === last || tokens[k + 1]!.pos === 'NOUN');
}

/** Capitalised words (and the punctuation of a title) from `from` to the sentence's last word. */
function titleToEnd(tokens: readonly Token[], from: number, last: number): boolean {
  if (from > last) return false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.value) && t.pos !== 'PUNCT' && t.pos !== 'NUM' && !TITLE_SMALL_WORDS.has(t.normal)) return false;
  }
  return true;
}

/** A tail of adjuncts is longer than a closing cue's (MAX_TAIL), not a sentence's length. */
const MAX_ADJUNCT_TAIL = 16;
const NOUNS = new Set(['NOUN', 'PROPN']);
/** What phrases of time and place are made of: "Wednesday morning on Harbour TV's", "during a bus tour of harbour radio shows". */
const TAIL_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADV']);
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'to', 'for', 'with', "'s", '’s']);
