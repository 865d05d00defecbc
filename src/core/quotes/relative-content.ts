import type { Token } from '../types.js';
import { ANTECEDENT_LINKS, NOUN_PHRASE_POS } from './subject-words.js';

/**
 * Reported speech in a relative clause: "the ties …, which experts say is aimed at X, were
 * welcomed" (the antecedent goes first, the clause closes before the main verb) and "X, who said
 * he would come, did not show up".
 */

/**
 * The noun phrase a relative pronoun at `rel` refers to ("the ties between the nations" before
 * ", which"), as tokens [first, end), or null when none stands right before it.
 */
export function antecedentOf(tokens: readonly Token[], rel: number, floor: number): [number, number] | null {
  let end = rel;
  if (tokens[end - 1]?.value === ',') end--;
  let first = end;
  while (first - 1 >= floor && end - first < 10 && (NOUN_PHRASE_POS.has(tokens[first - 1]!.pos) || ANTECEDENT_LINKS.has(tokens[first - 1]!.normal))) first--;
  while (first < end && ANTECEDENT_LINKS.has(tokens[first]!.normal)) first++;
  for (let k = first; k < end; k++) if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') return [first, end];
  return null;
}

/** The cue stands in a relative clause on its subject: "X, who (has) said …", "X, who went on to say …". */
export function whoClause(tokens: readonly Token[], i: number, floor: number): boolean {
  let k = i - 1;
  // "who went on to say", "who wanted to say": an infinitive cue after the clause's own verb.
  if (tokens[k]?.normal === 'to' && tokens[k]!.pos === 'PART') {
    k--;
    if (tokens[k]?.pos === 'ADP' && tokens[k - 1]?.pos === 'VERB') k--;
    if (tokens[k]?.pos !== 'VERB') return false;
    k--;
  }
  // ("who has since said": wink tags that "since" SCONJ.)
  while (k > floor && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.normal === 'since')) k--;
  return tokens[k]?.normal === 'who' && tokens[k - 1]?.value === ',';
}

/**
 * The comma in [from, end) after which the sentence's main verb comes, or `end`. A short clause
 * closes there too ("The wall, which Pell said would fail, held …").
 */
export function mainVerbComma(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (tokens[k]!.value !== ',') continue;
    let v = k + 1;
    while (v < end && tokens[v]!.pos === 'ADV') v++;
    if ((tokens[v]?.pos === 'VERB' && !tokens[v]!.normal.endsWith('ing')) || tokens[v]?.pos === 'AUX') return k;
  }
  return end;
}
