import type { Span, Token } from '../types.js';
import { cueLemma, type Candidate } from './candidate.js';
import { isQuoteMark } from './text.js';

/**
 * `X said (that) A. “B.”` and `A, X said. “B.”`: a quote with no cue of its own right after reported
 * speech by a "say" cue, in the same paragraph with nothing but the sentence's end (and the cue,
 * when it follows A) between them, goes on with it. PolNeAR annotates the two as one attribution
 * (content A … B); listed apart, A was a false quote. Measured on train (pairs of such quotes, by
 * whether one annotation holds both): for "say" 13 as one against 3 as two; for other cues (noted,
 * argued, announced, …) more often two, so those stay apart, as do pairs a paragraph break divides
 * (4 as one against 2 as two: too close to call).
 */
export function continuesReported(text: string, tokens: readonly Token[], last: Candidate, next: Candidate): boolean {
  if (!next.inherits || next.kind !== 'direct' || last.kind !== 'indirect' || !last.subject || !last.cue) return false;
  if (cueLemma(tokens, last.cue.first) !== 'say') return false;
  const end = last.parts[last.parts.length - 1]!.end;
  const between = text.slice(end, next.parts[0]!.start);
  if (between.includes('\n')) return false;
  // "A, Mr. Roe said. “B.”": the cue after A, and its sentence's end.
  if (tokens[last.cue.first]!.start >= end) return between.length <= MAX_CUE_GAP && CUE_THEN_STOP.test(between);
  if (between.length > MAX_GAP || !ONLY_STOPS_AND_MARKS.test(between)) return false;
  // The sentence ends between them (or inside A's closing mark: "… “to bring us together.” “B.”").
  return /[.!?]/.test(between) || /[.!?]["'”’]*$/u.test(text.slice(end - 3, end));
}

const MAX_GAP = 8;
/** Room for the cue, its subject and a short adjunct ("he said in an interview"). */
const MAX_CUE_GAP = 60;
const ONLY_STOPS_AND_MARKS = /^[\s.!?"'“”‘’]*$/u;
/** Words with no quotation mark, a sentence's stop, then the opening mark. */
const CUE_THEN_STOP = /^[^"'“”‘’.!?]*[.!?]\s*["'“‘]*$/u;

/**
 * The quote's parts with their quotation marks, for joining it to reported speech: the reader still
 * sees which words are the speaker's own (“B”), as PolNeAR's content holds them.
 */
export function withMarks(text: string, parts: readonly Span[]): Span[] {
  return parts.map(({ start, end }) => {
    while (start > 0 && isQuoteMark(text[start - 1]!)) start--;
    // (Past the comma a part leaves inside its closing mark: “B,” he said.)
    if (text[end] === ',' && isQuoteMark(text[end + 1] ?? '')) end++;
    while (end < text.length && isQuoteMark(text[end]!)) end++;
    return { start, end };
  });
}
