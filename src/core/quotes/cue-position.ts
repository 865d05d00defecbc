import type { Token } from '../types.js';
import { BE_FORMS, NEGATIONS } from './clause-words.js';
import { REPORT_NOUNS } from './speaker-nouns.js';
import { TIME_NOUNS } from './subject-words.js';
import { beforeMarks, isQuoteMark } from './text.js';

/**
 * Where a cue verb stands among the words before it (after a comma, a coordinator, "then", a form
 * of "be", a report noun): the tests reported.ts uses to tell whose statement a cue opens.
 */

/** A comma before token i, or a comma inside the closing mark before it (“…,” adding that …). */
export function commaBefore(tokens: readonly Token[], i: number): boolean {
  // A dash for the comma: "… – saying …".
  const k = i - 1;
  // (Two-apostrophe marks are two tokens: ''…,'' adding that ….)
  return BREAKS.has(tokens[k]?.value ?? '') || (isQuoteMark(tokens[k]?.value ?? '') && tokens[beforeMarks(tokens, i)]?.value === ',');
}

const BREAKS = new Set([',', '—', '–', '-']);

/** "issued a statement saying …", "released a statement Wednesday saying …". */
export function afterReportNoun(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 4 && (TIME_NOUNS.has(tokens[k]?.normal ?? '') || (tokens[k]?.normal === 'on' && TIME_NOUNS.has(tokens[k + 1]?.normal ?? '')))) k--;
  return REPORT_NOUNS.has(tokens[k]?.normal ?? '');
}

/**
 * The word before the cue's verb group, past adverbs and auxiliaries ("and has since said",
 * "while also saying"); a negation stops the walk ("but did not note" is no statement).
 */
export function wordBefore(tokens: readonly Token[], i: number): string {
  let k = i - 1;
  while (k > i - 4 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX') && !NEGATIONS.has(tokens[k]!.normal)) k--;
  return tokens[k]?.normal ?? '';
}

export const COORDINATORS = new Set(['and', 'but']);

/** "…, then says …", "… and then said …": "then" after a comma or "and" starts a second action. */
export function afterThen(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.normal === 'then' && (tokens[i - 2]?.value === ',' || tokens[i - 2]?.normal === 'and');
}

/** "is telling", "are saying", "was insisting": a progressive is a finite cue, not a participle. */
export function afterBe(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && tokens[k]?.pos === 'ADV' && tokens[k]!.normal !== 'not') k--;
  return BE_FORMS.has(tokens[k]?.normal ?? '');
}
