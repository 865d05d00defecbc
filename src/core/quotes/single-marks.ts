import type { Block, Span } from '../types.js';
import type { QuotedSpan } from './quoted-span.js';
import { afterSentenceEnd, closesBefore, isSpaceCode, opensAfter, trimEnd } from './text.js';

/**
 * Single quotation marks as the primary marks (‘…’, British style, and the Daily Mail's), used
 * only for an article with no double marks at all, since elsewhere ’ is mostly an apostrophe.
 * A mark opens after white space or an opening bracket and before a non-space; it closes after a
 * non-space and before white space or punctuation. No nesting: the inner marks of this style are
 * double, and such an article has none.
 */
export function usesSingleMarks(text: string): boolean {
  return !hasDoubleMarks(text) && SINGLE_OPENER.test(text);
}

/** `/["“”„«»]|''/`: a double mark, or two apostrophes standing for one (split in two: the alternation scans slowly). */
function hasDoubleMarks(text: string): boolean {
  return DOUBLE_MARK.test(text) || text.includes("''");
}

const DOUBLE_MARK = /["“”„«»]/;

const SINGLE_OPENER = /(^|[\s([{—–-])[‘'](?=[^\s\d])/m;
const SINGLE = /[‘’']/g;

export function findSingleQuotedSpans(text: string, blocks: readonly Block[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  let open = -1;
  let partStart = 0;
  let parts: Span[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    let from = block.start;
    if (open >= 0) {
      // A quote over several paragraphs: each opens with a mark, only the last closes.
      if (opens(text, block.start, block.start)) {
        partStart = block.start + 1;
        from = partStart;
      } else {
        open = -1;
        parts = [];
      }
    }
    SINGLE.lastIndex = from;
    for (let hit = SINGLE.exec(text); hit && hit.index < block.end; hit = SINGLE.exec(text)) {
      const i = hit.index;
      if (open < 0) {
        if (opens(text, i, block.start)) {
          open = i;
          partStart = i + 1;
          parts = [];
        }
      } else if (opens(text, i, block.start) && afterSentenceEnd(text, i, partStart)) {
        // ‘A. ‘B.’ — paragraphs of one quote run together: the mark opens the next part.
        parts.push({ start: partStart, end: trimEnd(text, partStart, i) });
        partStart = i + 1;
      } else if (closes(text, i, block.end)) {
        parts.push({ start: partStart, end: i });
        found.push({ open, close: i + 1, parts });
        open = -1;
      }
    }
    if (open >= 0) {
      if (blocks[b + 1] && block.end > partStart) parts.push({ start: partStart, end: block.end });
      else {
        open = -1;
        parts = [];
      }
    }
  }
  return found;
}

/** A mark that opens: ‘ or ', after white space, a bracket or a dash (opensAfter) and before no space or digit. */
function opens(text: string, i: number, blockStart: number): boolean {
  const ch = text[i];
  if (ch !== '‘' && ch !== "'") return false;
  if (i + 1 >= text.length) return false;
  const after = text.charCodeAt(i + 1);
  if (isSpaceCode(after) || (after >= 48 && after <= 57)) return false;
  return i === blockStart || opensAfter(text.charCodeAt(i - 1));
}

/** A mark that closes: ’ or ', after no space and before white space, punctuation or a dash (closesBefore). */
function closes(text: string, i: number, blockEnd: number): boolean {
  const ch = text[i];
  if (ch !== '’' && ch !== "'") return false;
  if (i === 0 || isSpaceCode(text.charCodeAt(i - 1))) return false;
  return i + 1 >= blockEnd || closesBefore(text.charCodeAt(i + 1));
}
