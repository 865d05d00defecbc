import type { ItemEntity, ItemSentence } from 'wink-nlp';
import type { Article, EntitySpan, ParsedArticle, Sentence, Token, WinkEntityType } from '../types.js';
import { getWink } from './wink.js';

/**
 * Parses the cleaned article once with wink-nlp and lays the result out as plain arrays
 * with character offsets: the shared input of summary, quotes and entities.
 */
export function parseArticle(article: Article): ParsedArticle {
  const nlp = getWink();
  const its = nlp.its;
  const text = article.text;
  const doc = nlp.readDoc(text);

  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const tags = doc.tokens().out(its.pos) as string[];

  // wink keeps every character as either a token or preceding white space, so a running
  // sum gives exact offsets (checked on all 1,645 bbc-dev and cnndm-dev files).
  const starts = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    starts[i] = cursor;
    cursor += values[i]!.length;
  }
  const endOf = (t: number) => starts[t]! + values[t]!.length;

  // Block starts: the title (if any) and every paragraph/heading. A sentence never crosses
  // one, even when wink's detector would run a heading into the next paragraph.
  const boundaries = article.blocks.map((b) => b.start);
  const sentences: Sentence[] = [];
  const sentenceOfToken = new Int32Array(values.length);
  const pushSentence = (first: number, endToken: number) => {
    for (let t = first; t < endToken; t++) sentenceOfToken[t] = sentences.length;
    const start = starts[first]!;
    sentences.push({ start, end: endOf(endToken - 1), firstToken: first, endToken, block: blockIndexAt(boundaries, start) });
  };
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    let from = first;
    for (let t = first + 1; t <= last; t++) {
      if (blockIndexAt(boundaries, starts[t]!) !== blockIndexAt(boundaries, starts[t - 1]!)) {
        pushSentence(from, t);
        from = t;
      }
    }
    pushSentence(from, last + 1);
  });

  const tokens: Token[] = values.map((value, i) => ({
    value,
    start: starts[i]!,
    end: endOf(i),
    normal: normals[i]!,
    pos: tags[i]!,
    sentence: sentenceOfToken[i]!,
  }));

  const winkEntities: EntitySpan[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const type = e.out(its.type) as WinkEntityType;
    winkEntities.push({ type, start: starts[first]!, end: endOf(last), firstToken: first, endToken: last + 1 });
  });

  return { article, tokens, sentences, winkEntities };
}

/** Index of the last boundary at or before `at`; -1 when `at` precedes them all (the title). */
export function blockIndexAt(boundaries: readonly number[], at: number): number {
  let lo = 0;
  let hi = boundaries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
