/**
 * The tagger's label set: BILOU encoding (Begin, Inside, Last, Unit, Outside) over the four
 * CoNLL-2003 types. Ratinov & Roth (2009, "Design challenges and misconceptions in NER")
 * found BILOU beats BIO/IOB1 for greedy taggers. MISC is learnt so that nationalities and
 * events are not forced into ORG or PLACE, but precis does not report it.
 */
export const SPAN_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type SpanType = (typeof SPAN_TYPES)[number];

/** Label 0 is O; then B, I, L, U for each type in SPAN_TYPES order. */
export const LABELS: readonly string[] = ['O', ...SPAN_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const LABEL_COUNT = LABELS.length;

export const enum Part {
  B = 0,
  I = 1,
  L = 2,
  U = 3,
}

export function labelOf(type: number, part: Part): number {
  return 1 + type * 4 + part;
}
/** Type index of a label, -1 for O. */
export function typeOfLabel(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}
export function partOfLabel(label: number): Part {
  return ((label - 1) & 3) as Part;
}

/** A tagged span over document token indices `[start, end)`. */
export interface TokenSpan {
  readonly type: SpanType;
  readonly start: number;
  readonly end: number;
}

/** Turns per-token spans into BILOU labels over `length` tokens. */
export function spansToLabels(spans: readonly TokenSpan[], length: number): Uint8Array {
  const labels = new Uint8Array(length);
  for (const s of spans) {
    const t = SPAN_TYPES.indexOf(s.type);
    if (s.end - s.start === 1) labels[s.start] = labelOf(t, Part.U);
    else {
      labels[s.start] = labelOf(t, Part.B);
      for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = labelOf(t, Part.I);
      labels[s.end - 1] = labelOf(t, Part.L);
    }
  }
  return labels;
}
