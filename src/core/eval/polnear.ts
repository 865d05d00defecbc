/**
 * Scores quote extraction against PolNeAR (Newell, Margolin and Ruths, LREC 2018): attribution
 * relations in 2016 US politics news. Pure: the CLI reads the files and hands over the data.
 *
 * Definitions (also in docs/quotes.md):
 * - A predicted quote matches an annotated attribution when their content spans each cover at
 *   least half of the other (character overlap ≥ 50% of the predicted length and ≥ 50% of the
 *   annotated length; the parts of a split quote count together).
 * - Precision: predicted quotes that match any attribution / all predicted quotes.
 * - Recall: attributions matched one-to-one (greedy by overlap) / attributions, over all of
 *   them, over those whose cue holds a speech verb, and over those whose content holds a
 *   quotation mark ("direct").
 * - Speaker accuracy, over matched pairs whose annotated source is a name or description (not
 *   a bare pronoun, not missing): the predicted speaker name shares a word with the head of the
 *   annotated source (the last word of each comma-separated phrase, before any "of"/"for"/"who"),
 *   compared lower-cased with a plural "s" and a possessive stripped; or, when the source is a
 *   description naming nobody ("the president"), the quote's subject is that same phrase in the
 *   text (precis then resolves it to a name, which PolNeAR cannot check).
 * Offsets: predicted spans index precis's cleaned text; they are mapped back to the raw file
 * (which PolNeAR's offsets index) by aligning the two texts character by character, skipping
 * white space and the lines cleaning dropped.
 */
import type { Quote, Span, TextSpan } from '../types.js';

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

/** Counts for one document or a whole corpus; figures are derived from them. */
export interface PolnearCounts {
  documents: number;
  predicted: number;
  predictedMatching: number;
  gold: number;
  goldMatched: number;
  speech: number;
  speechMatched: number;
  direct: number;
  directMatched: number;
  speechDirect: number;
  speechDirectMatched: number;
  speakerJudged: number;
  speakerRight: number;
}

export interface PolnearFigures {
  readonly precision: number;
  /**
   * Recall over all attributions; over those with a speech-verb cue; over those whose content
   * holds a quotation mark, whatever the cue ("direct"); and over speech-verb attributions whose
   * content holds a quotation mark ("speechDirect", the quotes a reader's list must not miss).
   */
  readonly recall: { readonly all: number; readonly speech: number; readonly direct: number; readonly speechDirect: number };
  readonly speakerAccuracy: number;
}

/** The bar issue 5 sets; CI fails below it. */
export const POLNEAR_FLOORS: PolnearFigures = {
  precision: 0.85,
  recall: { all: 0, speech: 0.8, direct: 0, speechDirect: 0.9 },
  speakerAccuracy: 0.9,
};

/** Speech verbs, as lemma prefixes of the cue's words ("said in a statement" holds "said"). */
const SPEECH_CUE_WORDS = new Set([
  'say',
  'says',
  'said',
  'saying',
  'tell',
  'tells',
  'told',
  'telling',
  'add',
  'adds',
  'added',
  'adding',
  'write',
  'writes',
  'wrote',
  'writing',
  'written',
  'ask',
  'asks',
  'asked',
  'asking',
  'state',
  'states',
  'stated',
  'stating',
  'explain',
  'explains',
  'explained',
  'explaining',
  'argue',
  'argues',
  'argued',
  'arguing',
  'claim',
  'claims',
  'claimed',
  'claiming',
  'insist',
  'insists',
  'insisted',
  'insisting',
  'note',
  'notes',
  'noted',
  'noting',
  'declare',
  'declares',
  'declared',
  'declaring',
  'announce',
  'announces',
  'announced',
  'announcing',
  'warn',
  'warns',
  'warned',
  'warning',
  'reply',
  'replies',
  'replied',
  'replying',
  'respond',
  'responds',
  'responded',
  'responding',
  'tweet',
  'tweets',
  'tweeted',
  'tweeting',
]);

/** Is this annotated cue a speech verb (say, tell, add, write, …, "according to")? */
export function isSpeechCue(cue: string): boolean {
  const lower = cue.toLowerCase();
  if (/\baccording to\b/.test(lower)) return true;
  return lower.split(/[^a-z]+/).some((w) => SPEECH_CUE_WORDS.has(w));
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'who', 'which', 'that']);
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'at',
  'from',
  'in',
  'on',
  'and',
  'to',
  'with',
  'by',
  'who',
  'which',
  'that',
  'whose',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

/** The annotated source is only a pronoun ("he", "They"): not judged for speaker accuracy. */
export function isBarePronoun(source: string): boolean {
  return PRONOUNS.has(source.trim().toLowerCase());
}

/** Speaker accuracy's test for one matched quote; `toRaw` maps a cleaned-text span to the raw text. */
export function speakerRight(speaker: Quote['speaker'], sources: readonly TextSpan[], toRaw: (span: Span) => Span): boolean {
  if (!speaker) return false;
  const subject = speaker.mentions[0] ? toRaw(speaker.mentions[0]) : null;
  return sources.some(
    (s) => speakerMatches(speaker.name, s.text) || (subject !== null && isDescription(s.text) && subject.start < s.end && s.start < subject.end),
  );
}

/** Do the predicted name and the annotated source share the source's head word? */
export function speakerMatches(predicted: string, source: string): boolean {
  const heads = new Set(headWords(source).map(normalWord));
  return contentWords(predicted).some((w) => heads.has(w));
}

/** The last word of each phrase of a source ("Park Won-gon, a professor at X" → Won-gon, professor). */
function headWords(source: string): string[] {
  const heads: string[] = [];
  for (const phrase of source.split(/[,;(]|\s(?:of|for|at|from|who|which|with|in|on|to)\s/i)) {
    const words = phrase
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((w) => w && !STOP.has(w.toLowerCase()));
    const head = words[words.length - 1];
    if (head) heads.push(head);
  }
  return heads;
}

/**
 * A source that names nobody ("the professor", "a campaign aide"): every head is lower-case.
 * Its speaker is right when the quote's subject is that very phrase, whatever name precis
 * resolved it to (PolNeAR does not say whom a description refers to).
 */
export function isDescription(source: string): boolean {
  const heads = headWords(source);
  return heads.length > 0 && heads.every((h) => h === h.toLowerCase());
}

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !STOP.has(w))
    .map(normalWord);
}

function normalWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
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

/**
 * Maps every offset of the cleaned text to an offset of the raw text. Cleaning only changes
 * white space and drops whole lines, so the non-space characters of the cleaned text are, in
 * order, a subsequence of the raw text's; where a dropped line interrupts, the walk jumps to the
 * next place the following characters of the cleaned text occur.
 */
export function alignToRaw(cleaned: string, raw: string): Int32Array {
  const map = new Int32Array(cleaned.length + 1);
  const WINDOW = 24;
  let r = 0;
  for (let c = 0; c < cleaned.length; c++) {
    const ch = cleaned[c]!;
    if (/\s/.test(ch)) {
      map[c] = r;
      continue;
    }
    while (r < raw.length && /\s/.test(raw[r]!)) r++;
    if (raw[r] !== ch) {
      const probe = compactAhead(cleaned, c, WINDOW);
      r = findCompact(raw, r, probe);
    }
    map[c] = r;
    r++;
  }
  map[cleaned.length] = r;
  return map;
}

/** Maps a cleaned-text span to the raw text: from its first to its last non-space character. */
export function spanToRaw(span: Span, cleaned: string, map: Int32Array): Span {
  let s = span.start;
  let e = span.end;
  while (s < e && /\s/.test(cleaned[s]!)) s++;
  while (e > s && /\s/.test(cleaned[e - 1]!)) e--;
  if (e <= s) return { start: map[s]!, end: map[s]! };
  return { start: map[s]!, end: map[e - 1]! + 1 };
}

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

/**
 * One scoring error, for reading the long tail: a predicted quote that matches no attribution
 * ("false"), or a matched one whose speaker is judged wrong ("speaker"). `context` is the raw
 * text from the annotated source (or the quote) to the end of the content, cut to a few lines.
 */
export interface PolnearError {
  readonly kind: 'false' | 'speaker';
  readonly doc: string;
  readonly speaker: string | null;
  /** The words our speaker was found from ("he", "the professor"), when they differ from the name. */
  readonly subject: string | null;
  readonly cue: string;
  readonly gold: string | null;
  readonly context: string;
}

/** Longest context an error shows, in characters, and how far it runs on past the spans (to show a cue after them). */
const CONTEXT_CHARS = 400;
const CONTEXT_AFTER = 60;

/**
 * Scores one document; predicted quotes index `cleaned`, the cleaned form of `doc.text`. When
 * `errors` is given, the false quotes and wrong speakers are appended to it. `matching` may be
 * passed in when the caller needs it too (the misses listing).
 */
export function scoreDocument(
  doc: PolnearDocument,
  quotes: readonly Quote[],
  cleaned: string,
  errors?: PolnearError[],
  matching: PolnearMatching = matchDocument(doc, quotes, cleaned),
): PolnearCounts {
  const { map, predicted, matchesAny, goldMatch } = matching;
  const gold = doc.attributions;
  const counts = emptyCounts();
  counts.documents = 1;
  counts.predicted = predicted.length;
  counts.predictedMatching = matchesAny.reduce((n, m) => n + m, 0);
  gold.forEach((a, g) => {
    const matched = goldMatch[g]! >= 0;
    counts.gold++;
    if (matched) counts.goldMatched++;
    const speech = isSpeechCue(a.cue);
    if (speech) {
      counts.speech++;
      if (matched) counts.speechMatched++;
    }
    if (a.hasQuoteMark) {
      counts.direct++;
      if (matched) counts.directMatched++;
      if (speech) {
        counts.speechDirect++;
        if (matched) counts.speechDirectMatched++;
      }
    }
    const named = a.sources.filter((s) => s.text.trim() && !isBarePronoun(s.text));
    if (matched && named.length > 0) {
      counts.speakerJudged++;
      const quote = quotes[goldMatch[g]!]!;
      if (speakerRight(quote.speaker, named, (span) => spanToRaw(span, cleaned, map))) counts.speakerRight++;
      else errors?.push(errorOf('speaker', doc, quote, named.map((s) => s.text).join(' | '), [...named, ...a.contents]));
    }
  });
  if (errors) {
    matchesAny.forEach((m, p) => {
      if (m) return;
      const quote = quotes[p]!;
      const around = [quote.cueSpan, quote.speaker?.mentions[0]].filter((s): s is Span => s != null).map((s) => spanToRaw(s, cleaned, map));
      errors.push(errorOf('false', doc, quote, null, [...predicted[p]!, ...around]));
    });
  }
  return counts;
}

function errorOf(kind: PolnearError['kind'], doc: PolnearDocument, quote: Quote, gold: string | null, spans: readonly Span[]): PolnearError {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.min(Math.max(...spans.map((s) => s.end)) + CONTEXT_AFTER, start + CONTEXT_CHARS);
  const context = doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
  const subject = quote.speaker?.mentions[0]?.text ?? null;
  return { kind, doc: doc.id, speaker: quote.speaker?.name ?? null, subject: subject === quote.speaker?.name ? null : subject, cue: quote.cue, gold, context };
}

export function emptyCounts(): PolnearCounts {
  return {
    documents: 0,
    predicted: 0,
    predictedMatching: 0,
    gold: 0,
    goldMatched: 0,
    speech: 0,
    speechMatched: 0,
    direct: 0,
    directMatched: 0,
    speechDirect: 0,
    speechDirectMatched: 0,
    speakerJudged: 0,
    speakerRight: 0,
  };
}

export function addCounts(a: PolnearCounts, b: PolnearCounts): PolnearCounts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof PolnearCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

export function figuresOf(c: PolnearCounts): PolnearFigures {
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    precision: ratio(c.predictedMatching, c.predicted),
    recall: {
      all: ratio(c.goldMatched, c.gold),
      speech: ratio(c.speechMatched, c.speech),
      direct: ratio(c.directMatched, c.direct),
      speechDirect: ratio(c.speechDirectMatched, c.speechDirect),
    },
    speakerAccuracy: ratio(c.speakerRight, c.speakerJudged),
  };
}

/** The figures below the floors, by name; empty when the bar is met. */
export function belowFloors(f: PolnearFigures, floors: PolnearFigures = POLNEAR_FLOORS): string[] {
  const low: string[] = [];
  if (f.precision < floors.precision) low.push('precision');
  if (f.recall.all < floors.recall.all) low.push('recall (all)');
  if (f.recall.speech < floors.recall.speech) low.push('recall (speech)');
  if (f.recall.direct < floors.recall.direct) low.push('recall (direct)');
  if (f.recall.speechDirect < floors.recall.speechDirect) low.push('recall (speech with quotation marks)');
  if (f.speakerAccuracy < floors.speakerAccuracy) low.push('speaker accuracy');
  return low;
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

function compactAhead(text: string, from: number, n: number): string {
  let out = '';
  for (let i = from; i < text.length && out.length < n; i++) if (!/\s/.test(text[i]!)) out += text[i];
  return out;
}

/** The raw offset at or after `from` where the non-space characters `probe` start, else `from`. */
function findCompact(raw: string, from: number, probe: string): number {
  const first = probe[0];
  if (first === undefined) return from;
  for (let at = raw.indexOf(first, from); at >= 0; at = raw.indexOf(first, at + 1)) {
    let i = at;
    let k = 0;
    while (k < probe.length && i < raw.length) {
      if (/\s/.test(raw[i]!)) {
        i++;
        continue;
      }
      if (raw[i] !== probe[k]) break;
      i++;
      k++;
    }
    if (k === probe.length || i >= raw.length) return at;
  }
  return from;
}
