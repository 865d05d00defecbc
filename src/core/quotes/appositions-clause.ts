import type { Token } from '../types.js';
import { phraseEndingAt } from './noun-phrases.js';

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
    let verb = false;
    for (let k = segments[0]!.start; k < seg.start && !verb; k++) verb = tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX';
    if (!verb) return;
    segments.splice(0, i + 1, { start: seg.start + 1, end: seg.end });
    return;
  }
}
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);
