import type { Token } from '../types.js';
import { subjectAfter } from './forward-phrases.js';
import { isNameWord } from './name-tokens.js';
import { type Subject } from './noun-phrases.js';
import { AUTHORED_NOUNS, TEXT_NOUNS } from './speaker-nouns.js';

/** Two tests on the subject of a cue before a quote's marks, split from cue-before.ts. */

/**
 * Phrase `p` is the object of a verb or preposition before it; not a name after "of" or "with"
 * ("footage of Roe saying", "with Roe yelling" are Roe's), and no text, which speaks itself ("held
 * a sign saying").
 */
export function objectPhrase(tokens: readonly Token[], p: Subject): boolean {
  const before = tokens[p.first - 1];
  if (!before || (before.pos !== 'VERB' && before.pos !== 'ADP') || before.normal.endsWith('ing')) return false;
  if (before.normal === 'of' || before.normal === 'with' || TEXT_NOUNS.has(p.head) || AUTHORED_NOUNS.has(p.head)) return false;
  // ("uses footage of Ana Ruiz asking": who is shown speaks.)
  for (let k = p.first; k < p.end; k++) if (tokens[k]!.normal === 'of' && isNameWord(tokens, k + 1)) return false;
  return true;
}

/**
 * "As Carl Ostrow, an expert on ports, noted, “…”": the name that opens an as-clause whose cue
 * introduces the quote, past its apposition (a temporal "As Roe, a pilot, joked with …, Lee
 * frowned" has no quote after its cue). `floor`: the sentence's first token; `c`: the cue.
 */
export function asClauseName(tokens: readonly Token[], floor: number, c: number): Subject | null {
  if (tokens[floor]!.normal !== 'as' || !isNameWord(tokens, floor + 1)) return null;
  const name = subjectAfter(tokens, floor + 1, c);
  return name?.kind === 'name' && tokens[name.end]?.value === ',' && tokens[c - 1]?.value === ',' ? name : null;
}
