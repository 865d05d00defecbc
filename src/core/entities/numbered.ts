/**
 * Names that end in a number: "BBC Radio 4", "ADAC Formula 4", "Windows 95". The tagger,
 * trained on 1996 Reuters, where a number after a name is a score or a table's figure
 * ("Reading 2 Stoke 1"), closes the name before it ("ADAC Formula"). A name whose last word
 * is an ordinary word ("Radio", "Formula", "Forever": mostly lower case in the training text)
 * is not finished there: the number directly after it is part of it ("Forever 21"). Not
 * after a one-word person: "Job 86" is a goal's minute, "Green 102" an innings. Nor when
 * the number is one of several figures (a score, a row of a table) or a share ("44%").
 */
import { LOWERCASE_BIT, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import type { TokenSpan } from './labels.js';

const SMALL_NUMBER = /^\d{1,3}$/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const NUMBER_OR_DASH = /^(?:[\d.,:/-]+|[-–—])$/;

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
  for (let i = Math.max(0, start - NEAR); i <= n + NEAR && i < words.length; i++) if (i !== n && /\d/.test(words[i]!)) return false;
  return true;
}

/** Spans with the number that finishes their name (see above). */
export function withNameNumbers(spans: readonly TokenSpan[], words: readonly string[], g: Gazetteer | undefined): readonly TokenSpan[] {
  if (g === undefined) return spans;
  let out: TokenSpan[] | undefined; // copied only when a span changes
  spans.forEach((s, k) => {
    const last = words[s.end - 1]!;
    const grows =
      (s.end - s.start >= 2 || s.type !== 'PER') &&
      SMALL_NUMBER.test(words[s.end] ?? '') &&
      spans[k + 1]?.start !== s.end &&
      CAPITALISED_WORD.test(last) &&
      (g.lookup(hashPhrase([last])) & LOWERCASE_BIT) !== 0 &&
      standsAlone(words, s.start, s.end);
    if (grows) (out ??= spans.slice(0, k)).push({ ...s, end: s.end + 1 });
    else out?.push(s);
  });
  return out ?? spans;
}
