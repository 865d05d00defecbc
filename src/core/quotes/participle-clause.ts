import type { Sentence, Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { LEADING_SUBORDINATORS } from './clause-words.js';

/**
 * Which clause a participle or coordinated cue hangs on, when the sentence holds more than one:
 * the main clause past an opening subordinate one, the clause a `by`/`after` participle ends.
 */

/** Words that tie a participle to the verb before it as its means or time ("gained ground by saying"). */
const MEANS_LEADS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'when']);

/** How far back from the lead the clause's verb may stand. */
const VERB_REACH = 15;

/**
 * "…, while her rival, Tom Pell, has gained ground by saying …": a participle right after "by",
 * "after", "before", "while" or "when", with no comma between the lead and the clause before it, tells how or when
 * that clause's verb was done, so the verb's subject speaks. Null (other rules decide) when the
 * verb is a cue or stands in a cue's statement ("Roe said the port would close before adding …"
 * stays Roe's), or after a comma ("…,” Roe said, before adding").
 * (Not "for"/"from": "criticised Roe for saying", "refrained from saying".)
 */
export function leadVerbSubject(tokens: readonly Token[], s: Pick<Sentence, 'firstToken'>, i: number): Subject | null {
  if (!MEANS_LEADS.has(tokens[i - 1]?.normal ?? '') || i - 2 <= s.firstToken || tokens[i - 2]!.pos === 'PUNCT') return null;
  for (let v = i - 2; v > s.firstToken && v > i - VERB_REACH; v--) {
    const t = tokens[v]!;
    if (t.pos === 'PUNCT') return null;
    if (t.pos !== 'VERB' || t.normal.endsWith('ing') || tokens[v - 1]?.normal === 'to') continue;
    if (cueLemma(tokens, v) || cueBeforeInClause(tokens, s.firstToken, v)) return null;
    const start = clauseStart(tokens, s.firstToken, v);
    const subject = subjectBefore(tokens, v, start);
    // (A pronoun in a subordinate clause may point ahead: "When he surprised MPs by announcing …, Mr Johnson said".)
    return subject?.kind === 'pronoun' && opensClause(tokens[start - 1]) ? null : subject;
  }
  return null;
}

/** A subordinator ("while", "when" wink may tag an adverb). */
function opensClause(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'SCONJ' || LEADING_SUBORDINATORS.has(t.normal));
}

/**
 * The first token of the clause of verb `v`: after the nearest comma and subordinator or
 * conjunction before it ("…, while her rival, Pell, has", "…, and Pell won"), else the sentence's.
 * (Not without the comma: "Ruiz and Pell won", "Roe, who spoke after the draw with Leeds, hit out".)
 */
function clauseStart(tokens: readonly Token[], first: number, v: number): number {
  for (let k = v - 1; k > first; k--) {
    const t = tokens[k]!;
    if ((opensClause(t) || t.pos === 'CCONJ') && tokens[k - 1]!.value === ',') return k + 1;
  }
  return first;
}

/** A cue between token `v` and the comma or sentence start before it: `v` is in the cue's statement. */
function cueBeforeInClause(tokens: readonly Token[], first: number, v: number): boolean {
  for (let k = v - 1; k >= first && tokens[k]!.value !== ','; k--) if (cueLemma(tokens, k)) return true;
  return false;
}

/**
 * Cue `c` stands in a clause a subordinator opens the sentence with, closed by a comma before the
 * main clause's subject `main`, which comes before cue `i`: the main clause speaks at `i`, not `c`.
 */
export function mainAfterOpeningClause(tokens: readonly Token[], s: Pick<Sentence, 'firstToken'>, c: number, main: Subject | null, i: number): main is Subject {
  if (!main || main.first <= c || main.end >= i || !LEADING_SUBORDINATORS.has(tokens[s.firstToken]!.normal)) return false;
  for (let k = c + 1; k < main.first; k++) if (tokens[k]!.value === ',') return true;
  return false;
}
