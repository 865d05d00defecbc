/**
 * Names that end in a number: "BBC Radio 4", "ADAC Formula 4", "Windows 95". The tagger,
 * trained on 1996 Reuters, where a number after a name is a score or a table's figure
 * ("Reading 2 Stoke 1"), closes the name before it ("ADAC Formula"). A name whose last word
 * is an ordinary word ("Radio", "Formula", "Forever": mostly lower case in the training text)
 * (or one the article itself writes in lower case: "Channel 4" beside "the channel") is not
 * finished there: the number directly after it is part of it ("Forever 21"), and so is a name
 * of the same kind right after the number ("Fathers 4 Justice"). Not
 * after a one-word person: "Job 86" is a goal's minute, "Green 102" an innings. Nor when
 * the number is one of several figures (a score, a row of a table) or a share ("44%").
 */
import { writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import type { TokenSpan } from './labels.js';
import { STARTS_CAPITALISED, STARTS_LOWER, wordLookup } from './words.js';

const SMALL_NUMBER = /^\d{1,3}$/;
const NUMBER_OR_DASH = /^(?:[\d.,:/-]+|[-–—])$/;
/** Another figure near the number: a score's or a table's, a time ("1500 GMT"); not a name with a digit in it ("BBC1", "1Xtra"). */
const FIGURE = /^[.,:/-]*\d[\d.,:/%-]*$/;

/** Words looked at either side for other figures. */
const NEAR = 4;

/**
 * Whether the number at `n`, after the name starting at `start`, stands alone: no other
 * figure near it (a score, a row of a table, "West Coast 24.12"), no "%" after it ("Pew
 * Research 44%") and no letter written on to it ("Isle of Man 3G").
 */
function standsAlone(words: readonly string[], start: number, n: number): boolean {
  const after = words[n + 1] ?? '';
  if (after === '%' || /^\p{Lu}$/u.test(after) || NUMBER_OR_DASH.test(after)) return false;
  for (let i = Math.max(0, start - NEAR); i <= n + NEAR && i < words.length; i++) if (i !== n && FIGURE.test(words[i]!)) return false;
  return true;
}

/**
 * Whether the word is ordinary: the training text mostly writes it in lower case, or the
 * article itself does somewhere ("Channel 5" beside "the channel").
 */
function ordinary(word: string, g: Gazetteer, written: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  return writtenLowerInTraining(g, word) || (STARTS_LOWER.test(lower) && written(lower));
}

/** Spans with the number that finishes their name (see above). */
export function withNameNumbers(spans: readonly TokenSpan[], words: readonly string[], g: Gazetteer | undefined): readonly TokenSpan[] {
  if (g === undefined) return spans;
  let out: TokenSpan[] | undefined; // copied only when a span changes
  const written = wordLookup(words);
  let joined = -1; // the span a name before it took in across a number
  spans.forEach((s, k) => {
    if (k === joined) return;
    const last = words[s.end - 1]!;
    const grows =
      (s.end - s.start >= 2 || s.type !== 'PER') &&
      SMALL_NUMBER.test(words[s.end] ?? '') &&
      spans[k + 1]?.start !== s.end &&
      STARTS_CAPITALISED.test(last) &&
      standsAlone(words, s.start, s.end) &&
      ordinary(last, g, written);
    const next = spans[k + 1];
    if (!grows) out?.push(s);
    // A name of the same kind right after the number goes on the name: "Fathers 4 Justice".
    else if (next !== undefined && next.start === s.end + 1 && next.type === s.type) {
      (out ??= spans.slice(0, k)).push({ ...s, end: next.end });
      joined = k + 1;
    } else (out ??= spans.slice(0, k)).push({ ...s, end: s.end + 1 });
  });
  return out ?? spans;
}
