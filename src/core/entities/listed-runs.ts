/**
 * Companies the decoder missed whole because every word of their name is a common one: "Capital
 * One fell 2%", "shares of Capital One" gave no name, though the gazetteer lists the whole as a
 * company. The decoder reads a word and its neighbours, and a listed phrase is only one feature
 * among many; two capitalised words inside a sentence (Mikheev 2002) that together are a listed
 * company's name and nothing else are that company. An untagged run of capitalised words is
 * looked up from its first word, longest first; a run that goes on past the listed words (a
 * longer name, "Capital One Arena") or a title-case line says nothing.
 */
import type { Gazetteer } from './gazetteer.js';
import type { TokenSpan } from './labels.js';
import { listedCompany } from './opening-names.js';
import { inOrdinaryCase } from './organisation-fronts.js';
import { STARTS_UPPER, wordStarts } from './words.js';

/** Whether the word opens with a capital, by its first character code (most words do not). */
function upperAt(w: string | undefined): boolean {
  if (w === undefined) return false;
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && STARTS_UPPER.test(w));
}

/** Spans with the listed companies' untagged runs added (see above). */
export function withListedRuns(
  spans: readonly TokenSpan[],
  words: readonly string[],
  g: Gazetteer | undefined,
  sentenceStarts: readonly number[],
): readonly TokenSpan[] {
  if (g === undefined || g.maxLength < 2) return spans;
  let added: TokenSpan[] | undefined;
  let k = 0;
  // Where the next run may start: past the last run looked up.
  let from = 0;
  // Only a word that may open with a capital can open a run: most words of a document open in lower case.
  for (const i of wordStarts(words).upper) {
    if (i < from || !upperAt(words[i]) || !upperAt(words[i + 1]) || upperAt(words[i - 1])) continue;
    while (k < spans.length && spans[k]!.end <= i) k++;
    const next = spans[k]?.start ?? words.length;
    // The untagged capitalised run from word i.
    let end = i;
    while (end < next && upperAt(words[end])) end++;
    from = end + 1;
    if (end - i < 2 || end - i > g.maxLength || end === next || !listedCompany(words.slice(i, end), g)) continue;
    if (inOrdinaryCase(words, sentenceStarts, i)) (added ??= []).push({ type: 'ORG', start: i, end });
  }
  if (added === undefined) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}
