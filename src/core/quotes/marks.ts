import type { Block, Span } from '../types.js';
import type { QuotedSpan } from './quoted-span.js';
import { findSingleQuotedSpans, usesSingleMarks } from './single-marks.js';
import { afterSentenceEnd, closesBefore, countWords, isLongWord, isSpaceCode, opensAfter, trimEnd, upperInitial, type WordTest } from './text.js';

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
        const sameFamily = family(text.charCodeAt(next.start)) === family(text.charCodeAt(result.open));
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
    i = nextMark(text, i, block.end);
    if (i < 0) break;
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
    } else if (role === 'open' && depth === 1 && text.charCodeAt(i) === text.charCodeAt(open) && afterSentenceEnd(text, i, partStart)) {
      // Roe said: "A. "B." — paragraphs of one quote run together, the first's closing mark left
      // out by the convention for quotes over several paragraphs: the mark opens the next part.
      parts.push({ start: partStart, end: trimEnd(text, partStart, i) });
      partStart = i + width;
    } else if (role === 'open') depth++;
    else if (role === 'none' && depth === 1 && (afterSentenceEnd(text, i, partStart) || afterInnerClose(text, i, partStart))) {
      // "… for nine years... " Roe recalled: a mark spaced on both sides after a full stop closes,
      // as after an inner quote's closing mark: "… and say, 'Well done,' " said Roe.
      parts.push({ start: partStart, end: trimEnd(text, partStart, i) });
      found.push({ open, close: i + width, parts });
      open = -1;
    } else if (role === 'close' && --depth === 0) {
      parts.push({ start: partStart, end: i });
      found.push({ open, close: i + width, parts });
      open = -1;
    }
    i += width - 1;
  }
  return open >= 0 && block.end > partStart ? { open, parts, partStart } : null;
}

/** Before `i`, past white space, an inner quote closes: a single mark after a comma or a stop (`,' "`), or after a word once an inner quote opened. */
function afterInnerClose(text: string, i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && isSpaceCode(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  const p = text.charCodeAt(k - 1);
  if (!(k > from + 1 && k < i - 1 && (c === 39 || c === 0x2019))) return false;
  if (p === 44 || p === 46 || p === 33 || p === 63) return true;
  // "… do the 'harbour two-step' " - …": after a word, when an inner quote opened before it.
  return innerOpenBefore(text, from, k);
}

/** A single mark opening an inner quote in text[from, k): after white space, before a letter. */
function innerOpenBefore(text: string, from: number, k: number): boolean {
  for (let j = from + 1; j < k - 1; j++) {
    const c = text.charCodeAt(j);
    if ((c === 39 || c === 0x2018) && isSpaceCode(text.charCodeAt(j - 1)) && /\p{L}/u.test(text[j + 1]!)) return true;
  }
  return false;
}

/**
 * Width of a double mark at i: 1, or 2 for two apostrophes `''`; 0 when there is none. Of three
 * apostrophes after a word, the first closes an inner quote and the last two the outer one
 * (`''Do not yell, 'Go home.''' Then …`).
 */
function markWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34 || isOpener(c) || isCloser(c)) return 1;
  if (c === 39 && text.charCodeAt(i + 1) === 39) return text.charCodeAt(i + 2) === 39 && i > 0 && !opensAfter(text.charCodeAt(i - 1)) ? 0 : 2;
  return 0;
}

/** Whether the mark at i opens or closes a quote, judged by what stands on either side of it. */
function roleOf(text: string, i: number, width: number, blockStart: number, blockEnd: number): 'open' | 'close' | 'none' {
  const spaceBefore = i === blockStart || opensAfter(text.charCodeAt(i - 1));
  // (". . . I just want …": an ellipsis after a mark is the speaker's words cut, and opens like one.)
  const spaceAfter = i + width >= blockEnd || (closesBefore(text.charCodeAt(i + width)) && !ellipsisAt(text, i + width));
  const c = text.charCodeAt(i);
  if (isOpener(c)) return !spaceBefore && spaceAfter ? 'close' : 'open';
  if (isCloser(c)) return spaceBefore && !spaceAfter ? 'open' : 'close';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore) return 'close';
  return 'none';
}

/** "..." or ". . ." at k. */
function ellipsisAt(text: string, k: number): boolean {
  return text.charCodeAt(k) === 46 && (text.charCodeAt(k + 1) === 46 || (text.charCodeAt(k + 1) === 32 && text.charCodeAt(k + 2) === 46));
}

/**
 * Index of the first mark in text[from, end), or -1. The regular expression scans faster than a
 * loop over characters, and `test` (unlike `exec`) builds no match array.
 */
function nextMark(text: string, from: number, end: number): number {
  MARK.lastIndex = from;
  if (!MARK.test(text)) return -1;
  const at = MARK.lastIndex - 1; // every mark is one character
  return at < end ? at : -1;
}

const MARK = /["'“”„«»]/g;

/** A mark that opens by its shape: “ „ «. ('"' and `''` open or close by where they stand.) */
function isOpener(c: number): boolean {
  return c === 0x201c || c === 0x201e || c === 0xab;
}

/** A mark that closes by its shape: ” ». */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0xbb;
}

/** Marks of one family pair with each other across paragraphs: straight, two-apostrophe, or curly. */
function family(c: number): string {
  return c === 34 ? 'straight' : c === 39 ? 'apostrophes' : 'curly';
}

/** “The Art of the Deal”: every long word capitalised, no lower-case verb or pronoun, no sentence punctuation. */
export function looksLikeTitle(text: string, parts: readonly Span[]): boolean {
  const last = parts[parts.length - 1]!;
  // /[.!?…]$/ on the last part.
  const final = last.end > last.start ? text.charCodeAt(last.end - 1) : 0;
  if (final === 46 || final === 33 || final === 63 || final === 0x2026) return false;
  let words = 0;
  for (const p of parts) {
    // Two sentences are no title: “Like Dover. Or Acme,” he said (not "Mrs. Roe": the stop of a short abbreviation).
    if (SENTENCE_BREAK.test(text.slice(p.start, p.end))) return false;
    // A lower-case verb or pronoun is no title case ("Nusra is Al Qaeda"; quotes11 round).
    if (countWords(text, p.start, p.end, clauseWord, undefined, 1) > 0) return false;
    const n = countWords(text, p.start, p.end, isLongWord, upperInitial);
    if (n < 0) return false;
    words += n;
  }
  return words > 0;
}

/** A word of three lower-case letters or more ends a sentence and a capital opens the next. */
const SENTENCE_BREAK = /\p{Ll}{3}[.!?] +\p{Lu}/u;

/** Short words a title capitalises (verbs, pronouns) but a sentence does not. */
const CLAUSE_WORDS = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'has',
  'had',
  'have',
  'do',
  'does',
  'did',
  'can',
  'will',
  'it',
  'we',
  'he',
  'she',
  'they',
  'you',
  'i',
  'not',
]);
const clauseWord: WordTest = (text, start, end) => end - start <= 4 && CLAUSE_WORDS.has(text.slice(start, end));
