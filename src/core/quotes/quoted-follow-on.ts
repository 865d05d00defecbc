import type { ParsedArticle, Span } from '../types.js';
import { cueLemma, tokenAtIn, type Candidate } from './candidate.js';
import type { QuotedSpan } from './quoted-span.js';
import { isSpaceCode, splitWordsIn, trimEnd } from './text.js';

/**
 * `“A,” Roe said. It is “B.”`: quoted words in the sentence right after a cued direct quote, in
 * its paragraph, with no cue of their own, are the same speaker going on; PolNeAR annotates
 * A … B as one attribution. Only words that read as a statement (at least four, closing the
 * sentence) count: a term in scare quotes (“at-large”, “Gang of Eight”) is the writer's.
 * Returns the quoted span to join, or null.
 */
export function quotedFollowOn(
  parsed: ParsedArticle,
  starts: Int32Array,
  spans: readonly QuotedSpan[],
  c: Candidate,
  next: Candidate | undefined,
): QuotedSpan | null {
  if (c.kind !== 'direct' || c.inherits || !c.cue) return null;
  const { tokens, sentences } = parsed;
  const text = parsed.article.text;
  const lastEnd = c.parts[c.parts.length - 1]!.end;
  const here = Math.max(tokens[c.cue.end - 1]!.sentence, tokens[tokenAtIn(starts, lastEnd) - 1]!.sentence);
  const sentence = sentences[here + 1];
  if (!sentence || sentence.block !== sentences[here]!.block) return null;
  const quote = spans.find((s) => s.open >= sentence.start && s.open < sentence.end);
  // (The quote may run on over further sentences of the paragraph: “B. C.”)
  if (!quote || quote.parts.length !== 1) return null;
  if (next && next.parts[0]!.start < quote.close) return null;
  const { start, end } = quote.parts[0]!;
  if (splitWordsIn(text, start, end).length < MIN_WORDS || !closesSentence(text, quote, sentence)) return null;
  // ("Her novel is called “The Long Tide”", "The sign read “…”": a title or a notice's words, no one speaking.)
  if (namesText(tokens, tokenAtIn(starts, quote.open))) return null;
  // A cue of its own outside the marks ("She wants the candidates “…”") makes it a new attribution.
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = tokens[k]!;
    if ((t.end <= quote.open || t.start >= quote.close) && cueLemma(tokens, k)) return null;
  }
  return quote;
}

const MIN_WORDS = 4;

/** The word before the mark at token `open` (past "as") names a title or gives a written text's words. */
function namesText(tokens: ParsedArticle['tokens'], open: number): boolean {
  let k = open - 1;
  if (tokens[k]?.normal === 'as') k--;
  return TEXT_NAMING.has(tokens[k]?.normal ?? '');
}

const TEXT_NAMING: ReadonlySet<string> = new Set(['called', 'named', 'titled', 'entitled', 'dubbed', 'read', 'reads', 'reading']);

/** The quote ends its sentence: a stop inside the closing mark, or only a stop after it. */
function closesSentence(text: string, quote: QuotedSpan, sentence: Span): boolean {
  if (isStop(text[trimEnd(text, quote.parts[0]!.start, quote.parts[0]!.end) - 1])) return true;
  let k = quote.close;
  while (k < sentence.end && isSpaceCode(text.charCodeAt(k))) k++;
  if (isStop(text[k])) k++;
  while (k < sentence.end && isSpaceCode(text.charCodeAt(k))) k++;
  return k >= sentence.end;
}

function isStop(c: string | undefined): boolean {
  return c === '.' || c === '!' || c === '?';
}
