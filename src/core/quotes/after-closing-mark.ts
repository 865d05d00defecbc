import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { CORE_SUBORDINATORS } from './clause-words.js';
import { NOMINATIVE } from './subject-words.js';
import { beforeMarks, isQuoteMark } from './text.js';
import { isDash } from './dashes.js';

/**
 * What follows a direct quote's closing mark in its sentence: nothing but punctuation, a short
 * adjunct of the writer's, or a hand-over to the writer's words (a participle, a dash). Shared by
 * the cue before the marks (cue-before.ts) and the cue after them (direct-cues.ts).
 */

/**
 * After the closing mark the sentence goes on with the writer's words only: a participle
 * (“…,” adding that … / “…,” promising to …) or an aside after a dash (“…” — the first to …).
 */
export function handsOver(tokens: readonly Token[], close: number): boolean {
  const next = tokens[close + 1];
  if (!next) return false;
  if (isDash(next.value)) return true;
  // The comma stands before or inside the closing mark: “…,” adding … / “…”, adding …
  // (Two-apostrophe marks are two tokens: ,'' adding ….)
  const p = next.value === ',' ? close + 2 : tokens[beforeMarks(tokens, close + 1)]?.value === ',' ? close + 1 : -1;
  const participle = tokens[p];
  return (
    participle !== undefined &&
    (cueLemma(tokens, p) !== undefined ||
      ((participle.pos === 'VERB' || participle.pos === 'ADJ') && participle.normal.endsWith('ing')) ||
      // “…,” when asked whether …: a subordinate clause of the writer's.
      WRITER_CLAUSE_OPENERS.has(participle.normal) ||
      // “…,” but he denied that …: a contrast with a subject and verb of its own.
      (participle.normal === 'but' && NOMINATIVE.has(tokens[p + 1]?.normal ?? '') && FINITE.has(tokens[p + 2]?.pos ?? '')))
  );
}
const FINITE = new Set(['VERB', 'AUX']);

/** The shared subordinators but "if": a condition after the marks may be the speaker's own ("said, if elected, …"). */
const WRITER_CLAUSE_OPENERS = new Set(CORE_SUBORDINATORS.filter((w) => w !== 'if'));

/**
 * After the closing mark the sentence ends in a short verbless adjunct of the writer's: Roe said,
 * “I have not heard that” from the agency. · Roe tweeted, “Thank you!” on Friday afternoon. What was
 * said runs to the sentence's end, as PolNeAR annotates it.
 */
export function adjunctEndsSentence(tokens: readonly Token[], close: number): boolean {
  let k = close + 1;
  if (tokens[k]?.value === ',') k++;
  const first = tokens[k];
  if (!first || first.sentence !== tokens[close]!.sentence || (first.pos !== 'ADP' && first.pos !== 'ADV')) return false;
  for (let end = k + 12; k < end; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[close]!.sentence) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.value === ',' || isQuoteMark(t.value)) return false;
  }
  return false;
}

/** Nothing but closing punctuation follows the closing mark at token `close` in its sentence. */
export function closesSentence(tokens: readonly Token[], close: number): boolean {
  for (let k = close + 1; k < tokens.length && tokens[k]!.sentence === tokens[close]!.sentence; k++) {
    if (tokens[k]!.pos !== 'PUNCT') return false;
  }
  return true;
}
