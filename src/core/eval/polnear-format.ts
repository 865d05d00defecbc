/** PolNeAR's json records (one per document, first annotator), read into plain data. */
import type { Span, TextSpan } from '../types.js';

export interface GoldAttribution {
  readonly cue: string;
  readonly sources: readonly TextSpan[];
  readonly contents: readonly Span[];
  readonly hasQuoteMark: boolean;
}

export interface PolnearDocument {
  readonly id: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
}

/** Reads one `<split>/json/<doc>.json` record; throws on anything else. */
export function readPolnearJson(data: unknown): PolnearDocument {
  const d = data as { doc?: unknown; text?: unknown; quotes?: unknown };
  if (typeof d?.text !== 'string' || !Array.isArray(d.quotes)) throw new Error('not a PolNeAR json document');
  const attributions: GoldAttribution[] = [];
  for (const q of d.quotes as {
    cue?: { text?: string } | null;
    sources?: { text?: string; start?: number; end?: number }[];
    contents?: { start: number; end: number }[];
    has_quote_mark?: boolean;
  }[]) {
    const contents = (q.contents ?? []).filter((c) => typeof c.start === 'number' && typeof c.end === 'number' && c.end > c.start);
    if (contents.length === 0) continue;
    attributions.push({
      cue: q.cue?.text ?? '',
      sources: (q.sources ?? [])
        .filter((s) => typeof s.start === 'number' && typeof s.end === 'number')
        .map((s) => ({ text: s.text ?? '', start: s.start!, end: s.end! })),
      contents: contents.map((c) => ({ start: c.start, end: c.end })),
      hasQuoteMark: q.has_quote_mark === true,
    });
  }
  return { id: typeof d.doc === 'string' ? d.doc : '', text: d.text, attributions };
}
