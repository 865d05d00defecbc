import type { Article, Block, Span } from '../types.js';
import { isBoilerplate } from './boilerplate.js';
import { parseBylineLine, splitTrailingDate } from './dateline.js';
import { endsInTitleCase, looksLikeHeading, looksLikeHeadline, readsAsProse } from './headline.js';
import { readMarkdownLine } from './markdown.js';

export interface CleanOptions {
  /** Read `#` headings and `>` quotes as Markdown block markup. */
  readonly markdown?: boolean;
  /** The headline, when the source knows it (an HTML page's metadata): no guessing from the first line. */
  readonly title?: string;
  readonly byline?: string | null;
  /** Publication date as the source gives it. */
  readonly date?: string | null;
}

interface Paragraph {
  text: string;
  /** Marked as a heading by Markdown (`#`), before any guessing. */
  markedHeading: boolean;
  /** Lines of a Markdown `>` block quote. */
  quote?: boolean;
  /** Its last line closes on a title-case heading (see endsInTitleCase) after no prose, and a paragraph follows. */
  endsInHeading?: boolean;
}

// Horizontal white space of every kind, C0/C1 control characters and the invisible direction
// marks web copy leaves before a quotation mark (U+200E/F, U+202A-E, U+2066-9) become one space.
const SPACE_RUN = /[\t\v\f \u00a0\u1680\u2000-\u200a\u200e\u200f\u202a-\u202f\u205f\u2066-\u2069\u3000\u0000-\u0008\u000e-\u001f\u007f-\u009f]+/g;
const ENDS_SENTENCE = /[.!?…:"'”’)\]]$/;

/**
 * Turns raw article text into the cleaned text every analysis reads: the headline, then
 * paragraphs and headings separated by blank lines, with boilerplate lines removed. Words and
 * quote marks are never rewritten, so offsets into the result point at the source's words.
 */
export function cleanArticle(raw: string, options: CleanOptions = {}): Article {
  const paragraphs = splitParagraphs(raw, options.markdown ?? false);

  let title = '';
  let byline: string | null = options.byline ?? null;
  let date = options.date ?? null;
  // A page's byline may carry the date too ("Mina Calder · July 12, 2021").
  const dated = byline === null ? null : splitTrailingDate(byline);
  if (dated) {
    byline = dated.head.replace(/^by\s+/i, '') || null;
    date ??= dated.date;
  }
  let body = paragraphs;
  const first = paragraphs[0];
  if (options.title) {
    title = options.title.replace(SPACE_RUN, ' ').trim();
    if (first?.text === title) body = paragraphs.slice(1);
  } else if (first && (first.markedHeading || (paragraphs.length > 1 && looksLikeHeadline(first.text)))) {
    // (A `#` heading alone is the article's headline too, not a trailing heading to drop.)
    title = first.text;
    body = paragraphs.slice(1);
  }
  // "By Mina Calder · July 12, 2021", or a byline and a date line: furniture, not article.
  for (let lines = 0; lines < 2 && body[0] && !body[0].quote; lines++) {
    const found = parseBylineLine(body[0].text);
    if (!found) break;
    byline ??= found.byline;
    date ??= found.date;
    body = body.slice(1);
  }
  // A trailing run of headings has no paragraph to head (often widget titles): drop it. Only
  // Markdown-marked headings can trail (a guessed heading needs a paragraph after it), and the
  // run is cut once: slicing line by line was quadratic on a file of nothing but headings.
  let keep = body.length;
  while (keep > 0 && body[keep - 1]!.markedHeading) keep--;
  body = body.slice(0, keep);

  const parts: string[] = [];
  let offset = 0;
  let titleSpan: Span | null = null;
  if (title) {
    titleSpan = { start: 0, end: title.length };
    parts.push(title);
    offset = title.length + 2;
  }
  const blocks: Block[] = [];
  body.forEach((p, i) => {
    blocks.push({ kind: p.quote ? 'quote' : isHeading(body, i) ? 'heading' : 'paragraph', start: offset, end: offset + p.text.length });
    parts.push(p.text);
    offset += p.text.length + 2;
  });
  return { title, byline, date, text: parts.join('\n\n'), titleSpan, blocks };
}

function isHeading(body: readonly Paragraph[], i: number): boolean {
  const p = body[i]!;
  if (p.markedHeading || p.endsInHeading) return true;
  if (p.quote) return false;
  // Only a line with a paragraph after it heads anything.
  return i < body.length - 1 && looksLikeHeading(p.text) && !body[i + 1]!.markedHeading && !looksLikeHeading(body[i + 1]!.text);
}

/**
 * Blank lines separate paragraphs. Inside a block, a line that ends a sentence or reads as a
 * heading ends its paragraph; so does a line closing on a title-case heading before a line that
 * opens in capitals, unless the text is hard-wrapped (there a name may end a line). Other line
 * breaks are hard wraps and become spaces.
 */
function splitParagraphs(raw: string, markdown: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let current: string[] = [];
  let inQuote = false;
  const flush = (endsInHeading = false) => {
    if (current.length > 0) out.push({ text: current.join(' '), markedHeading: false, quote: inQuote, endsInHeading });
    current = [];
  };
  const lines = raw.replace(/^\ufeff/, '').split(/\r\n?|\n|\u2028|\u2029/);
  let wrapped: boolean | undefined; // asked only at a title-case line end, which few texts have
  const headingEnds = (previous: string, line: string) => /^\p{Lu}/u.test(line) && endsInTitleCase(previous) && !(wrapped ??= isHardWrapped(lines));
  for (const rawLine of lines) {
    let line = rawLine.replace(SPACE_RUN, ' ').trim();
    if (markdown) {
      const md = readMarkdownLine(line);
      line = md.text.trim();
      if (md.heading && line) {
        flush();
        out.push({ text: line, markedHeading: true });
        continue;
      }
      // A block quote starts or ends a paragraph of its own.
      if ((md.quote ?? false) !== inQuote) {
        flush();
        inQuote = md.quote ?? false;
      }
    }
    if (line === '') {
      flush();
      continue;
    }
    if (isBoilerplate(line)) {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    if (previous !== undefined && (ENDS_SENTENCE.test(previous) || looksLikeHeading(previous))) flush();
    // The line ends its paragraph either way; it heads the next only when no prose comes before its capitals.
    else if (previous !== undefined && headingEnds(previous, line)) flush(!inQuote && !readsAsProse(previous));
    current.push(line);
  }
  flush();
  return out;
}

/** Some line goes on in lower case after a line that ends no sentence: the text wraps its lines. */
function isHardWrapped(lines: readonly string[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!.replace(SPACE_RUN, ' ').trim();
    if (previous !== '' && !ENDS_SENTENCE.test(previous) && /^\s*\p{Ll}/u.test(lines[i]!)) return true;
  }
  return false;
}
