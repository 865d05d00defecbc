import type { Token } from '../types.js';
import { NOMINATIVE } from './subject-words.js';
import { isNot } from './text.js';

/**
 * Statements shorter than a clause that PolNeAR annotates as what was said (Newell, Margolin and
 * Ruths, LREC 2018): a one-word answer, "the same of …", a pronoun and its auxiliary standing
 * for the clause. Split from reported.ts.
 */

/** "Jeff Roe said he would.", "They said she could not.": a pronoun and an auxiliary stand for the clause (PolNeAR annotates them). */
export function elliptical(tokens: readonly Token[], from: number, end: number): boolean {
  const length = isNot(tokens[from + 2]?.normal) ? 3 : 2;
  // (Not before a colon: "said she must: …" announces what follows.)
  return end - from === length && NOMINATIVE.has(tokens[from]!.normal) && tokens[from + 1]!.pos === 'AUX' && tokens[end]?.value !== ':';
}

/** "52 percent say the same of the bus": a poll's answer repeated for another, with no verb of its own. */
export function sameOf(tokens: readonly Token[], from: number): boolean {
  return tokens[from]?.normal === 'the' && tokens[from + 1]?.normal === 'same' && SAME_LINKS.has(tokens[from + 2]?.normal ?? '');
}

const SAME_LINKS = new Set(['of', 'about', 'for']);

/** "75 percent said yes", "half said so in the spring count": a one-word answer, as PolNeAR annotates it. */
export function oneWordAnswer(tokens: readonly Token[], i: number, lemma: string): boolean {
  // (Not after a negation or "to": "would not say so", "declined to say yes".)
  const prev = tokens[i - 1]?.normal ?? '';
  const answer = (ANSWERS.has(tokens[i + 1]?.normal ?? '') && ANSWER_ENDS.has(tokens[i + 2]?.normal ?? '.')) || closingNo(tokens, i + 1);
  return lemma === 'say' && answer && !NOT_SAID.has(prev);
}

/** "Vale said no.": wink reads a sentence's closing "no." as the abbreviation of "number" ("No. 4"), one token. */
function closingNo(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.value === 'no.' && tokens[k + 1]?.pos !== 'NUM';
}

/** Where the answer at token `k` ends, short of the full stop a closing "no." holds. */
export function answerEnd(tokens: readonly Token[], k: number): number {
  return closingNo(tokens, k) ? tokens[k]!.end - 1 : tokens[k]!.end;
}

const ANSWERS = new Set(['yes', 'no', 'so']);
const NOT_SAID = new Set(['to', 'not', "n't", 'never']);
const ANSWER_ENDS = new Set(['.', ',', ';', 'in']);
