import type { Sentence, Token } from '../types.js';
import { BE_FORMS, NEGATIONS } from './clause-words.js';
import { REPORT_NOUNS } from './speaker-nouns.js';
import { TIME_NOUNS } from './subject-words.js';
import { beforeMarks, isQuoteMark } from './text.js';
import { isDash } from './dashes.js';

/**
 * Where a cue verb stands among the words before it (after a comma, a coordinator, "then", a form
 * of "be", a report noun): the tests reported.ts uses to tell whose statement a cue opens.
 */

/** A comma before token i, or a comma inside the closing mark before it (“…,” adding that …). */
export function commaBefore(tokens: readonly Token[], i: number): boolean {
  // A dash for the comma: "… – saying …".
  const k = i - 1;
  // (Two-apostrophe marks are two tokens: ''…,'' adding that ….)
  return tokens[k]?.value === ',' || isDash(tokens[k]?.value ?? '') || (isQuoteMark(tokens[k]?.value ?? '') && tokens[beforeMarks(tokens, i)]?.value === ',');
}

/** "issued a statement saying …", "released a statement Wednesday saying …". */
export function afterReportNoun(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 4 && (TIME_NOUNS.has(tokens[k]?.normal ?? '') || (tokens[k]?.normal === 'on' && TIME_NOUNS.has(tokens[k + 1]?.normal ?? '')))) k--;
  return REPORT_NOUNS.has(tokens[k]?.normal ?? '');
}

/**
 * The word before the cue's verb group, past adverbs and auxiliaries ("and has since said",
 * "while also saying"); a negation stops the walk ("but did not note" is no statement).
 */
export function wordBefore(tokens: readonly Token[], i: number): string {
  return tokens[indexBefore(tokens, i)]?.normal ?? '';
}

/** Where wordBefore's word stands. */
export function indexBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  // ("… but has since said …": wink tags that "since" a subordinator, though it stands for "since then".)
  while (k > i - 4 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX' || sinceThen(tokens, k)) && !NEGATIONS.has(tokens[k]!.normal)) k--;
  return k;
}

/** "has since said": "since" between a perfect's auxiliary and its verb is an adverb of time. */
function sinceThen(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.normal === 'since' && PERFECT_AUX.has(tokens[k - 1]?.normal ?? '') && tokens[k + 1]?.pos === 'VERB';
}
const PERFECT_AUX = new Set(['has', 'have', 'had']);

export const COORDINATORS = new Set(['and', 'but']);

/** "…, then says …", "… and then said …": "then" after a comma or "and" starts a second action. */
export function afterThen(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.normal === 'then' && (tokens[i - 2]?.value === ',' || tokens[i - 2]?.normal === 'and');
}

/** "is telling", "are saying", "was insisting": a progressive is a finite cue, not a participle. */
export function afterBe(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && tokens[k]?.pos === 'ADV' && tokens[k]!.normal !== 'not') k--;
  return BE_FORMS.has(tokens[k]?.normal ?? '');
}

/**
 * A participle cue whose subject is the sentence's, led by an aspectual verb after its subject
 * ("began arguing that …", "kept insisting …"; not opening the sentence: "Keeps saying she …" has
 * no subject), by "to" ("In addition to stating that …"), by "in" after a verb ("erred in saying
 * that …"; not after a noun: "a chance in claiming power"), or by a dash and an adverb ("– only
 * saying that …"; not between a pair of dashes, nor after a comma, where the participle may hang
 * on the noun before it: "such as Tom Pell, R-Del., now saying …").
 */
export function participleLead(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.pos === 'ADV' && isDash(tokens[i - 2]?.value ?? '')) return !dashAfter(tokens, i);
  if (before?.normal === 'in') return tokens[i - 2]?.pos === 'VERB';
  let k = i - 1;
  while (k > i - 4 && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX')) k--;
  const word = tokens[k]?.normal ?? '';
  return (ASPECTUAL.has(word) && tokens[k - 1]?.sentence === tokens[k]!.sentence) || word === 'to';
}

/** ("Roe will face Pell – now saying he backs it – in June": a closing dash makes the participle an aside on the noun before.) */
function dashAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; tokens[k]?.sentence === tokens[i]!.sentence; k++) if (isDash(tokens[k]!.value)) return true;
  return false;
}
const ASPECTUAL = new Set([
  'began',
  'begun',
  'begin',
  'begins',
  'started',
  'start',
  'starts',
  'kept',
  'keep',
  'keeps',
  'continued',
  'continue',
  'continues',
  'resumed',
]);

/**
 * "In addition to stating that …, Roe has vowed …": a participle right after a preposition, in a
 * phrase opening the sentence with one, whose main clause is the writer's. Not the main clause's
 * own cue after an opening phrase with no comma ("On Monday the board was saying that the levy,
 * which rose in May, would rise"; "… kept insisting"), nor a participle on a noun there ("In a
 * statement naming its choice, the guild called …", a guard dev showed: PolNeAR names the
 * statement, which precis does not, so ending the statement at the comma, bound3 found, turns a
 * false quote into a wrong speaker there).
 */
export function openingPhraseParticiple(tokens: readonly Token[], s: Sentence, i: number): boolean {
  if (tokens[s.firstToken]!.pos !== 'ADP' || !tokens[i]!.normal.endsWith('ing')) return false;
  // "With Tom Pell saying the port would close, the union called …": an absolute phrase, whose
  // participle has its own subject, opens the sentence before the writer's main clause.
  return tokens[i - 1]?.pos === 'ADP' || tokens[i - 1]?.normal === 'to' || ABSOLUTE_OPENERS.has(tokens[s.firstToken]!.normal);
}

const ABSOLUTE_OPENERS: ReadonlySet<string> = new Set(['with', 'without']);
