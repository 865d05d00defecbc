import type { Sentence, Token } from '../types.js';
import { cueLemma, sentenceStart } from './candidate.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { splitInName, subjectAfter } from './forward-phrases.js';
import { isQuoteMark } from './text.js';
import { DASHES } from './dashes.js';
import { OWN_CLAUSE_OPENERS } from './clause-words.js';

/**
 * Subjects that stand away from their cue: across a long aside, through a modifier or relative
 * clause, or across a sentence break wink put inside an abbreviation. (The clause a participle
 * hangs on: participle-subjects.ts; words wink mistagged: mistagged-subjects.ts.)
 */

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
