import type { Token } from '../types.js';
import { phraseEndingAt } from './noun-phrases.js';
import { RELATIVES } from './clause-words.js';

/** A comma-separated segment of tokens [start, end) before a cue (phrases.ts's subjectOfAppositions walks them). */
export interface Segment {
  start: number;
  end: number;
}

/**
 * "The firm hired two pilots, and Mr Pell, 47, who …, said": a segment that "and" or "but" opens
 * after a clause (a verb in the segments before it) opens the cue's own clause, so its name leads
 * the appositions; the segments before it are another clause. (A list of names, "Roe, Lee, and
 * Pell, who …", has no verb before the conjunction and stays whole.)
 */
export function clauseAtConjunction(tokens: readonly Token[], segments: Segment[]): void {
  for (let i = segments.length - 1; i > 0; i--) {
    const seg = segments[i]!;
    if (!CLAUSE_CONJUNCTIONS.has(tokens[seg.start]!.normal) || seg.end - seg.start < 2) continue;
    // (Only a noun phrase after the conjunction: "…, and virulently opposed Roe, said" goes on with a verb.)
    if (phraseEndingAt(tokens, seg.end - 1, seg.start + 1)?.first !== seg.start + 1) return;
    if (!mainVerbBefore(tokens, segments, seg.start)) return;
    segments.splice(0, i + 1, { start: seg.start + 1, end: seg.end });
    return;
  }
}

/**
 * A segment before token `upto` holds a clause's own verb. Not one after a relative word in its
 * segment ("Tom Roe, who met Lee, and Ann Pell … said" is a pair of subjects) nor a participle
 * ("Ann Lee, a lawyer representing Roe, and her partner … said").
 */
function mainVerbBefore(tokens: readonly Token[], segments: readonly Segment[], upto: number): boolean {
  for (const seg of segments) {
    for (let k = seg.start; k < seg.end && k < upto; k++) {
      const t = tokens[k]!;
      if (RELATIVES.has(t.normal) || t.normal === 'whose') break;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.normal.endsWith('ing')) return true;
    }
  }
  return false;
}
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);
