/**
 * The data precis produces. One file so the core, the CLI renderers and the JSON output
 * share a single vocabulary. Every offset is a JavaScript string index into `Article.text`
 * (`text.slice(start, end)` is the span's text).
 */

/** A half-open character range `[start, end)` into the cleaned article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** The cleaned article: what every analysis reads. */
export interface Article {
  /** Headline; empty when the input had none. */
  readonly title: string;
  readonly byline: string | null;
  /** Publication date as the source gives it (an HTML page's metadata), or null. */
  readonly date: string | null;
  /** Title as its first line (when present), then paragraphs, separated by blank lines. */
  readonly text: string;
  /** Where the title sits in `text`, or null when there is no title line. */
  readonly titleSpan: Span | null;
  readonly blocks: readonly Block[];
}

/** A paragraph, a section heading or a block quote (Markdown `>`, HTML <blockquote>) of the cleaned text. */
export interface Block extends Span {
  readonly kind: 'paragraph' | 'heading' | 'quote';
}

/** One wink-nlp token with its place in the text. */
export interface Token extends Span {
  readonly value: string;
  /** Lower-cased, normalised form (wink's `normal`). */
  readonly normal: string;
  /** Universal POS tag from wink-nlp. */
  readonly pos: string;
  /** Index of the sentence that holds this token. */
  readonly sentence: number;
}

/** One sentence as found by wink-nlp's boundary detector. */
export interface Sentence extends Span {
  /** Index of the first token (inclusive) and the last token (exclusive). */
  readonly firstToken: number;
  readonly endToken: number;
  /** Index of the block (paragraph or heading) the sentence starts in, -1 for the title. */
  readonly block: number;
}

/** An entity type wink-nlp's model recognises by itself. */
export type WinkEntityType =
  'DATE' | 'TIME' | 'DURATION' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL' | 'EMAIL' | 'URL' | 'HASHTAG' | 'MENTION' | 'EMOJI' | 'EMOTICON';

export type NameType = 'PERSON' | 'ORGANIZATION' | 'PLACE';
export type EntityType = NameType | WinkEntityType;

/** A single occurrence of an entity in the text. */
export interface EntitySpan extends Span {
  readonly type: EntityType;
  readonly firstToken: number;
  readonly endToken: number;
}

/** The article parsed once; summary, quotes and entities all read this. */
export interface ParsedArticle {
  readonly article: Article;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** wink-nlp's own entities (dates, numbers, money, ...). */
  readonly winkEntities: readonly EntitySpan[];
}

export interface SummarySentence extends TextSpan {
  /** Index into `ParsedArticle.sentences`. */
  readonly index: number;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Speaker {
  /** Full name as the article gives it ("Park Won-gon"), or the group ("experts"). */
  readonly name: string;
  /** Where this speaker is named in the text (the cue's subject and other mentions). */
  readonly mentions: readonly TextSpan[];
  /**
   * False when `name` is only the cue's pronoun ("he", "they") and the article gives no one it
   * can refer to: the reader still sees who spoke, and knows the name is not a person's.
   */
  readonly resolved: boolean;
}

/**
 * A quote's `start`/`end` (and `text`, their slice) enclose all its parts: for a quote split
 * around its cue the slice holds the cue too, and `parts` hold the quoted words alone.
 */
export interface Quote extends TextSpan {
  readonly kind: QuoteKind;
  /** The verb or phrase that introduces the quote ("said", "according to"). */
  readonly cue: string;
  readonly cueSpan: Span | null;
  readonly speaker: Speaker | null;
  /**
   * For a nested attribution ("Xi wrote that …, KCNA said"), the outer source that reports the
   * speaker's words (KCNA); null otherwise. The outer statement is not listed on its own.
   */
  readonly via: Speaker | null;
  /** For a quote split around its cue, each part; otherwise one part equal to the quote. */
  readonly parts: readonly TextSpan[];
}

export interface Entity {
  /** The fullest name the article uses ("Kim Jong Un"). */
  readonly name: string;
  readonly type: EntityType;
  readonly count: number;
  readonly mentions: readonly TextSpan[];
}

export interface ArticleStats {
  readonly words: number;
  readonly sentences: number;
  readonly readingMinutes: number;
}

/** The full record `--json` prints, one per article. */
export interface ArticleRecord {
  readonly source: string;
  readonly title: string;
  readonly byline: string | null;
  readonly date: string | null;
  readonly text: string;
  /** Headings and paragraphs of `text`, in order (the title line is not a block). */
  readonly blocks: readonly Block[];
  readonly stats: ArticleStats;
  readonly summary: readonly SummarySentence[];
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
}
