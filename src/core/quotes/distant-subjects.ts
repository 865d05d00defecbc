import type { Sentence, Token } from '../types.js';
import { ALWAYS_VERBS, cueLemma, sentenceStart } from './candidate.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { openingClauseSubject, sentenceSubject, splitInName, subjectAfter } from './forward-phrases.js';
import { isQuoteMark } from './text.js';
import { DASHES } from './dashes.js';
import { hyphenated } from './name-tokens.js';
import { OWN_CLAUSE_OPENERS } from './clause-words.js';
import { subjectThenFiniteVerb } from './clause-subject.js';
import { leadVerbSubject, mainAfterOpeningClause } from './participle-clause.js';
import { accordingSourceBefore } from './according-source.js';

/**
 * Subjects that stand away from their cue: across a long aside, through a relative clause, in the
 * clause a participle hangs on, or across a sentence break wink put inside an abbreviation.
 */

/**
 * The subject of the nearest cue before a participle in its sentence: “…,” he said, noting that
 * … and “…,” said Smith, adding that … are the same speaker's, whatever opens the sentence.
 */
function earlierCueSubject(tokens: readonly Token[], s: Pick<Sentence, 'firstToken'>, i: number): { subject: Subject | null; cue: number } | null {
  for (let c = i - 2; c >= s.firstToken && c > i - 40; c--) {
    if (!cueLemma(tokens, c)) continue;
    const absolute = absoluteSubject(tokens, s, c);
    if (absolute) return { subject: absolute, cue: c };
    // (Not an infinitive: "Continuing to explain his view, Roe rejected …, saying" is Roe's.)
    if (tokens[c]!.normal.endsWith('ing') || tokens[c - 1]?.normal === 'to' || headOfNounPhrase(tokens, c)) continue;
    return { subject: subjectBefore(tokens, c, s.firstToken) ?? subjectAfter(tokens, c + 1, i), cue: c };
  }
  return null;
}

/**
 * "Critics pounced, with Roe tweeting that …": a participle cue `c` with its own subject, a name
 * after "with" (an absolute phrase); that name, which speaks for the participles coordinated
 * after it ("… and asking, “…”"), or null.
 */
function absoluteSubject(tokens: readonly Token[], s: Pick<Sentence, 'firstToken'>, c: number): Subject | null {
  if (!tokens[c]!.normal.endsWith('ing')) return null;
  const subject = subjectBefore(tokens, c, s.firstToken);
  return subject?.kind === 'name' && tokens[subject.first - 1]?.normal === 'with' ? subject : null;
}

/**
 * The subject of an absolute phrase ("with Roe tweeting that …") earlier in the sentence for a
 * participle cue `i` coordinated after it ("… and asking, “…”"), or null.
 */
export function absoluteBefore(tokens: readonly Token[], s: Pick<Sentence, 'firstToken'>, i: number): Subject | null {
  for (let c = i - 2; c >= s.firstToken && c > i - 40; c--) {
    const subject = cueLemma(tokens, c) ? absoluteSubject(tokens, s, c) : null;
    if (subject) return subject;
  }
  return null;
}

/**
 * "posted a Facebook comment/VERB of her own, saying": a cue form wink tagged as a verb that heads
 * a noun phrase (a determiner, then modifiers, then it) is a noun: no cue, and the word before it
 * no speaker.
 */
function headOfNounPhrase(tokens: readonly Token[], c: number): boolean {
  // (Past forms are verbs: "a Chinese official said, adding".)
  if (ALWAYS_VERBS.has(tokens[c]!.normal) || tokens[c]!.normal.endsWith('ed')) return false;
  for (let k = c - 1; k >= 0 && k > c - 4; k--) {
    const t = tokens[k]!;
    if (t.pos === 'DET') return true;
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * The speaker of a participle cue after a comma ("…, saying …"): the cue before it in the
 * sentence, else the sentence's subject, else the subject of the nearest verb before the comma
 * ("On Thursday, after staying neutral, Roe endorsed Lee, saying", "It was a blow, as Roe
 * echoed the charge, saying").
 */
export function participleSubject(tokens: readonly Token[], s: Pick<Sentence, 'firstToken' | 'endToken'>, i: number): Subject | null {
  const led = accordingSourceBefore(tokens, i, s.firstToken) ?? leadVerbSubject(tokens, s, i);
  if (led) return led;
  const main = sentenceSubject(tokens, s);
  // ("As Ostrow joked with Ruiz, Lee frowned, saying …": the cue before stands in the opening clause.)
  const earlier = earlierCueSubject(tokens, s, i);
  const cued = earlier && mainAfterOpeningClause(tokens, s, earlier.cue, main, i) ? null : earlier;
  const opening = cued?.subject ?? main;
  // A clause coordinated after the cue's own clause or the opening one is the participle's
  // ("Auditors charged the clerk and Roe fired …, acknowledging"); not after a cue whose clause
  // runs on to it ("Roe said the levy rose and the ferries stopped, adding": still Roe).
  const reports = cued !== null && (tokens[cued.cue + 1]?.normal === 'that' || subjectThenFiniteVerb(tokens, cued.cue + 1, i));
  const found = opening && !reports ? (coordinatedSubject(tokens, opening.end, i) ?? opening) : opening;
  if (found && !(found.kind === 'pronoun' && found.head === 'it')) return found;
  let v = i - 1;
  while (v > s.firstToken && (tokens[v]!.value === ',' || isQuoteMark(tokens[v]!.value))) v--;
  for (; v > s.firstToken && v > i - VERB_REACH; v--) {
    const t = tokens[v]!;
    // Only within the participle's own clause: "In a letter released Monday, Roe rips/NOUN …" stops at the comma.
    if (t.pos === 'PUNCT' && !isQuoteMark(t.value)) break;
    // ("Kerpen needled/ADJ the reporter": a past verb after a name that wink read as an adjective.)
    const verb = t.pos === 'VERB' || (t.pos === 'ADJ' && t.normal.endsWith('ed') && tokens[v - 1]?.pos === 'PROPN');
    if (!verb || t.normal.endsWith('ing') || tokens[v - 1]?.normal === 'to') continue;
    const subject = subjectBefore(tokens, v, s.firstToken);
    if (subject) return subject;
  }
  return found;
}
/**
 * "Analysts said that it was hard to predict and warned that …": a cue after "and"/"but" goes on
 * with the speaker of the cue before it in the sentence, else with the sentence's subject (which
 * may be lost to a missing full stop: "… against the dollar Analysts said …").
 */
export function coordinatedCueSubject(tokens: readonly Token[], s: Pick<Sentence, 'firstToken' | 'endToken'>, i: number): Subject | null {
  const earlier = earlierCueSubject(tokens, s, i);
  const main = sentenceSubject(tokens, s);
  // ("When Ostrow, a pilot, joked with Ruiz, Lee frowned and said …")
  if (earlier && mainAfterOpeningClause(tokens, s, earlier.cue, main, i)) return main;
  return earlier?.subject ?? openingClauseSubject(tokens, s, i) ?? main;
}

/**
 * "Auditors charged the clerk and Roe fired her deputy, Carl Moss, acknowledging …": a clause
 * coordinated after the opening one, with a subject and a finite verb of its own, is the one the
 * participle hangs on; its subject, or null when there is none between `from` and the participle.
 */
function coordinatedSubject(tokens: readonly Token[], from: number, i: number): Subject | null {
  let found: Subject | null = null;
  for (let k = from; k < i - 2; k++) {
    if (tokens[k]!.pos !== 'CCONJ') continue;
    const subject = subjectAfter(tokens, k + 1, i);
    const verb = subject ? tokens[subject.end] : undefined;
    // (A name or pronoun: "… or meeting planned/VERB with Trump" is a noun and its participle.)
    const person = subject?.kind === 'name' || subject?.kind === 'pronoun';
    if (person && verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.normal.endsWith('ing')) found = subject;
  }
  return found;
}

/** How far back from a participle its clause's verb may stand. */
const VERB_REACH = 20;

/**
 * "Senator X, the Alabama Republican who heads the committee, which oversees the Fed, said …",
 * "Gingrich — mentioned by many as the favourite — told …": the noun phrase that opens the
 * sentence, when all between it and the cue is an aside set off by commas, dashes or brackets.
 */
export function subjectBeforeAside(tokens: readonly Token[], s: Sentence, i: number): Subject | null {
  let close = i - 1;
  while (close > s.firstToken && (tokens[close]!.pos === 'ADV' || tokens[close]!.pos === 'AUX') && tokens[close]!.normal !== 'not') close--;
  // "Roe, who calls Pell a “pirate,” said …": the comma inside the closing mark.
  if (isQuoteMark(tokens[close]?.value ?? '') && tokens[close - 1]?.value === ',') close--;
  if (isQuoteMark(tokens[close]?.value ?? '') && isQuoteMark(tokens[close - 1]?.value ?? '') && tokens[close - 2]?.value === ',') close -= 2;
  if (!asideMark(tokens, close)) return null;
  let k = s.firstToken;
  // "On Friday, Gingrich — … — told": a short opening adjunct up to its comma; also a participle's
  // ("Reached by phone on Tuesday, Joyce — … — told").
  const participle = tokens[k]!.pos === 'VERB' && /(?:ed|ing)$/.test(tokens[k]!.normal);
  if (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'CCONJ' || participle) {
    let c = k;
    // ("In an interview at her hotel room, Roe - … - told": a preposition's phrase may run as long.)
    while (c < close && c < k + (participle || tokens[k]!.pos === 'ADP' ? 9 : 6) && tokens[c]!.value !== ',') c++;
    if (tokens[c]?.value === ',' && c < close) k = c + 1;
    else if (tokens[k]!.pos === 'CCONJ') k++;
  }
  const phrase = subjectAfter(tokens, k, close);
  if (!phrase || phrase.kind === 'pronoun') return null;
  let end = phrase.end;
  // "Many speakers at the service — …", "The employee of nearly four years, …"
  if (LINKING.has(tokens[end]?.normal ?? '')) {
    const object = subjectAfter(tokens, end + 1, close);
    if (object) end = object.end;
  }
  if (end >= close || !asideMark(tokens, end)) return null;
  return { ...phrase, end };
}

/** Token k sets off an aside: a comma, dash or bracket, or a hyphen spaced as a dash ("Roe - a co-host - told"). */
function asideMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (ASIDE_MARKS.has(t.value)) return true;
  return t.value === '-' && tokens[k - 1] !== undefined && tokens[k + 1] !== undefined && tokens[k - 1]!.end < t.start && t.end < tokens[k + 1]!.start;
}

/**
 * The noun phrase opening the sentence when what follows it up to the cue only modifies it: a
 * participle ("interviewed at …"), a relative clause ("that endorsed him", "who …"), a prepositional
 * phrase ("across the four states"), an aside in commas, dashes or brackets. No full stop, semicolon,
 * colon or quotation lies between; the cue stands within a bounded reach.
 */
export function subjectModifiedAtLength(tokens: readonly Token[], s: Sentence, i: number): Subject | null {
  if (i - s.firstToken > 40) return null;
  // ("But numerous veterans interviewed at …", "Yet some voters who …": past an opening conjunction.)
  const first = OPENING_CONJUNCTIONS.has(tokens[s.firstToken]!.normal) ? s.firstToken + 1 : s.firstToken;
  const phrase = subjectAfter(tokens, first, i);
  if (!phrase || phrase.kind === 'pronoun' || phrase.end >= i) return null;
  const next = tokens[phrase.end]!;
  const modifies =
    ASIDE_MARKS.has(next.value) ||
    RELATIVE_OPENERS.has(next.normal) ||
    next.pos === 'ADP' ||
    (next.pos === 'VERB' && (next.normal.endsWith('ed') || next.normal.endsWith('ing')));
  if (!modifies) return null;
  for (let k = phrase.end; k < i; k++) {
    const v = tokens[k]!.value;
    if (v === '.' || v === ';' || v === ':' || isQuoteMark(v) || cueLemma(tokens, k)) return null;
  }
  return phrase;
}

/**
 * "(But) some fishermen interviewed at the rally said …", "Residents living near the site said …": the
 * opening noun phrase ends on a participle and its prepositional phrase, so the noun phrase just before the cue (token `i`) is
 * that phrase's object, not the speaker. A finite verb there ("the deal faltered in May when X
 * said", "shares tumbled on the news and observers predicted", "ruled for X, which argued") is
 * told apart by a clause opener or a comma between it and the cue.
 */
export function participleObject(tokens: readonly Token[], opening: Subject, i: number): boolean {
  const verb = tokens[opening.end]!;
  // (A present participle too: "Residents living near the site said …", a reduced relative as well;
  // it may take an object, "Officials investigating the crash said …", which a passive one cannot.)
  const next = tokens[opening.end + 1]?.pos;
  const present = verb.normal.endsWith('ing');
  if (verb.pos !== 'VERB' || !(present || verb.normal.endsWith('ed'))) return false;
  if (next !== 'ADP' && !(present && (next === 'DET' || next === 'ADJ' || next === 'NOUN'))) return false;
  for (let k = opening.end + 1; k < i; k++) {
    const t = tokens[k]!;
    if (t.value === ',' || OWN_CLAUSE_OPENERS.has(t.normal) || RELATIVE_OPENERS.has(t.normal)) return false;
  }
  return true;
}

/** A cue that opens its sentence after a split in a name (splitInName) takes its subject from the end of the one before. */
export function subjectAcrossSplit(tokens: readonly Token[], s: Pick<Sentence, 'firstToken'>, i: number): Subject | null {
  if (i !== s.firstToken || !splitInName(tokens, i)) return null;
  return subjectBefore(tokens, i, sentenceStart(tokens, i - 1));
}

const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so']);
export const RELATIVE_OPENERS = new Set(['who', 'that', 'which', 'whose']);
const ASIDE_MARKS = new Set([',', ')', '(', ...DASHES]);
const LINKING = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'on']);

/**
 * A noun phrase right before the cue whose head wink tagged as an adjective ("The Republican
 * incumbent said", "the Democratic nominee said"): a determiner, then modifiers, then the head.
 */
export function mistaggedSubject(tokens: readonly Token[], s: Sentence, i: number): Subject | null {
  const end = i;
  const lone = loneName(tokens, s, i);
  if (lone) return lone;
  if (tokens[end - 1]?.pos !== 'ADJ') return null;
  let first = end - 1;
  // (A hyphenated modifier: "self-described", wink's "self" "-" "described/VERB".)
  while (first - 1 >= s.firstToken && end - first < 8 && (MODIFIER_POS.has(tokens[first - 1]!.pos) || hyphenated(tokens, first - 1))) first--;
  if (tokens[first - 1]?.pos !== 'DET' || first - 1 < s.firstToken) return null;
  first--;
  const before = tokens[first - 1];
  if (before && first > s.firstToken && before.value !== ',' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ') return null;
  return { first, end, kind: 'description', head: tokens[end - 1]!.normal, roles: [] };
}

const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);

/**
 * "Jolly/ADV said he …", "Cook/VERB said …": a lone capitalised word opening the sentence, which
 * wink read as some other word, right before the cue. Not a sentence adverb ("Later said …").
 */
function loneName(tokens: readonly Token[], s: Sentence, i: number): Subject | null {
  const t = tokens[i - 1];
  if (!t || i - 1 !== s.firstToken || !LONE_NAME_POS.has(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.value) || OPENING_ADVERBS.has(t.normal)) return null;
  return { first: i - 1, end: i, kind: 'name', name: { first: i - 1, end: i }, head: t.normal, roles: [] };
}

const LONE_NAME_POS = new Set(['ADV', 'ADJ', 'VERB']);
/** Words that open a sentence before its verb without being its subject. */
const OPENING_ADVERBS = new Set([
  'later',
  'then',
  'also',
  'instead',
  'still',
  'yet',
  'now',
  'earlier',
  'separately',
  'once',
  'again',
  'finally',
  'previously',
  'recently',
  'never',
  'often',
  'only',
  'just',
  'even',
  'so',
  'thus',
  'hence',
  'indeed',
  'meanwhile',
  'similarly',
  'likewise',
]);
