/**
 * The data `digest` works on and produces. A `DigestItem` is an article record boiled down to
 * what grouping, copy detection and the story view need, so a batch of 100,000 articles never
 * holds their full text or records at once.
 */
import type { EntityType, QuoteKind } from '../types.js';

/** A sentence an article offers for the story summary (its own summary sentences). */
export interface CandidateSentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence in its article (0 = the title or lead). */
  readonly index: number;
  /** Feature ids of its content words, once per occurrence: computed with the article, so the story view reads no text again. */
  readonly terms: Uint32Array;
}

export interface ItemQuote {
  readonly speaker: string | null;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
}

export interface ItemEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly count: number;
}

export interface DigestItem {
  readonly source: string;
  readonly title: string;
  readonly byline: string | null;
  readonly date: string | null;
  /** Sparse bag of features (words, names, dates and numbers): hashed feature ids (`featureId`), sorted, and counts. */
  readonly termIds: Uint32Array;
  readonly termCounts: Float32Array;
  /** MinHash signature of the article's word 5-shingles, and how many distinct shingles it has. */
  readonly signature: Uint32Array;
  readonly shingles: number;
  readonly sentences: readonly CandidateSentence[];
  readonly quotes: readonly ItemQuote[];
  readonly entities: readonly ItemEntity[];
}

export interface StoryArticle {
  readonly source: string;
  readonly title: string;
  readonly date: string | null;
  readonly byline: string | null;
  /** The source of the article this one copies, or null for an original. */
  readonly duplicateOf: string | null;
}

export interface StorySentence {
  readonly source: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface StoryEntity {
  readonly name: string;
  readonly type: EntityType;
  /** Other names the articles use for it ("Obama" for "Barack Obama"). */
  readonly aliases: readonly string[];
  /** Mentions across the story's original articles (copies not counted). */
  readonly count: number;
  /** How many of the story's original articles mention it. */
  readonly articles: number;
}

export interface StoryQuote {
  readonly text: string;
  readonly kind: QuoteKind;
  /** Every original article that reports this quote, with where. */
  readonly sources: readonly { readonly source: string; readonly start: number; readonly end: number }[];
}

export interface SpeakerQuotes {
  readonly speaker: string | null;
  readonly quotes: readonly StoryQuote[];
}

/** One story: what `precis digest --json` prints per line. */
export interface Story {
  readonly story: number;
  readonly title: string;
  readonly articles: readonly StoryArticle[];
  /** Original articles (copies excluded) and distinct outlets among them. */
  readonly size: number;
  readonly outlets: number;
  /** The latest known date among the articles, or null. */
  readonly date: string | null;
  readonly summary: readonly StorySentence[];
  readonly entities: readonly StoryEntity[];
  readonly quotes: readonly SpeakerQuotes[];
}
