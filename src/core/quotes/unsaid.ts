import type { Token } from '../types.js';
import { isNot } from './text.js';

/**
 * A cue that reports no statement made: "declined to say", "did not say", "did not explicitly say"
 * (an adverb between). `end` is the token after the subject, `i` the cue.
 * A saying supposed in a condition ("if Roe says the deal is off, …") is still listed: PolNeAR
 * annotates some as attributions, and leaving them out (train 3 fewer false quotes) cost a dev one
 * under its CI floor (docs/quotes.md).
 */
export function unsaid(tokens: readonly Token[], end: number, i: number): boolean {
  if (ownedModifier(tokens, i)) return true;
  let k = i - 1;
  while (k > end && tokens[k]!.pos === 'ADV' && !isNot(tokens[k]!.normal)) k--;
  return k >= end && !notOnly(tokens, k) && (tokens[k]!.normal === 'to' || isNot(tokens[k]!.normal));
}

/**
 * "the board's continued silence", "Roe's stated aim": a participle between a possessive and its
 * noun describes that noun; nothing is said. Not after a pronoun, whose "'s" is "has" ("he's
 * stated that …").
 */
function ownedModifier(tokens: readonly Token[], i: number): boolean {
  const owner = tokens[i - 1]?.normal;
  return (owner === "'s" || owner === '’s') && tokens[i - 2]?.pos !== 'PRON' && tokens[i]!.normal.endsWith('ed') && tokens[i + 1]?.pos === 'NOUN';
}

/** "Roe not only said the pier was old but …": `k` is the "not" of a focus on what comes next, no negation. */
export function notOnly(tokens: readonly Token[], k: number): boolean {
  return isNot(tokens[k]!.normal) && FOCUS.has(tokens[k + 1]?.normal ?? '');
}

/** "not only", "not just", "not merely", "not simply": an addition ("… but also …"), not a denial. */
const FOCUS: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'simply']);
