/**
 * An article record boiled down to a `DigestItem`: the features that decide which story it
 * belongs to, its MinHash signature for copy detection, and the few sentences, quotes and
 * names the story view shows. Everything comes from the record precis already computed (one
 * wink-nlp parse): dates and numbers are the tagger's entities; which words are names is read
 * from the article's capitalisation (proper-nouns.ts), so grouping does not move with the entity
 * model.
 */
import { finish, hashString, mix } from '../entities/hash.js';
import { STOP_WORDS } from '../summarize/stop-words.js';
import type { ArticleRecord, EntityType } from '../types.js';
import { minHash } from './minhash.js';
import { properNouns, WORD } from './proper-nouns.js';
import type { DigestItem } from './types.js';

export interface FeatureOptions {
  /**
   * Weight of a proper noun (a word the article writes capitalised inside a sentence) over a plain
   * word: names tell two events of one kind apart.
   */
  readonly nameWeight?: number;
  /** Weight of a date, year or number ("7.6", "2008"), which separate two earthquakes as well as names do. */
  readonly numberWeight?: number;
  /** The title's words count this many times more than the body's. */
  readonly titleWeight?: number;
}

export const FEATURE_DEFAULTS: Required<FeatureOptions> = { nameWeight: 4, numberWeight: 5, titleWeight: 2 };

const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'PLACE']);
const NUMBER_TYPES: ReadonlySet<EntityType> = new Set(['DATE', 'CARDINAL', 'MONEY', 'PERCENT', 'TIME']);
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
/**
 * What one article may hold, so a folder's memory grows with its number of articles and not with
 * their length: features (news articles have 100 to 450; a book-length file would have tens of
 * thousands), and names for the story view (which shows 10 per story).
 */
export const MAX_TERMS = 1000;
export const MAX_NAMES = 30;

/** Lower-cased words of `text`, in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** A content word's feature: stop words dropped, a plural's "s" folded so "quakes" meets "quake". */
export function term(word: string): string | undefined {
  if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) return undefined;
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The feature ids of `text`'s content words, in order. */
export function termIds(text: string): Uint32Array {
  const ids: number[] = [];
  for (const w of words(text)) {
    const t = term(w);
    if (t) ids.push(featureId(t));
  }
  return Uint32Array.from(ids);
}

/**
 * A feature's id: a 32-bit hash of its string (feature hashing, Weinberger et al. 2009), so each
 * worker computes ids on its own and no vocabulary is kept: 100,000 articles hold no feature
 * strings at all. Two features meet by chance with odds of one in four billion per pair; a
 * collision merges two rare features' counts, which moves a similarity by a hair.
 */
export function featureId(feature: string): number {
  return finish(hashString(feature));
}

/** An article's digest features: what a worker thread computes and sends back instead of the whole record. */
export type ArticleFeatures = DigestItem;

export function articleFeatures(record: ArticleRecord, options: FeatureOptions = {}): DigestItem {
  const weights = { ...FEATURE_DEFAULTS, ...options };
  const terms = new Map<number, number>();
  const add = (feature: string, weight: number) => {
    const id = featureId(feature);
    terms.set(id, (terms.get(id) ?? 0) + weight);
  };
  const bodyWords = words(record.text);
  // A proper noun's own word feature weighs more, in every occurrence: not a separate feature for
  // the tagger's names, which a retrained entity model finds in one report and misses in the next.
  const nouns = new Set([...properNouns(record.text)].map(term));
  for (const w of bodyWords) {
    const t = term(w);
    if (t) add(t, nouns.has(t) ? weights.nameWeight : 1);
  }
  // The text starts with the title, so it has counted once already.
  for (const w of words(record.title)) {
    const t = term(w);
    if (t) add(t, weights.titleWeight - 1);
  }
  for (const e of record.entities) {
    // A count in words ("two") is in every other story; "5.2" is not. Dates in words ("Tuesday") stay: they tell two events apart.
    if (NUMBER_TYPES.has(e.type) && (e.type === 'DATE' || /\d/.test(e.name))) {
      add(`num:${e.name.toLowerCase()}`, e.count * weights.numberWeight);
      for (const year of e.name.match(YEAR) ?? []) add(`year:${year}`, e.count * weights.numberWeight);
    }
  }
  // The most frequent features; among equals, the first met (a lead's words before a footnote's).
  // Ascending, so two bags meet in one merge (overlap.ts).
  const ids = Uint32Array.from(
    terms.size <= MAX_TERMS
      ? terms.keys()
      : [...terms]
          .sort((a, b) => b[1] - a[1])
          .slice(0, MAX_TERMS)
          .map(([id]) => id),
  ).sort();
  const { signature, shingles } = minHash(shingleHashes(bodyWords));
  return {
    source: record.source,
    title: record.title,
    byline: record.byline,
    date: record.date,
    termIds: ids,
    termCounts: Float32Array.from(ids, (id) => terms.get(id)!),
    signature,
    shingles,
    sentences: record.summary.map((s) => ({ text: s.text, start: s.start, end: s.end, index: s.index, terms: termIds(s.text) })),
    // A quote split around its cue: its parts joined, without the cue between them.
    quotes: record.quotes.map((q) => ({
      speaker: q.speaker?.name ?? null,
      text: q.parts.map((p) => p.text.trim()).join(' … '),
      kind: q.kind,
      start: q.start,
      end: q.end,
    })),
    entities: record.entities
      .filter((e) => NAME_TYPES.has(e.type))
      .sort((a, b) => b.count - a.count)
      .slice(0, MAX_NAMES)
      .map((e) => ({ name: e.name, type: e.type, count: e.count })),
  };
}

/**
 * Hashes of the word 5-shingles (Broder 1997). Words only, lower-cased: line wrapping, markup,
 * encoding and punctuation differences between two copies of one article do not change them.
 */
export function shingleHashes(tokens: readonly string[], size = 5): Set<number> {
  const hashes = tokens.map((w) => hashString(w));
  const out = new Set<number>();
  for (let i = 0; i + size <= hashes.length; i++) {
    let h = 0x2545f491;
    for (let k = 0; k < size; k++) h = mix(h, hashes[i + k]!);
    out.add(finish(h));
  }
  // A text shorter than one shingle: its words as one.
  if (out.size === 0 && hashes.length > 0) out.add(finish(hashes.reduce((h, x) => mix(h, x), 0x2545f491)));
  return out;
}
