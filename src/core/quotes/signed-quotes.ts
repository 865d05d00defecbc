import type { Token } from '../types.js';
import { sentenceStart } from './candidate.js';
import { isNameWord } from './name-tokens.js';
import { type Subject } from './noun-phrases.js';
import { subjectAfter } from './forward-phrases.js';
import { isQuoteMark } from './text.js';
import { isDash } from './dashes.js';

/**
 * Quotes signed before their colon, as in a transcript or a list of reactions: by a name alone
 * ("Roe: “…”") or by a source after "from"/"according to" ("From the report: “…”"). Split from
 * cue-before.ts.
 */

/**
 * "Roe: “…”" · "POLLS WRONG - Jane Roe and Tom Lee: “…”": a name (or two) alone before the colon,
 * opening its sentence or after a dash, signs the quote as in a transcript.
 */
export function signedBy(tokens: readonly Token[], last: number): Subject | null {
  if (!isNameWord(tokens, last)) return null;
  let first = last;
  while (
    first > 0 &&
    tokens[first - 1]!.sentence === tokens[last]!.sentence &&
    (isNameWord(tokens, first - 1) || (tokens[first - 1]!.normal === 'and' && isNameWord(tokens, first - 2)))
  )
    first--;
  const before = tokens[first - 1];
  if (before && before.sentence === tokens[last]!.sentence && !isDash(before.value) && !isQuoteMark(before.value)) return null;
  // Two names signing together: the last speaks for both.
  for (let k = last; k > first; k--) if (tokens[k]!.normal === 'and') first = k + 1;
  const subject = subjectAfter(tokens, first, last + 1);
  return subject && subject.kind === 'name' && subject.end === last + 1 ? subject : null;
}

/**
 * "From the report: “…”" · "More from Roe and Lee: “…”" · "According to the Gazette: “…”": a
 * source after "from" or "according to", alone with it before the colon in its sentence, signs
 * the quote (`last`: the token before the colon).
 */
export function sourceSigned(tokens: readonly Token[], last: number): Subject | null {
  let k = sentenceStart(tokens, last);
  if (tokens[k]!.normal === 'more') k++;
  if (tokens[k]!.normal === 'from') k++;
  else if (tokens[k]!.normal === 'according' && tokens[k + 1]?.normal === 'to') k += 2;
  else return null;
  const source = subjectAfter(tokens, k, last + 1);
  return source && source.kind !== 'pronoun' && source.end === last + 1 ? source : null;
}
