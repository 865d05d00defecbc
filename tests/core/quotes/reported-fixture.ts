import type { ParsedArticle } from '../../../src/index.js';
import type { Candidate } from '../../../src/core/quotes/candidate.js';
import { findReportedSpeech } from '../../../src/core/quotes/reported.js';
import { parse, tokenText } from './parsed-fixture.js';

/** Reported speech of the fixture, with no quotation marks or direct quotes taken before. */
export function reported(body: string, inQuote?: (p: ParsedArticle) => Uint8Array): { p: ParsedArticle; found: Candidate[] } {
  const p = parse(body);
  const n = p.tokens.length;
  const starts = Int32Array.from(p.tokens, (t) => t.start);
  return { p, found: findReportedSpeech(p, inQuote?.(p) ?? new Uint8Array(n), new Uint8Array(n), new Uint8Array(n), starts) };
}

/** The text of each candidate's parts, joined by " … ". */
export const contents = (p: ParsedArticle, found: readonly Candidate[]) =>
  found.map((c) => c.parts.map((s) => p.article.text.slice(s.start, s.end)).join(' … '));
/** The text of each candidate's subject phrase, or null. */
export const subjects = (p: ParsedArticle, found: readonly Candidate[]) => found.map((c) => (c.subject ? tokenText(p, c.subject.first, c.subject.end) : null));

/** [speaker phrase, content] of each reported statement in the fixture, with no quotes found before. */
export function reportedPairs(body: string): [string | null, string][] {
  const { p, found } = reported(body);
  const said = contents(p, found);
  return subjects(p, found).map((who, k) => [who, said[k]!]);
}
