/**
 * Titles before names, cut from the spans after decoding.
 * - A title is not part of a name (CoNLL's people start after "Mr" or "Dr"), and the tagger,
 *   trained on 1996 Reuters text that seldom writes "Mr", reads a lone title as an
 *   organisation or place: titles are cut from the front of a span, and a span of titles
 *   alone is dropped, its name being the capitalised word after it (a person). So is an
 *   office at the front of a person's name ("Sheriff Ann Tovey", "Mayor Tom Becker").
 * - An academic title names a discipline, not an organisation: in "Professor of North Korean
 *   Studies" the capitalised words after "Professor of" are the subject ("Korean Studies",
 *   "Economics"); an institution would follow "at". Organisation spans inside that run of
 *   capitalised words, or holding the title and the run, are dropped.
 */
import { isOffice, isTitle } from './junk-words.js';
import type { TokenSpan } from './labels.js';
import { isFalseTitle } from './name-roles.js';
import { STARTS_CAPITALISED, STARTS_UPPER } from './words.js';

const OF_OR_IN = /^(of|in)$/;
/** Titles followed by "of"/"in" and a discipline. */
const ACADEMIC_TITLE = /^(professor|lecturer)$/i;

/** Whether the span lies in the capitalised words right after "Professor of", or opens with them. */
export function inDiscipline(s: TokenSpan, words: readonly string[]): boolean {
  // The span may hold the title itself: "Professor of North Korean Studies" as one organisation.
  if (ACADEMIC_TITLE.test(words[s.start]!) && OF_OR_IN.test(words[s.start + 1] ?? '')) return true;
  let k = s.start - 1;
  while (k >= 0 && STARTS_UPPER.test(words[k]!)) k--;
  return k >= 1 && OF_OR_IN.test(words[k]!) && ACADEMIC_TITLE.test(words[k - 1]!);
}

/** Spans with their leading titles cut off (see the header); "Mr Lamb" gives the person "Lamb". */
export function withoutTitles(spans: readonly TokenSpan[], words: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    let start = s.start;
    while (start < s.end && isTitle(words[start]!)) start++;
    // An office or a false title before a person's name is no part of it either ("Sheriff Ann Tovey", "Singer Mara Quill").
    while (s.type === 'PER' && start < s.end - 1 && (isOffice(words[start]!) || isFalseTitle(words[start]!)) && STARTS_CAPITALISED.test(words[start + 1]!))
      start++;
    if (start === s.start) out.push(s);
    else if (start < s.end) out.push(STARTS_UPPER.test(words[start]!) ? { type: 'PER', start, end: s.end } : s);
    else if (spans[k + 1]?.start === s.end) {
      out.push({ ...spans[k + 1]!, type: 'PER' });
      k++;
    } else if (STARTS_CAPITALISED.test(words[s.end] ?? '')) out.push({ type: 'PER', start: s.end, end: s.end + 1 });
  }
  return out;
}
