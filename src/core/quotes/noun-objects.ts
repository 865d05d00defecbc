import type { Token } from '../types.js';
import { WEEKDAYS } from '../calendar.js';
import { NOUN_PHRASE_POS, POSSESSIVES } from './subject-words.js';
import { glued } from './name-tokens.js';
import { isPossessiveMark } from './text.js';
import { isDash } from './dashes.js';
import { PASSIVE_BE } from './clause-words.js';

/**
 * What was said, named by a noun phrase: "announced his candidacy", "denied the report", "noted the
 * senseless deaths", "tweeted an image of …". PolNeAR annotates the object of a speech verb as
 * its content (Newell, Margolin and Ruths, LREC 2018: a cue's content need not be a clause), and
 * a reader's list is the poorer without "X announced his candidacy".
 */

/**
 * Verbs whose object noun phrase is a statement. Measured on PolNeAR train one verb at a time:
 * "announce" objects match an annotation 25 times in 26; "tweet" (10/14), "note" (5/7), "deny"
 * (7/12), "declare" (4/7) and "acknowledge" (4/8) fall below the extractor's precision and stay out
 * ("tweeted a photo", "denied the charges through his lawyer" are annotated less often, or otherwise).
 */
export const NOUN_OBJECT_CUES: ReadonlySet<string> = new Set(['announce']);

/** Fewest tokens of a noun-phrase object worth listing ("claimed momentum" is not a statement). */
const MIN_OBJECT_TOKENS = 2;
const MAX_OBJECT_TOKENS = 30;
/** Prepositions that attach to the noun before them ("the release of …", "a plan for …"). */
const ATTACHING = new Set(['of', 'for', 'with', 'to', 'on', 'about', 'against', 'in', 'at', 'from', 'by', 'between', 'over']);
/** Objects that are no statement: "denied it", "confirmed nothing". */
const EMPTY_OBJECTS = new Set(['nothing', 'anything', 'something', 'it', 'that', 'this', 'them', 'none']);
/** Heads that make the phrase a time, not what was said: "announced Monday", "announced two days earlier". */
const TIME_HEADS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'week',
  'month',
  'year',
  'night',
  'morning',
  'afternoon',
  'evening',
  'days',
  'weeks',
  'months',
  'years',
  'hours',
]);

/**
 * The noun phrase the cue at `i` takes as its object, as tokens [from, end) of the sentence up to
 * `last`, or null when what follows is no noun phrase (a clause, a preposition, a time).
 */
export function nounObject(tokens: readonly Token[], i: number, last: number): [number, number] | null {
  // "was declared the winner": a passive's noun phrase is its complement (passive-reports.ts), not what was said.
  if (PASSIVE_BE.has(tokens[i - 1]?.normal ?? '') || (tokens[i - 1]?.pos === 'ADV' && PASSIVE_BE.has(tokens[i - 2]?.normal ?? ''))) return null;
  return nounPhraseAfter(tokens, i, last);
}

/** The noun phrase right after token `i` (past adverbs), as tokens [from, end) up to `last`, or null: nounObject without its test for a passive. */
export function nounPhraseAfter(tokens: readonly Token[], i: number, last: number): [number, number] | null {
  let k = i + 1;
  while (tokens[k]?.pos === 'ADV' && k <= last) k++;
  const from = k;
  const first = tokens[from];
  if (!first || from > last || EMPTY_OBJECTS.has(first.normal)) return null;
  if (!(NOUN_PHRASE_POS.has(first.pos) || (first.pos === 'PRON' && POSSESSIVES.has(first.normal)))) return null;
  let head = -1;
  for (; k <= last && k - from < MAX_OBJECT_TOKENS; k++) {
    const t = tokens[k]!;
    // "his candidacy on Monday": a time ends the phrase; alone ("announced Monday") it is none.
    if (TIME_HEADS.has(t.normal)) break;
    // ("a new 26% fee", "a $5 million plan": an amount inside the phrase.)
    if (NOUN_PHRASE_POS.has(t.pos) || isPossessiveMark(t.value) || (t.pos === 'PRON' && POSSESSIVES.has(t.normal)) || AMOUNT_SIGNS.has(t.value)) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
      continue;
    }
    // "the release of the imprisoned tycoon", "his candidacy for president"
    if (t.pos === 'ADP' && ATTACHING.has(t.normal) && head >= 0 && NOUN_PHRASE_POS.has(tokens[k + 1]?.pos ?? '')) continue;
    // "… and drive", "the deal and its terms": a coordinated noun.
    if (t.normal === 'and' && head >= 0 && NOUN_PHRASE_POS.has(tokens[k + 1]?.pos ?? '') && !verbNear(tokens, k + 1, last)) continue;
    break;
  }
  if (head < 0) return null;
  // A noun phrase the clause goes on from ("announced the deal was off") is the clause's subject.
  // ("fees on ferries being docked at the pier": a participle's "being" is no clause.)
  if ((tokens[k]?.pos === 'AUX' && tokens[k]!.normal !== 'being') || (tokens[k]?.pos === 'VERB' && !tokens[k]!.normal.endsWith('ing'))) return null;
  const end = head + 1;
  // "announced plans to sue the panel": a lone noun with its infinitive is a statement too.
  const infinitive = tokens[end]?.normal === 'to' && tokens[end + 1]?.pos === 'VERB';
  return end - from >= MIN_OBJECT_TOKENS || infinitive ? [from, end] : null;
}

/**
 * Where a noun-phrase object ends: it runs on with what describes it ("a chart of crime figures",
 * "her plan to cut taxes", "a video that showed …") up to `clauseEnd`, but not into the speaker's
 * next act or an adjunct of the verb ("denied the charges through his lawyer", "… and counter-accused
 * her", "… as he lined up", "… after arriving"), nor, in a subordinate clause, past its comma.
 */
export function objectEnd(tokens: readonly Token[], object: [number, number], clauseEnd: number, subordinate: boolean): number {
  for (let k = object[1]; k < clauseEnd; k++) {
    const t = tokens[k]!;
    if (subordinate && t.value === ',') return k;
    if (t.pos === 'SCONJ' || VERB_ADJUNCTS.has(t.normal)) return k;
    // "plans to merge the agencies - described by one union as …", "plans to test it, Roe's own
    // plan is …": the writer's aside after a dash, a clause of its own after a comma.
    if (isDash(t.value) && !glued(tokens, k)) return k;
    if (t.value === ',' && finiteVerbNear(tokens, k + 1, clauseEnd)) return k;
    if ((t.normal === 'and' || t.normal === 'but') && verbNear(tokens, k + 1, clauseEnd - 1)) return tokens[k - 1]?.value === ',' ? k - 1 : k;
  }
  return Math.max(object[1], clauseEnd);
}

/** Prepositions that attach to the verb rather than the object: "denied it through a spokeswoman" (wink normalises "through" to "thru"). */
const VERB_ADJUNCTS = new Set(['through', 'thru', 'via', 'after', 'before', 'while', 'as', 'when', 'because', 'even', 'during', 'since', 'until', 'despite']);

/** A finite verb within the next few words, before another comma: a clause of its own. */
function finiteVerbNear(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 6; k++) {
    const t = tokens[k]!;
    if (t.value === ',') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && !t.normal.endsWith('ed'))) return true;
  }
  return false;
}

/** A verb within the next few words: "and drive" ends a phrase, "and said" starts a clause. */
function verbNear(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k < from + 3; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

const AMOUNT_SIGNS = new Set(['%', '$', '£', '€']);
