import type { ParsedArticle } from '../types.js';

/**
 * How many sentences a reference summary has. One per line when it has several lines
 * (cnndm highlights). A one-line reference (bbc-dev glues its sentences with no space,
 * "...$10.9bn.For the full-year...") is matched against the article's own sentences, longest
 * first, ignoring white space; what is left over is split at sentence ends.
 */
export function referenceSentenceCount(reference: string, parsed: ParsedArticle): number {
  const lines = reference.split(/\r?\n/).filter((l) => /[\p{L}\p{N}]/u.test(l));
  if (lines.length !== 1) return Math.max(1, lines.length);
  let rest = lines[0]!.replace(/\s+/g, '');
  let count = 0;
  const sentences = parsed.sentences
    .filter((s) => s.block >= 0)
    .map((s) => parsed.article.text.slice(s.start, s.end).replace(/\s+/g, ''))
    .filter((s) => s.length >= 8)
    .sort((a, b) => b.length - a.length);
  for (const sentence of sentences) {
    const at = rest.indexOf(sentence);
    if (at < 0) continue;
    count++;
    rest = `${rest.slice(0, at)}\u0000${rest.slice(at + sentence.length)}`;
  }
  const leftover = rest.split(/\u0000|(?<=[.!?]['"”’]?)(?=[A-Z"“‘'(])/).filter((piece) => /[\p{L}\p{N}]{3}/u.test(piece));
  return Math.max(1, count + leftover.length);
}
