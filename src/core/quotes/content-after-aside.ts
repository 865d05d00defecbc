import type { Token } from '../types.js';
import { verbWithin } from './clause.js';
import { NOMINATIVE } from './subject-words.js';
import { isQuoteMark } from './text.js';

/**
 * "says, win or lose, he is staying", "said, per a translator, that …": an aside without a verb
 * between commas after the cue, then the clause ("that …", or a subject and its verb).
 */
export function clauseAfterAside(tokens: readonly Token[], comma: number, last: number): number | null {
  // The aside closes with the mark that opened it: "said — on the radio, of all places — that …".
  const mark = tokens[comma]!.value;
  let k = comma + 1;
  let verb = false;
  while (k <= last && k - comma <= MAX_VERB_ASIDE && tokens[k]!.value !== mark) {
    const t = tokens[k]!;
    if (isQuoteMark(t.value) || t.value === '.' || t.value === ':' || t.value === ';') return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    k++;
  }
  if (tokens[k]?.value !== mark || k === comma + 1) return null;
  const start = k + 1;
  // An aside with a verb of its own ("said, while testifying before Congress, that …", "said on CNN,
  // where he is a contributor, that …") only before "that", and the longer reach only then.
  if (tokens[start]?.normal === 'that') return tokens[start + 1] ? start + 1 : null;
  // "says, win or lose in the primary, he is staying", "said, if elected, she would …": a longer
  // aside before a pronoun and its verb is the speaker's condition, part of what was said.
  if (mark === ',' && (verb || k - comma > MAX_ASIDE) && NOMINATIVE.has(tokens[start]?.normal ?? '') && verbWithin(tokens, start + 1, 2)) return comma + 1;
  if (verb || k - comma > MAX_ASIDE || mark !== ',') return null;
  const first = tokens[start];
  if (!first || !ASIDE_CLAUSE_SUBJECTS.has(first.pos) || first.normal === 'that') return null;
  return verbWithin(tokens, start + 1, 5) ? start : null;
}

const MAX_ASIDE = 8;
const MAX_VERB_ASIDE = 14;
/** What may open the clause after an aside: a pronoun, a determiner, a name. */
export const ASIDE_CLAUSE_SUBJECTS = new Set(['PRON', 'DET', 'PROPN']);
