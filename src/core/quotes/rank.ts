import type { Quote } from '../types.js';
import { countWords, hasLetter, upperInitial } from './text.js';

/** Past this many words a quote is substantial enough; longer ones earn nothing more. */
const ENOUGH_WORDS = 40;

/**
 * The `n` most substantial quotes, for a brief: long enough to say something, spoken by someone
 * the article names, direct quotes ahead of paraphrase. Returned in article order.
 */
export function rankQuotes(quotes: readonly Quote[], n: number): Quote[] {
  const scored = quotes.map((q, index) => ({ q, index, score: substance(q) }));
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored
    .slice(0, Math.max(0, n))
    .sort((a, b) => a.q.start - b.q.start)
    .map((s) => s.q);
}

function substance(q: Quote): number {
  const words = q.parts.reduce((n, p) => n + countWords(p.text, 0, p.text.length, hasLetter), 0);
  let score = Math.min(words, ENOUGH_WORDS);
  if (q.kind === 'direct') score *= 1.25;
  // An unresolved pronoun names no one either.
  if (!q.speaker || !q.speaker.resolved) score *= 0.5;
  // A named speaker (capitalised) is worth more than "officials".
  else if (upperInitial(q.speaker.name, 0, q.speaker.name.length)) score *= 1.2;
  return score;
}
