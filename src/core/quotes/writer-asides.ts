import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { isDashAt } from './dashes.js';
import { isQuoteMark } from './text.js';

/** Tests of what follows a comma or dash inside reported content: does the writer take over there? */

/** "no different, he said, from …": a short phrase, a comma, a subject of up to three words, a cue and a comma. */
export function interruptedAhead(tokens: readonly Token[], from: number, last: number): boolean {
  let c = from;
  while (c <= last && c < from + 8 && tokens[c]!.value !== ',') c++;
  if (tokens[c]?.value !== ',') return false;
  for (let k = c + 2; k <= c + 4 && k < last; k++) if (cueLemma(tokens, k) && tokens[k + 1]?.value === ',') return true;
  return false;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Tags of a word that carries the statement on after an apposition's closing comma. */
const RESUMING_POS = new Set(['ADP', 'VERB', 'AUX']);

/**
 * "make the old pier, a wreck the council bought, into a fortress": an apposition closed by a
 * comma after which the statement goes on with a verb or a preposition.
 */
export function asideResumes(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k < from + 12; k++) {
    const t = tokens[k]!;
    // (Not a relative clause's list: "Kinte, an African who was captured, shipped and sold".)
    if (isQuoteMark(t.value) || t.value === ';' || isDashAt(tokens, k) || RELATIVE_PRONOUNS.has(t.normal)) return false;
    if (t.value === ',') return RESUMING_POS.has(tokens[k + 1]?.pos ?? '') && !tokens[k + 1]!.normal.endsWith('ing');
  }
  return false;
}
