import type { Token } from '../types.js';
import { isNot } from './text.js';

/**
 * A cue that reports no statement made: "declined to say", "did not say", "did not explicitly say"
 * (an adverb between); or a condition, "if Roe says the deal is off, …", "unless
 * the board agrees …", whose clause is supposed, not said ("even if Roe admitted …" concedes a
 * statement that was made). `first` is the subject's first token, `end` the token after it, `i` the cue.
 */
export function unsaid(tokens: readonly Token[], first: number, end: number, i: number): boolean {
  let k = i - 1;
  while (k > end && tokens[k]!.pos === 'ADV' && !isNot(tokens[k]!.normal)) k--;
  if (k >= end && (tokens[k]!.normal === 'to' || isNot(tokens[k]!.normal))) return true;
  const lead = tokens[first - 1]?.normal;
  return (lead === 'if' || lead === 'unless') && !CONCESSIVE.has(tokens[first - 2]?.normal ?? '');
}

/** "even if", "as if": no condition on the saying. */
const CONCESSIVE = new Set(['even', 'as']);
