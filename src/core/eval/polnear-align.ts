/**
 * Predicted spans index precis's cleaned text, PolNeAR's offsets the raw file: the two are
 * aligned character by character, skipping white space and the lines cleaning dropped.
 */
import type { Span } from '../types.js';

/**
 * Maps every offset of the cleaned text to an offset of the raw text. Cleaning only changes
 * white space and drops whole lines, so the non-space characters of the cleaned text are, in
 * order, a subsequence of the raw text's; where a dropped line interrupts, the walk jumps to the
 * next place the following characters of the cleaned text occur.
 */
export function alignToRaw(cleaned: string, raw: string): Int32Array {
  const map = new Int32Array(cleaned.length + 1);
  const WINDOW = 24;
  let r = 0;
  for (let c = 0; c < cleaned.length; c++) {
    const ch = cleaned[c]!;
    if (/\s/.test(ch)) {
      map[c] = r;
      continue;
    }
    while (r < raw.length && /\s/.test(raw[r]!)) r++;
    if (raw[r] !== ch) {
      const probe = compactAhead(cleaned, c, WINDOW);
      r = findCompact(raw, r, probe);
    }
    map[c] = r;
    r++;
  }
  map[cleaned.length] = r;
  return map;
}

/** Maps a cleaned-text span to the raw text: from its first to its last non-space character. */
export function spanToRaw(span: Span, cleaned: string, map: Int32Array): Span {
  let s = span.start;
  let e = span.end;
  while (s < e && /\s/.test(cleaned[s]!)) s++;
  while (e > s && /\s/.test(cleaned[e - 1]!)) e--;
  if (e <= s) return { start: map[s]!, end: map[s]! };
  return { start: map[s]!, end: map[e - 1]! + 1 };
}

function compactAhead(text: string, from: number, n: number): string {
  let out = '';
  for (let i = from; i < text.length && out.length < n; i++) if (!/\s/.test(text[i]!)) out += text[i];
  return out;
}

/** The raw offset at or after `from` where the non-space characters `probe` start, else `from`. */
function findCompact(raw: string, from: number, probe: string): number {
  const first = probe[0];
  if (first === undefined) return from;
  for (let at = raw.indexOf(first, from); at >= 0; at = raw.indexOf(first, at + 1)) {
    let i = at;
    let k = 0;
    while (k < probe.length && i < raw.length) {
      if (/\s/.test(raw[i]!)) {
        i++;
        continue;
      }
      if (raw[i] !== probe[k]) break;
      i++;
      k++;
    }
    if (k === probe.length || i >= raw.length) return at;
  }
  return from;
}
