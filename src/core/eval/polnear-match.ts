/** Pairs predicted quotes with annotated attributions: the matching behind every figure and listing. */
import type { Quote, Span } from '../types.js';
import { alignToRaw, spanToRaw } from './polnear-align.js';
import type { PolnearDocument } from './polnear-format.js';

/** How one document's predictions pair with its attributions: the input of the counts and of the misses listing. */
export interface PolnearMatching {
  /** Cleaned-text offset → raw-text offset. */
  readonly map: Int32Array;
  /** Each predicted quote's parts, in raw-text offsets. */
  readonly predicted: readonly Span[][];
  /** Per predicted quote: 1 when it matches any attribution. */
  readonly matchesAny: Uint8Array;
  /** Per attribution: the predicted quote matched to it one-to-one, or -1. */
  readonly goldMatch: Int32Array;
}

/** Pairs predictions with attributions (≥ 50% overlap both ways), one-to-one, best overlap first. */
export function matchDocument(doc: PolnearDocument, quotes: readonly Quote[], cleaned: string): PolnearMatching {
  const map = alignToRaw(cleaned, doc.text);
  const predicted = quotes.map((q) => q.parts.map((p) => spanToRaw(p, cleaned, map)));
  const gold = doc.attributions;
  const pairs: { p: number; g: number; score: number }[] = [];
  const matchesAny = new Uint8Array(predicted.length);
  const goldLengths = gold.map((a) => total(a.contents));
  predicted.forEach((spans, p) => {
    const pLength = total(spans);
    gold.forEach((a, g) => {
      const gLength = goldLengths[g]!;
      const overlap = overlapOf(spans, a.contents);
      if (pLength > 0 && gLength > 0 && overlap >= 0.5 * pLength && overlap >= 0.5 * gLength) {
        matchesAny[p] = 1;
        pairs.push({ p, g, score: (2 * overlap) / (pLength + gLength) });
      }
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const usedP = new Uint8Array(predicted.length);
  const goldMatch = new Int32Array(gold.length).fill(-1);
  for (const { p, g } of pairs) {
    if (usedP[p] || goldMatch[g]! >= 0) continue;
    usedP[p] = 1;
    goldMatch[g] = p;
  }
  return { map, predicted, matchesAny, goldMatch };
}

export function total(spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += Math.max(0, s.end - s.start);
  return n;
}

export function overlapOf(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}
