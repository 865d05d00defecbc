import type { Sentence, Token } from '../types.js';
import { ALWAYS_VERBS, cueLemma } from './candidate.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { openingClauseSubject, sentenceSubject, subjectAfter } from './forward-phrases.js';
import { isQuoteMark } from './text.js';
import { subjectThenFiniteVerb } from './clause-subject.js';
import { leadVerbSubject, mainAfterOpeningClause } from './participle-clause.js';
import { accordingSourceBefore } from './according-source.js';

/**
 * Subjects a cue takes from earlier in its sentence: a participle after a comma ("…, saying …"),
 * a cue after "and"/"but", a participle coordinated after an absolute phrase ("with Roe tweeting
 * that … and asking"). Split from distant-subjects.ts.
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
