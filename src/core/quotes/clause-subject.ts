import type { Token } from '../types.js';
import { AMOUNTS, AMOUNT_LEADS, FRACTIONS } from './amounts.js';
import { INFINITIVE_AUX } from './clause-words.js';
import { NOUN_PHRASE_POS, POSSESSIVES } from './subject-words.js';
import { isPossessiveMark, isQuoteMark, pastMarks } from './text.js';

/**
 * Whether the words after a cue open a clause by its subject and finite verb, for the cues and
 * words content-start.ts cannot judge by the first word alone.
 */

/**
 * A noun phrase ("Clinton and her team", "the state's new law") and right after it a finite verb
 * ("were", "has", "violated"): the start of a clause, not the object of the cue.
 */
export function subjectThenFiniteVerb(tokens: readonly Token[], k: number, last: number): boolean {
  for (let j = k; j <= last && j < k + 7; j++) {
    const t = tokens[j]!;
    if (j > k && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && tokens[j - 1]!.normal !== 'to'))) {
      return t.pos === 'AUX' ? !INFINITIVE_AUX.has(t.normal) : SUBJECT_POS.has(tokens[j - 1]!.pos);
    }
    // "noting the mayor “makes you want to weep.”": the speaker's words in marks open with the verb.
    if (j > k && isQuoteMark(t.value) && SUBJECT_POS.has(tokens[j - 1]!.pos)) return quotedFiniteVerb(tokens[pastMarks(tokens, j)]);
    if (!(NOUN_PHRASE_POS.has(t.pos) || POSSESSIVES.has(t.normal) || t.normal === 'and' || t.normal === 'of' || isPossessiveMark(t.value))) return false;
  }
  return false;
}

/** A lower-case finite verb ("makes", "has"; not "to" nor a gerund) opening a quotation. */
function quotedFiniteVerb(t: Token | undefined): boolean {
  if (!t || !/^\p{Ll}/u.test(t.value)) return false;
  return t.pos === 'AUX' ? !INFINITIVE_AUX.has(t.normal) : t.pos === 'VERB' && !t.normal.endsWith('ing');
}

const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * A clause whose subject opens with a word that is no clause opener on its own: an amount ("said
 * about half of the budget went …", "says too many women are …", "said at least 20 were …"), a denial
 * ("said no decision had been taken") or a
 * name wink reads as a verb ("said Cook/VERB provided …"). True when a noun phrase and a finite
 * verb follow. (A hyphenated modifier wink splits, "said down-ballot races can …", was tried: on
 * train its one statement ran on past a colon, a false quote.)
 */
export function subjectWithLead(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k]!;
  let j = k + 1;
  if (AMOUNT_LEADS.has(t.normal)) {
    if (tokens[j]?.normal === 'than') j++;
    // An amount follows ("about half", "too many", "more than 100"), not a topic ("told the court about the impact …").
    if (tokens[j]?.pos !== 'NUM' && !AMOUNTS.has(tokens[j]?.normal ?? '') && !(tokens[j]?.normal === 'a' && FRACTIONS.has(tokens[j + 1]?.normal ?? '')))
      return false;
  } else if (AMOUNT_PAIRS.get(t.normal) === tokens[j]?.normal) j++;
  else if ((t.normal === 'over' || t.normal === 'under') && tokens[j]?.pos === 'NUM') {
    // "said over 200 people were …"
  } else if (t.normal === 'no') {
    // "said no decision had been taken", "said no one was hurt": a subject denied ("said no to the
    // plan", "said no more" have no finite verb after a noun phrase).
  } else if (t.pos === 'VERB' && /^\p{Lu}/u.test(t.value) && tokens[j]?.pos === 'VERB' && !tokens[j]!.normal.endsWith('ing')) return true;
  else return false;
  for (let n = j; n <= last && n < j + 10; n++) {
    const u = tokens[n]!;
    const finite = u.pos === 'AUX' ? !INFINITIVE_AUX.has(u.normal) : u.pos === 'VERB' && !u.normal.endsWith('ing') && tokens[n - 1]!.normal !== 'to';
    if (finite) return n > j && SUBJECT_HEADS.has(tokens[n - 1]!.pos);
    if (!(NOUN_PHRASE_POS.has(u.pos) || PHRASE_LINKS.has(u.normal) || POSSESSIVES.has(u.normal) || isPossessiveMark(u.value))) return false;
  }
  return false;
}

const AMOUNT_PAIRS = new Map([
  ['at', 'least'],
  ['up', 'to'],
]);
const PHRASE_LINKS = new Set(['of', 'in', 'and']);
const SUBJECT_HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
