import type { Block, Span } from '../types.js';
import { findSingleQuotedSpans, usesSingleMarks } from './single-marks.js';

/** Text between a pair of double quotation marks, possibly running over several paragraphs. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark. */
  readonly close: number;
  /** The words inside the marks, one span per paragraph the quote runs over. */
  readonly parts: readonly Span[];
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/**
 * Pairs double quotation marks, one linear pass over each paragraph. A mark opens or closes by
 * where it stands, not by its shape, because copy mixes them ("I prefer Kasich,” / “It's
 * unusual,“): after white space or a bracket and before a word it opens, after a word it closes.
 * Quotes nest (a quote inside a quote stays part of the outer one). A quote left open at the end
 * of a paragraph goes on when the next paragraph opens with a mark (the news convention for a
 * quote over several paragraphs: each opens, only the last closes); otherwise its opening mark
 * was a stray, and the paragraph is read again after it (at most a few times, to stay linear).
 */
export function findQuotedSpans(text: string, blocks: readonly Block[]): QuotedSpan[] {
  if (usesSingleMarks(text)) return findSingleQuotedSpans(text, blocks);
  const found: QuotedSpan[] = [];
  let carried: Carried | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    let from = block.start;
    let carry = carried;
    carried = null;
    if (carry) {
      // Continuing a quote from the previous paragraph: this one must open with a mark.
      const width = markWidth(text, block.start);
      if (width > 0 && roleOf(text, block.start, width, block.start, block.end) !== 'close') {
        carry = { open: carry.open, parts: carry.parts, partStart: block.start + width };
        from = block.start + width;
      } else carry = null;
    }
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const result = scanParagraph(text, from, block, carry, found);
      if (!result) break;
      if (blocks[b + 1]) {
        const next = blocks[b + 1]!;
        const nextWidth = markWidth(text, next.start);
        const sameFamily = family(text[next.start]!) === family(text[result.open]!);
        if (nextWidth > 0 && sameFamily && roleOf(text, next.start, nextWidth, next.start, next.end) !== 'close') {
          carried = { open: result.open, parts: [...result.parts, { start: result.partStart, end: block.end }], partStart: 0 };
          break;
        }
      }
      // A stray opener: read on after it.
      if (carry) break;
      from = result.open + markWidth(text, result.open);
    }
  }
  return found;
}

interface Carried {
  readonly open: number;
  readonly parts: readonly Span[];
  readonly partStart: number;
}

const MAX_RETRIES = 4;

/** Scans one paragraph from `from`; pushes the quotes it closes and returns the one left open, if any. */
function scanParagraph(text: string, from: number, block: Block, carry: Carried | null, found: QuotedSpan[]): Carried | null {
  let open = carry ? carry.open : -1;
  let parts: Span[] = carry ? [...carry.parts] : [];
  let partStart = carry ? carry.partStart : 0;
  let depth = carry ? 1 : 0;
  for (let i = from; i < block.end; i++) {
    MARK.lastIndex = i;
    const hit = MARK.exec(text);
    if (!hit || hit.index >= block.end) break;
    i = hit.index;
    const width = markWidth(text, i);
    if (width === 0) continue;
    const role = roleOf(text, i, width, block.start, block.end);
    if (open < 0) {
      if (role === 'open') {
        open = i;
        partStart = i + width;
        depth = 1;
        parts = [];
      }
    } else if (role === 'open') depth++;
    else if (role === 'close' && --depth === 0) {
      parts.push({ start: partStart, end: i });
      found.push({ open, close: i + width, parts });
      open = -1;
    }
    i += width - 1;
  }
  return open >= 0 && block.end > partStart ? { open, parts, partStart } : null;
}

/** Width of a double mark at i: 1, or 2 for two apostrophes `''`; 0 when there is none. */
function markWidth(text: string, i: number): number {
  const ch = text[i];
  if (ch === '"' || OPENERS.has(ch ?? '') || CLOSERS.has(ch ?? '')) return 1;
  if (ch === "'" && text[i + 1] === "'") return 2;
  return 0;
}

/** Whether the mark at i opens or closes a quote, judged by what stands on either side of it. */
function roleOf(text: string, i: number, width: number, blockStart: number, blockEnd: number): 'open' | 'close' | 'none' {
  const before = i === blockStart ? ' ' : text[i - 1]!;
  const after = i + width >= blockEnd ? ' ' : text[i + width]!;
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]\u2014\u2013-]/.test(after);
  const ch = text[i]!;
  if (OPENERS.has(ch)) return !spaceBefore && spaceAfter ? 'close' : 'open';
  if (CLOSERS.has(ch)) return spaceBefore && !spaceAfter ? 'open' : 'close';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore) return 'close';
  return 'none';
}

const MARK = /["'“”„«»]/g;

/** Marks of one family pair with each other across paragraphs: straight, two-apostrophe, or curly. */
function family(ch: string): string {
  return ch === '"' ? 'straight' : ch === "'" ? 'apostrophes' : 'curly';
}

/** “The Art of the Deal”: every long word capitalised and no sentence punctuation. */
export function looksLikeTitle(text: string, parts: readonly Span[]): boolean {
  const words = parts.flatMap((p) => text.slice(p.start, p.end).split(/\s+/)).filter((w) => w.length > 3);
  const last = parts[parts.length - 1]!;
  const ends = /[.!?…]$/.test(text.slice(last.start, last.end));
  return !ends && words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}
