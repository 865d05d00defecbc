import { analyze, cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';
import type { ParsedArticle } from '../../../src/index.js';
import { contentStart } from '../../../src/core/quotes/content-start.js';
import { lastContentToken } from '../../../src/core/quotes/clause.js';

/**
 * Helpers for unit tests of the quotes modules: parse a made-up article (a title, then the body),
 * find a token by its text, and read a token range back as text.
 */
export function parse(body: string): ParsedArticle {
  return parseArticle(cleanArticle(`Harbour Town News\n\n${body}`));
}

/** Index of the `nth` token (0-based) whose text is `value`; throws when there is none. */
export function tokenIndex(parsed: ParsedArticle, value: string, nth = 0): number {
  let seen = 0;
  for (let i = 0; i < parsed.tokens.length; i++) {
    if (parsed.tokens[i]!.value === value && seen++ === nth) return i;
  }
  throw new Error(`no token ${JSON.stringify(value)} (#${nth}) in the fixture`);
}

/** The text of tokens [first, end). */
export function tokenText(parsed: ParsedArticle, first: number, end: number): string {
  return parsed.article.text.slice(parsed.tokens[first]!.start, parsed.tokens[end - 1]!.end);
}

/** The sentence that holds token `value`. */
export function sentenceOf(parsed: ParsedArticle, value: string) {
  return parsed.sentences[parsed.tokens[tokenIndex(parsed, value)]!.sentence]!;
}

/** [first speaker mention, text] of each quote extractQuotes lists for a made-up article (title "Harbour Town Votes on New Sea Wall"). */
export function quotePairs(body: string): [string | null, string][] {
  const parsed = parseArticle(cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`));
  return extractQuotes(parsed, []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.text]);
}

/** The speaker named for each quote of a whole made-up article, in order (null where none is found). */
export function speakersOf(text: string): (string | null)[] {
  return analyze(text, { parts: { summary: false, quotes: true, entities: true } }).quotes.map((q) => q.speaker?.name ?? null);
}

/** [first speaker mention, each part's text] of every quote in a made-up article (title "Harbour Town Votes on New Sea Wall"). */
export function quoteParts(body: string): [string | null, string[]][] {
  const article = cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`);
  return extractQuotes(parseArticle(article), []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => article.text.slice(p.start, p.end))]);
}

/** The reported clause from where contentStart puts it to the end of the sentence, or null. */
export function clauseAfter(body: string, cue: string, lemma: string): string | null {
  const p = parse(body);
  const last = lastContentToken(p.tokens, sentenceOf(p, cue));
  const k = contentStart(p.tokens, tokenIndex(p, cue), lemma, last);
  return k === null ? null : tokenText(p, k, last + 1);
}
