import { countBelow } from '../sorted.js';
import type { ItemEntity, ItemSentence } from 'wink-nlp';
import type { Article, EntitySpan, ParsedArticle, Sentence, Token, WinkEntityType } from '../types.js';
import { closersAfterEnd, continuesAfterMark } from './continuation.js';
import { openerAfterMissingStop } from './missing-stop.js';
import { endDocument, getWink } from './wink.js';

/**
 * wink-nlp holds a whole document in memory at several times its size (a 25 MB text peaks
 * near 1.4 GB), so long articles are parsed in runs of whole blocks of about this many
 * characters. Sentences never cross a block, so the result is the same as one parse.
 */
export const CHUNK_CHARS = 200_000;

/** Length of the filler words that stand in for a long run (see longRuns): short enough for wink to split cheaply. */
const FILLER_WORD = 40;

type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/**
 * Parses the cleaned article once with wink-nlp and lays the result out as plain arrays
 * with character offsets: the shared input of summary, quotes and entities.
 */
export function parseArticle(article: Article, options: { readonly chunkChars?: number } = {}): ParsedArticle {
  const boundaries = article.blocks.map((b) => b.start);
  const out: { tokens: MutableToken[]; sentences: Sentence[]; winkEntities: EntitySpan[] } = { tokens: [], sentences: [], winkEntities: [] };
  try {
    for (const [start, end] of chunks(article, options.chunkChars ?? CHUNK_CHARS)) parseChunk(article.text, start, end, boundaries, out);
  } finally {
    endDocument();
  }
  return { article, ...out };
}

/** Character ranges of runs of whole blocks (title included), each about `size` long. */
function chunks(article: Article, size: number): [number, number][] {
  const text = article.text;
  if (text.length <= size) return [[0, text.length]];
  const ranges: [number, number][] = [];
  let from = 0;
  for (const block of article.blocks) {
    if (block.end - from > size && block.start > from) {
      ranges.push([from, block.start]);
      from = block.start;
    }
  }
  ranges.push([from, text.length]);
  return ranges;
}

function parseChunk(
  text: string,
  chunkStart: number,
  chunkEnd: number,
  boundaries: readonly number[],
  out: { tokens: MutableToken[]; sentences: Sentence[]; winkEntities: EntitySpan[] },
): void {
  const nlp = getWink();
  const its = nlp.its;
  const chunk = text.slice(chunkStart, chunkEnd);
  const long = longRuns(chunk);
  const doc = nlp.readDoc(long.length > 0 ? maskRuns(chunk, long) : chunk);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const tags = doc.tokens().out(its.pos) as string[];

  // wink keeps every character as either a token or preceding white space, so a running
  // sum gives exact offsets (checked on all 1,645 bbc-dev and cnndm-dev files). Line breaks
  // come out as SPACE tokens; they are dropped, and `kept` maps wink's index to ours.
  const { tokens, sentences, winkEntities } = out;
  const kept = new Int32Array(values.length + 1);
  let cursor = chunkStart;
  let run = 0; // the next long run that may hold this token
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    const value = values[i]!;
    while (run < long.length && long[run]![1] + chunkStart <= cursor) run++;
    const masked = long[run];
    if (masked && masked[0] + chunkStart <= cursor) {
      // A filler token: the first of its run stands for the whole original run.
      const start = masked[0] + chunkStart;
      if (cursor === start) {
        const original = text.slice(start, masked[1] + chunkStart);
        tokens.push({ value: original, start, end: start + original.length, normal: original.toLowerCase(), pos: 'X', sentence: -1 });
      }
      kept[i] = tokens.length - 1;
    } else {
      kept[i] = tokens.length;
      if (tags[i] !== 'SPACE' && value.trim() !== '') {
        tokens.push({ value, start: cursor, end: cursor + value.length, normal: normals[i]!, pos: tags[i]!, sentence: -1 });
      }
    }
    cursor += value.length;
  }
  kept[values.length] = tokens.length;

  // A sentence never crosses a block boundary, even when wink's detector runs a heading
  // into the next paragraph.
  const pushSentence = (first: number, endToken: number) => {
    if (endToken <= first) return;
    for (let t = first; t < endToken; t++) tokens[t]!.sentence = sentences.length;
    const start = tokens[first]!.start;
    sentences.push({ start, end: tokens[endToken - 1]!.end, firstToken: first, endToken, block: blockIndexAt(boundaries, start) });
  };
  const spans: [number, number][] = [];
  // Built at the first sentence end after a glued "!" before a capital: most articles have none.
  let bangNames: ReadonlySet<string> | undefined;
  const isBangName = (word: string) => (bangNames ??= namesWithBang(tokens)).has(word);
  doc.sentences().each((s: ItemSentence) => {
    const [winkFirst, winkLast] = s.out(its.span) as unknown as [number, number];
    let first = kept[winkFirst]!;
    const endToken = kept[winkLast + 1]!;
    const previous = spans[spans.length - 1];
    if (previous && previous[1] === first) {
      // Closing marks wink opened this sentence with close the one before ("''It is.'' The …").
      previous[1] = first += closersAfterEnd(tokens, first, endToken);
      if (first >= endToken) return;
    }
    if (
      previous &&
      previous[1] === first &&
      first < endToken &&
      (noSentenceEnd(tokens, first) || bangNameBefore(tokens, first, isBangName) || continuesAfterMark(tokens, previous[0], first))
    )
      previous[1] = endToken;
    else spans.push([first, endToken]);
  });
  for (const [first, endToken] of spans) {
    let from = first;
    if (first < endToken) {
      let next = boundaries[blockIndexAt(boundaries, tokens[first]!.start) + 1] ?? Infinity;
      for (let t = first + 1; t < endToken; t++) {
        if (tokens[t]!.start >= next) {
          pushSentence(from, t);
          from = t;
          next = boundaries[blockIndexAt(boundaries, tokens[t]!.start) + 1] ?? Infinity;
        } else if (openerAfterMissingStop(tokens, t)) {
          pushSentence(from, t);
          from = t;
        }
      }
    }
    pushSentence(from, endToken);
  }

  doc.entities().each((e: ItemEntity) => {
    const [winkFirst, winkLast] = e.out(its.span) as unknown as [number, number];
    const first = kept[winkFirst]!;
    const endToken = kept[winkLast + 1]!;
    if (endToken <= first) return;
    const type = e.out(its.type) as WinkEntityType;
    winkEntities.push({ type, start: tokens[first]!.start, end: tokens[endToken - 1]!.end, firstToken: first, endToken });
  });
}

/** Token k is the full stop of a title abbreviation after a hyphen ("then-Sen.", "ex-Gov."): no sentence end. */
export function hyphenedTitleStop(tokens: readonly Pick<Token, 'value' | 'normal'>[], k: number): boolean {
  return tokens[k]?.value === '.' && tokens[k - 2]?.value === '-' && HYPHENED_TITLES.has(tokens[k - 1]?.normal ?? '');
}
const HYPHENED_TITLES: ReadonlySet<string> = new Set([
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'adm',
  'dr',
  'mr',
  'mrs',
  'ms',
  'pres',
  'prof',
  'rev',
  'amb',
  'atty',
  'supt',
]);

/**
 * wink ends a sentence before token `first` where no sentence can end: inside a word ("Zafi.D",
 * "U.S.-based": no white space between), or after "!" or "." glued to a word when a lower-case
 * word follows ("Yahoo! said", "Acme Inc. said").
 */
function noSentenceEnd(tokens: readonly MutableToken[], first: number): boolean {
  const prev = tokens[first - 1];
  const next = tokens[first]!;
  if (!prev) return false;
  // Glued, unless a full stop is followed by a capitalised word: "the end.The next" is a typo'd boundary.
  if (prev.end === next.start) return !(/[.!?]$/.test(prev.value) && /^\p{Lu}\p{Ll}/u.test(next.value));
  // "then-Sen. Barack Obama": wink splits a title off after a hyphen, and then reads its stop as an end.
  if (hyphenedTitleStop(tokens, first - 1)) return true;
  if (!/^\p{Ll}/u.test(next.value)) return false;
  const mark = prev.value[prev.value.length - 1];
  if (mark !== '!' && mark !== '.') return false;
  // The mark ends a word token ("Inc.") or is a token glued to the word before it ("Yahoo" "!").
  return prev.value.length > 1
    ? /\p{L}/u.test(prev.value)
    : tokens[first - 2] !== undefined && tokens[first - 2]!.end === prev.start && /\p{L}$/u.test(tokens[first - 2]!.value);
}

/** Token `i` is a "!" glued to the word before it ("Zoomly" "!"); that word, else null. */
function wordBeforeBang(tokens: readonly MutableToken[], i: number): string | null {
  const bang = tokens[i];
  const word = tokens[i - 1];
  return bang?.value === '!' && word !== undefined && word.end === bang.start && /^\p{Lu}/u.test(word.value) ? word.value : null;
}

/**
 * Capitalised words the article writes with a glued "!" inside a sentence (before a lower-case
 * word or a comma: "Zoomly! said", "Zoomly!, the portal"): a name spelled with its "!", like
 * Yahoo!. Such a name ends no sentence elsewhere either ("Zoomly! Mail users"): the article's
 * own usage, not a list of brands, is the evidence.
 */
function namesWithBang(tokens: readonly MutableToken[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = wordBeforeBang(tokens, i);
    if (word !== null && (/^\p{Ll}/u.test(tokens[i + 1]!.value) || tokens[i + 1]!.value === ',')) names.add(word);
  }
  return names;
}

function bangNameBefore(tokens: readonly MutableToken[], first: number, isName: (word: string) => boolean): boolean {
  const word = wordBeforeBang(tokens, first - 1);
  return word !== null && isName(word);
}

/**
 * `[start, end)` of every run of more than 100 non-space characters. wink-nlp's tokenizer is
 * quadratic or worse in the length of a run without white space (a 20,000-character run of
 * URL-like text takes minutes), so such runs are hidden from it behind harmless same-length
 * filler and come back as one token of the original text.
 */
function longRuns(chunk: string): [number, number][] {
  const runs: [number, number][] = [];
  // Only long runs match, so ordinary words cost no match objects;
  // an attempt starts only where a run starts and stops at white space, so the scan is linear
  // (without the look-behind every letter of every word starts a doomed attempt).
  for (const m of chunk.matchAll(/(?<!\S)\S{101,}/g)) runs.push([m.index, m.index + m[0].length]);
  return runs;
}

/** The chunk with each long run replaced by same-length filler words wink splits cheaply. */
function maskRuns(chunk: string, runs: readonly [number, number][]): string {
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of runs) {
    parts.push(chunk.slice(from, start));
    const length = end - start;
    let filler = '';
    while (filler.length < length) filler += 'x'.repeat(Math.min(FILLER_WORD, length - filler.length - 1)) + ' ';
    // Always start and end on a letter so the run is one token at its edges.
    parts.push('x' + filler.slice(1, length - 1) + 'x');
    from = end;
  }
  parts.push(chunk.slice(from));
  return parts.join('');
}

/** Index of the last boundary at or before `at` (character offsets, whole numbers); -1 when `at` precedes them all (the title). */
export function blockIndexAt(boundaries: readonly number[], at: number): number {
  return countBelow(boundaries, at + 1) - 1;
}
