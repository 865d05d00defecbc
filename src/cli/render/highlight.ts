import type { ArticleRecord, EntityType, Span } from '../../index.js';

/** What a highlighted span is: a quote, or the name of a person, organisation or place. */
export type MarkKind = 'quote' | 'person' | 'organization' | 'place';

export interface Mark extends Span {
  readonly kind: MarkKind;
}

const NAME_KINDS: Partial<Record<EntityType, MarkKind>> = { PERSON: 'person', ORGANIZATION: 'organization', PLACE: 'place' };

/**
 * The spans `--highlight` colours, from the record's own offsets: each quote (each part of a
 * quote split around its cue) and each mention of a person, organisation or place. Quotes may
 * hold names, so marks nest; a name that straddles a quote's edge, or marks that overlap
 * without nesting, are dropped rather than drawn crossed.
 */
export function highlightMarks(record: ArticleRecord): Mark[] {
  const quotes: Mark[] = [];
  for (const q of record.quotes) for (const p of q.parts) quotes.push({ kind: 'quote', start: p.start, end: p.end });
  const names: Mark[] = [];
  for (const e of record.entities) {
    const kind = NAME_KINDS[e.type];
    if (kind) for (const m of e.mentions) names.push({ kind, start: m.start, end: m.end });
  }
  const kept: Mark[] = [];
  for (const mark of [...disjoint(quotes), ...disjoint(names)]) {
    if (kept.every((k) => nests(k, mark))) kept.push(mark);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Marks that do not overlap one another, earliest (then longest) first. */
function disjoint(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  for (const m of sorted) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** Apart, or one inside the other. */
function nests(a: Span, b: Span): boolean {
  return a.end <= b.start || b.end <= a.start || (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/**
 * Marks travel through the Markdown renderer as private-use characters (no Markdown meaning,
 * never in news text, kept by marked), and become colour codes only at the end.
 */
export const MARK_OPEN: Readonly<Record<MarkKind, string>> = { quote: '\ue000', person: '\ue001', organization: '\ue002', place: '\ue003' };
export const MARK_CLOSE = '\ue00f';
export const MARKER = /[\ue000-\ue00f]/g;

/** `text` (the slice of record.text from `offset`) with the marks that fall inside it as markers. */
export function insertMarkers(text: string, offset: number, marks: readonly Mark[]): string {
  const events: { at: number; marker: string; order: number }[] = [];
  const end = offset + text.length;
  for (const m of marks) {
    const s = Math.max(m.start, offset);
    const e = Math.min(m.end, end);
    if (e <= s) continue;
    // At one position, closes come before opens, outer opens before inner ones.
    events.push({ at: s - offset, marker: MARK_OPEN[m.kind], order: 1 + (m.kind === 'quote' ? 0 : 1) });
    events.push({ at: e - offset, marker: MARK_CLOSE, order: 0 });
  }
  events.sort((a, b) => b.at - a.at || b.order - a.order);
  let out = text;
  for (const ev of events) out = out.slice(0, ev.at) + ev.marker + out.slice(ev.at);
  return out;
}
