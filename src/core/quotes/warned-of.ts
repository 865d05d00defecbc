import type { Token } from '../types.js';
import { NOUN_PHRASE_POS, POSSESSIVES } from './subject-words.js';
import { isPossessiveMark, isQuoteMark } from './text.js';
import { PASSIVE_BE } from './clause-words.js';

/**
 * What a warning or a claim names after its preposition: "The union warned of strikes", "warned
 * against a rush to judgment", "warned the board against selling the pier" (a warning's object is
 * what was warned of), "The group claimed responsibility for the attack" (a claim of a deed names
 * the deed). PolNeAR annotates that object as the cue's content (Newell, Margolin and Ruths, LREC
 * 2018); on its train split "warned of/against/about" is annotated 13 times in 19 and "claimed
 * responsibility/credit for" 6 times in 8. Returns the object's first token, as tokens [from,
 * from + 1) for the caller's objectEnd to carry on ("the costs the city would bear": after a
 * preposition a noun phrase takes no clause of its own), or null.
 */
export function prepositionalObject(tokens: readonly Token[], i: number, lemma: string, last: number): [number, number] | null {
  // ("was warned against it": a warning received; "are warning of" is the progressive.)
  const aux = tokens[i - 1]?.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
  if (!tokens[i]!.normal.endsWith('ing') && (PASSIVE_BE.has(aux?.normal ?? '') || coordinatedPassive(tokens, i))) return null;
  // ("groups like Dover Watch, which claimed credit for the blast, are …": an aside describing its noun.)
  if (tokens[i - 1]?.normal === 'which') return null;
  const k = lemma === 'warn' ? warningPreposition(tokens, i, last) : lemma === 'claim' ? claimedDeed(tokens, i) : -1;
  const first = tokens[k + 1];
  if (k < 0 || !first || k + 1 > last) return null;
  // ("warned about it", "warned of that": a pronoun alone names nothing; "of those rules" does.)
  if (STANDING_ALONE.has(first.normal) && !NOUN_PHRASE_POS.has(tokens[k + 2]?.pos ?? '') && tokens[k + 2]?.pos !== 'VERB') return null;
  // "of a “bitter” fight": an opening mark before the phrase.
  const word = isQuoteMark(first.value) ? tokens[k + 2] : first;
  if (!word) return null;
  // "warned against allowing the refugees in", "against her running again": a gerund names the act.
  const gerund = word.pos === 'VERB' && word.normal.endsWith('ing');
  const nominal = NOUN_PHRASE_POS.has(word.pos) || (word.pos === 'PRON' && POSSESSIVES.has(word.normal));
  return gerund || nominal ? [k + 1, k + 2] : null;
}

/**
 * Whether the cue shares a passive's auxiliary across "and" ("was stopped by the steward and warned
 * about his conduct", "were arrested - and warned against returning"): the subject received the
 * warning. The nearest verb before the "and" decides: a participle after a form of "be" is passive.
 */
function coordinatedPassive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.normal !== 'and' && tokens[k]?.normal !== 'or') return false;
  for (k--; k >= 0 && tokens[k]!.pos !== 'VERB'; k--) if (tokens[k]!.value === '.' || tokens[k]!.value === ';') return false;
  if (k < 0) return false;
  const before = tokens[k - 1]?.pos === 'ADV' ? tokens[k - 2] : tokens[k - 1];
  return PASSIVE_BE.has(before?.normal ?? '');
}

/**
 * Where what was warned of ends, given objectEnd's `end` and the clause's: past a condition ("warned
 * of strikes if the talks fail": the condition is part of the warning), but not past a comma before
 * a verb ("The board, warning of delays, closed the pier", "…, warning against X, pledging Y": the
 * main clause or the speaker's next act).
 */
export function warningEnd(tokens: readonly Token[], from: number, end: number, clause: number, subordinate: boolean): number {
  const to = !subordinate && CONDITIONS.has(tokens[end]?.normal ?? '') ? clause : end;
  for (let k = from + 1; k < to; k++) if (tokens[k]!.value === ',' && tokens[k + 1]?.pos === 'VERB') return k;
  return to;
}

/**
 * The preposition of "warned of / against / about", right after the cue or past a listener
 * ("warned the board against …"), or -1.
 */
function warningPreposition(tokens: readonly Token[], i: number, last: number): number {
  let k = i + 1;
  while (k <= last && k - i <= MAX_LISTENER_TOKENS && !WARNED_OF.has(tokens[k]!.normal)) {
    const t = tokens[k]!;
    if (!(NOUN_PHRASE_POS.has(t.pos) || isPossessiveMark(t.value) || (t.pos === 'PRON' && LISTENER_PRONOUNS.has(t.normal)))) return -1;
    k++;
  }
  return k <= last && WARNED_OF.has(tokens[k]!.normal) ? k : -1;
}

/** The "for" of "claimed responsibility / credit for", or -1. */
function claimedDeed(tokens: readonly Token[], i: number): number {
  return CLAIMED_DEEDS.has(tokens[i + 1]?.normal ?? '') && tokens[i + 2]?.normal === 'for' ? i + 2 : -1;
}

/** The prepositions of what a warning names. */
export const WARNED_OF: ReadonlySet<string> = new Set(['of', 'against', 'about']);
const CONDITIONS = new Set(['if', 'unless']);
const CLAIMED_DEEDS = new Set(['responsibility', 'credit']);
const LISTENER_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** Words that name nothing a reader could use unless a noun or a gerund follows: "warned about it", but "of those rules", "against her running". */
const STANDING_ALONE = new Set(['it', 'that', 'this', 'them', 'these', 'those', 'him', 'her', 'everything', 'anything', 'something', 'nothing']);
const MAX_LISTENER_TOKENS = 5;
