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
  let k = i - 1;
  while (k > end && tokens[k]!.pos === 'ADV' && !isNot(tokens[k]!.normal)) k--;
  return k >= end && (tokens[k]!.normal === 'to' || isNot(tokens[k]!.normal));
}
