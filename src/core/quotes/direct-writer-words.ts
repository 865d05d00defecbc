import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import type { FoundCue } from './direct-cues.js';
import { isQuoteMark } from './text.js';

/** The writer's words around a direct quote that go with its statement: a lead-in, a tail that ends the sentence, a paraphrase after the cue. */

const STOPS = new Set([',', '.', '?', '!']);

/**
 * The lead-in from `from` to the opening mark at `open` goes with the quote closing at `close`: no
 * cue word in it (the words would be another statement's). Words in marks of its own are the
 * speaker's too (`“Small boats” are “not welcome,” X said`) when they pair up there (not the outer
 * mark of a nested quote, `‘The pier “will be sold”’`) and a comma ends the quote, as before a cue
 * (not a title in the speaker's phrase: `…, the report on “Harbour Plan 2004” said`).
 */
export function leadInHolds(tokens: readonly Token[], from: number, open: number, close: number): boolean {
  let marks = 0;
  for (let k = from; k < open; k++) {
    if (cueLemma(tokens, k)) return false;
    if (isQuoteMark(tokens[k]!.value)) marks++;
  }
  if (marks === 0) return true;
  let before = close;
  while (before > open && isQuoteMark(tokens[before]!.value)) before--;
  return marks % 2 === 0 && (tokens[before]?.value === ',' || tokens[close + 1]?.value === ',');
}

/**
 * After the closing mark at `close`, a short run of the writer's words ends the sentence: no cue,
 * no other quote. Not after a comma or a stop, inside the marks or just after them (“…,” a
 * crestfallen Lim confided; “… ever.” A ruling is due): a cue we do not know, or a new sentence.
 */
export function writerTail(tokens: readonly Token[], close: number): boolean {
  if (STOPS.has(tokens[close - 1]?.value ?? '') || STOPS.has(tokens[close + 1]?.value ?? '')) return false;
  for (let k = close + 1; k < close + 16; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[close]!.sentence) return k > close + 1;
    if (isQuoteMark(t.value) || cueLemma(tokens, k)) return false;
  }
  return false;
}

/** The end of the last word of the sentence of token k, before its closing punctuation. */
export function sentenceEndBeforeStop(tokens: readonly Token[], k: number): number {
  let last = k;
  for (let j = k + 1; j < tokens.length && tokens[j]!.sentence === tokens[k]!.sentence; j++) if (tokens[j]!.pos !== 'PUNCT') last = j;
  return tokens[last]!.end;
}

/**
 * “Only you,” she said, would use …: after a cue that follows its subject and a comma, the rest of
 * the sentence going on as a predicate (an auxiliary, "to" and a verb, "rather than") is the
 * writer's paraphrase of the rest of what was said (PolNeAR annotates it with the quote; quotes11
 * round). Returns its first token, or -1. Not after an inverted cue ("said Derek Broes, from X").
 */
export function paraphraseAfter(tokens: readonly Token[], found: FoundCue): number {
  const end = found.end;
  const first = tokens[end + 1];
  if (!found.subject || found.subject.end > found.cue.first || tokens[end]?.value !== ',' || !first || first.sentence !== tokens[end]!.sentence) return -1;
  const predicate = first.pos === 'AUX' || first.normal === 'rather' || (first.normal === 'to' && tokens[end + 2]?.pos === 'VERB');
  if (!predicate) return -1;
  for (let k = end + 1; k < tokens.length && tokens[k]!.sentence === first.sentence; k++) if (isQuoteMark(tokens[k]!.value) || cueLemma(tokens, k)) return -1;
  return end + 1;
}
