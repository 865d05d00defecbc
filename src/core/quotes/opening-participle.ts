import type { Sentence, Token } from '../types.js';
import { indirectCandidate, type Candidate } from './candidate.js';
import { MIN_CONTENT_TOKENS } from './clause.js';
import { contentStart } from './content-start.js';
import { subjectAfter } from './forward-phrases.js';

/**
 * "Noting that both men battled the press, Schlafly put her finger on …", "Noting he majored in
 * philosophy, Allen said …": a participle cue opening the sentence reports the clause up to the
 * comma before the main clause, whose subject speaks (the participle's understood subject).
 * The caller has checked that the cue at `i` is such a participle (opensWithParticiple).
 */
export function openingParticiple(tokens: readonly Token[], i: number, lemma: string, last: number): Candidate | null {
  // "Having been told that …, Roe adjourned": Roe heard it from someone unnamed, as after "Told that …,".
  if (tokens[i - 1]!.normal === 'been') return null;
  const from = contentStart(tokens, i, lemma, last);
  if (from === null) return null;
  for (let k = from + MIN_CONTENT_TOKENS; k < last; k++) {
    if (tokens[k]!.value !== ',') continue;
    const subject = subjectAfter(tokens, k + 1, last + 1);
    const verb = subject ? tokens[subject.end] : undefined;
    if (subject && (verb?.pos === 'VERB' || verb?.pos === 'AUX') && !verb.normal.endsWith('ing')) {
      return indirectCandidate(tokens, [from, k], null, { first: i, end: i + 1 }, subject);
    }
  }
  return null;
}

/**
 * The participle at `i` opens the sentence, alone or after a preposition of time or manner and
 * a conjunction ("And in explaining why …, Clinton described …", "Since announcing in October
 * that …, Biden has been …"); a present one, or a perfect one after "having" ("Having announced
 * that …, Judge Roe proceeded …").
 */
export function opensWithParticiple(tokens: readonly Token[], s: Sentence, i: number): boolean {
  let k = s.firstToken;
  if (COORDINATORS.has(tokens[k]!.normal) && k < i) k++;
  if (OPENING_PREPOSITIONS.has(tokens[k]!.normal) && k < i) k++;
  if (k === i) return tokens[i]!.normal.endsWith('ing');
  // ("Having been told that …, Judge Roe …": a passive one too, which openingParticiple leaves unfound.)
  return tokens[k]!.normal === 'having' && (k === i - 1 || (k === i - 2 && tokens[i - 1]!.normal === 'been'));
}

const COORDINATORS = new Set(['and', 'but', 'yet']);
const OPENING_PREPOSITIONS = new Set(['in', 'since', 'after', 'before', 'upon', 'while']);
