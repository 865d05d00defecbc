/**
 * The speech attributions a run missed, for reading by hand: each with its cue, its source and
 * the predicted quote that overlaps it most (the one that missed it on boundaries, if any).
 * Uses the same matching as the figures (polnear-match.ts), so a listed miss is one the recall counts.
 */
import type { Span } from '../types.js';
import { isSpeechCue } from './polnear-cues.js';
import type { PolnearDocument } from './polnear-format.js';
import { overlapOf, total, type PolnearMatching } from './polnear-match.js';

export interface PolnearMiss {
  readonly doc: string;
  readonly cue: string;
  readonly source: string;
  /** The annotated content, its parts joined by " … ", and where it starts in the raw text. */
  readonly content: string;
  readonly start: number;
  /**
   * The predicted quote overlapping the content most, with the share of the content it covers
   * and the share of itself inside the content (a match needs both ≥ 0.5); null when none overlaps.
   */
  readonly nearest: { readonly text: string; readonly coversGold: number; readonly insideGold: number; readonly matchedElsewhere: boolean } | null;
}

/** The speech-verb attributions of `doc` left unmatched by the predicted quotes of `matching`, in text order. */
export function polnearMisses(doc: PolnearDocument, matching: PolnearMatching): PolnearMiss[] {
  const misses: PolnearMiss[] = [];
  const claimed = new Set(matching.goldMatch);
  doc.attributions.forEach((a, g) => {
    if (matching.goldMatch[g]! >= 0 || !isSpeechCue(a.cue)) return;
    let best = -1;
    let bestOverlap = 0;
    matching.predicted.forEach((spans, p) => {
      const overlap = overlapOf(spans, a.contents);
      if (overlap > bestOverlap) [best, bestOverlap] = [p, overlap];
    });
    const spans = best >= 0 ? matching.predicted[best]! : [];
    misses.push({
      doc: doc.id,
      cue: a.cue,
      source: a.sources.map((s) => s.text).join(' | '),
      content: textOf(doc.text, a.contents),
      start: a.contents[0]!.start,
      nearest:
        best >= 0
          ? {
              text: textOf(doc.text, spans),
              coversGold: bestOverlap / total(a.contents),
              insideGold: bestOverlap / Math.max(1, total(spans)),
              matchedElsewhere: claimed.has(best),
            }
          : null,
    });
  });
  return misses.sort((x, y) => x.start - y.start);
}

function textOf(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ')).join(' … ');
}

/** One miss as text lines: the annotation, then what we found there. */
export function formatMiss(m: PolnearMiss): string {
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const near = m.nearest
    ? `  ours: ${m.nearest.text}\n        (covers ${pct(m.nearest.coversGold)} of it, ${pct(m.nearest.insideGold)} of ours inside it${m.nearest.matchedElsewhere ? '; matched to another' : ''})\n`
    : '  ours: —\n';
  return `${m.doc}@${m.start}  cue "${m.cue}"  source "${m.source}"\n  gold: ${m.content}\n${near}`;
}
