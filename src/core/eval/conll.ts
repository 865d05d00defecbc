/**
 * CoNLL-2003 reading and conlleval-style scoring (Tjong Kim Sang & De Meulder 2003):
 * an entity counts as found only when both its exact token span and its type match.
 */
import type { TaggerDocument } from '../entities/prepare.js';
import { SPAN_TYPES, type SpanType, type TokenSpan } from '../entities/labels.js';

export interface ConllDocument extends TaggerDocument {
  /** Gold entities, token indices into `words`. */
  readonly gold: readonly TokenSpan[];
}

/**
 * Parses the four-column CoNLL format (`token POS chunk NER`, blank line between sentences,
 * `-DOCSTART-` between documents). Tags are IOB1 (`I-X` continues or starts a span, `B-X`
 * starts one only where two spans of one type touch); IOB2 files read the same way.
 */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let words: string[] = [];
  let starts: number[] = [];
  let gold: TokenSpan[] = [];
  let open: { type: SpanType; start: number } | null = null;
  let sentenceOpen = false;

  const closeSpan = (end: number) => {
    if (open) gold.push({ type: open.type, start: open.start, end });
    open = null;
  };
  const closeDoc = () => {
    closeSpan(words.length);
    if (words.length > 0) docs.push({ words, sentenceStarts: starts, gold });
    words = [];
    starts = [];
    gold = [];
    sentenceOpen = false;
  };

  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      closeSpan(words.length);
      sentenceOpen = false;
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      closeDoc();
      continue;
    }
    if (cols.length < 2) throw new Error(`not a CoNLL line: ${line.slice(0, 60)}`);
    const tag = cols[cols.length - 1]!;
    if (!sentenceOpen) {
      starts.push(words.length);
      sentenceOpen = true;
    }
    const i = words.length;
    words.push(cols[0]!);
    if (tag === 'O') {
      closeSpan(i);
      continue;
    }
    const m = /^([BI])-(PER|ORG|LOC|MISC)$/.exec(tag);
    if (!m) throw new Error(`unknown CoNLL tag ${tag}`);
    const type = m[2] as SpanType;
    if (m[1] === 'B' || open === null || (open as { type: SpanType }).type !== type) {
      closeSpan(i);
      open = { type, start: i };
    }
  }
  closeDoc();
  return docs;
}

/**
 * Keeps sentences `from` to `to` (numbered from 1 across the whole file, inclusive); each
 * document keeps the sentences it has in that range, and a document left with none is
 * dropped. Gold spans never cross a sentence, so they move with their sentence. It picks a
 * part of a file whose sentence ids are lost in the CoNLL format, such as the news half of
 * UNER's English PUD (sentences 1-500; the Wikipedia half follows).
 */
export function selectSentences(docs: readonly ConllDocument[], from: number, to: number): ConllDocument[] {
  const out: ConllDocument[] = [];
  let number = 0;
  for (const d of docs) {
    const words: string[] = [];
    const sentenceStarts: number[] = [];
    const gold: TokenSpan[] = [];
    d.sentenceStarts.forEach((_, s) => {
      number++;
      if (number < from || number > to) return;
      const sentence = sentenceOf(d, s);
      const shift = words.length;
      sentenceStarts.push(shift);
      words.push(...sentence.words);
      for (const g of sentence.gold) gold.push({ type: g.type, start: g.start + shift, end: g.end + shift });
    });
    if (words.length > 0) out.push({ words, sentenceStarts, gold });
  }
  return out;
}

/** Sentence `s` (from 0) of a document as a document of its own, its gold spans moved with it. */
export function sentenceOf(d: ConllDocument, s: number): ConllDocument {
  const start = d.sentenceStarts[s]!;
  const end = s + 1 < d.sentenceStarts.length ? d.sentenceStarts[s + 1]! : d.words.length;
  const gold = d.gold.filter((g) => g.start >= start && g.start < end).map((g) => ({ type: g.type, start: g.start - start, end: g.end - start }));
  return { words: d.words.slice(start, end), sentenceStarts: [0], gold };
}

export interface TypeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface ConllScore {
  readonly overall: TypeScore;
  readonly byType: Readonly<Record<string, TypeScore>>;
  /**
   * Exact spans whatever their type: what a corpus annotated to other typing guidelines
   * (UNER types a country acting as a government ORG, CoNLL-2003 LOC) can still measure.
   */
  readonly untyped: TypeScore;
}

function typeScore(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

/**
 * Exact-span precision, recall and F1 per type and over `types` together. Spans of other
 * types (MISC by default) are ignored on both sides.
 */
export function scoreSpans(
  pairs: Iterable<{ readonly gold: readonly TokenSpan[]; readonly predicted: readonly TokenSpan[] }>,
  types: readonly SpanType[] = SPAN_TYPES.filter((t) => t !== 'MISC'),
): ConllScore {
  const counts = new Map(types.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  let untypedCorrect = 0;
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set<string>();
    const goldSpans = new Set<string>();
    for (const s of gold) {
      const c = counts.get(s.type);
      if (!c) continue;
      c.gold++;
      goldKeys.add(`${s.type}:${s.start}:${s.end}`);
      goldSpans.add(`${s.start}:${s.end}`);
    }
    for (const s of predicted) {
      const c = counts.get(s.type);
      if (!c) continue;
      c.predicted++;
      if (goldKeys.has(`${s.type}:${s.start}:${s.end}`)) c.correct++;
      if (goldSpans.delete(`${s.start}:${s.end}`)) untypedCorrect++;
    }
  }
  const byType: Record<string, TypeScore> = {};
  let g = 0,
    p = 0,
    k = 0;
  for (const [type, c] of counts) {
    byType[type] = typeScore(c.gold, c.predicted, c.correct);
    g += c.gold;
    p += c.predicted;
    k += c.correct;
  }
  return { overall: typeScore(g, p, k), byType, untyped: typeScore(g, p, untypedCorrect) };
}
