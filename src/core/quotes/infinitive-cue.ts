import type { Sentence, Token } from '../types.js';
import { verbWithin } from './clause.js';
import { contentStart } from './content-start.js';
import { subjectThenFiniteVerb } from './clause-subject.js';
import { NOMINATIVE } from './subject-words.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { sentenceSubject } from './forward-phrases.js';

/**
 * "stopped by on Friday to say the pier had …", "are more likely to say that …", "was quick to add
 * that …", "is expected to argue that …": a cue in an infinitive of purpose or disposition reports
 * what the sentence's subject says, when a plain clause follows ("that …", or a subject pronoun
 * and its verb). Not "declined to say whether …", "would not say …", "it is fair to say that …":
 * a refusal, a negation, an attempt or the writer's own hedge before "to" makes no statement.
 */
export function infinitiveSpeaker(tokens: readonly Token[], s: Sentence, i: number, lemma: string, last: number): Subject | null {
  // "a decision to tell …", "no evidence to suggest …": an infinitive on a noun names an act, not a statement.
  if (tokens[i - 1]?.normal !== 'to' || (tokens[i - 2]?.pos === 'NOUN' && !closesPlacePhrase(tokens, i - 2, s.firstToken))) return null;
  for (let k = i - 2; k >= s.firstToken && k > i - 6; k--) if (NO_STATEMENT_BEFORE_TO.has(tokens[k]!.normal)) return null;
  const from = contentStart(tokens, i, lemma, last);
  if (from === null) return null;
  const plainClause =
    tokens[from - 1]?.normal === 'that' ||
    (NOMINATIVE.has(tokens[from]!.normal) && verbWithin(tokens, from + 1, 3)) ||
    namedClause(tokens, from) ||
    (lemma === 'say' && subjectThenFiniteVerb(tokens, from, last));
  if (!plainClause) return null;
  // "led Republicans to say …", "awkward for Republicans to say …": a name (or group) right after
  // a verb or "for" is the one who speaks.
  const named = tokens[i - 2]?.pos === 'PROPN' ? subjectBefore(tokens, i - 1, s.firstToken) : null;
  const lead = named ? tokens[named.first - 1] : undefined;
  if (named && (lead?.pos === 'VERB' || lead?.normal === 'for')) return named;
  // Otherwise the sentence's subject, when it is the subject of the verb that governs "to" ("X
  // tweeted on Friday to say", "voters are more likely to say"); not in a clause of its own ("a
  // post that appeared to respond", "…, rushing to TV to say").
  let v = i - 2;
  while (v > s.firstToken && tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX') v--;
  const governing = subjectBefore(tokens, v, s.firstToken);
  const subject = sentenceSubject(tokens, s);
  return governing && subject && governing.first === subject.first ? subject : null;
}

/**
 * "rushed to the studio to say …", "called friends on their phones to say …", "went down to the
 * quay to say …": a noun that closes a prepositional phrase on the verb leaves "to" an infinitive
 * of purpose, the verb's subject speaking. Not after "for" or "of", whose noun may be the
 * infinitive's own subject or owner ("a chance for voters to say", "the right of towns to say"),
 * nor a phrase on a noun ("phoned aides at home to say"), which may carry the infinitive itself.
 */
function closesPlacePhrase(tokens: readonly Token[], noun: number, first: number): boolean {
  let k = noun - 1;
  while (k > first && k > noun - 4 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'NUM')) k--;
  const prep = tokens[k];
  return prep?.pos === 'ADP' && !OWNER_PREPOSITIONS.has(prep.normal) && tokens[k - 1]?.pos !== 'NOUN';
}
const OWNER_PREPOSITIONS = new Set(['for', 'of']);

/**
 * "more likely to say Vale still has a chance": a name and its finite verb open a clause, as a
 * pronoun does; a name alone is the listener or the object ("to tell Vale goodbye").
 */
function namedClause(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'PROPN') k++;
  if (k === from) return false;
  if (tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  return verb?.pos === 'AUX' || (verb?.pos === 'VERB' && (verb.normal.endsWith('s') || verb.normal.endsWith('ed')));
}

/**
 * Refusals, negations and hedges a few words before "to" ("declined to say", "safe to say"), a
 * forecast ("unlikely to say") and an order given ("was told by the board to say"): none reports
 * a statement made.
 */
const NO_STATEMENT_BEFORE_TO = new Set([
  'declined',
  'declines',
  'decline',
  'declining',
  'refused',
  'refuses',
  'refuse',
  'refusing',
  'not',
  "n't",
  'never',
  'yet',
  'unwilling',
  'unlikely',
  'reluctant',
  'hesitant',
  'afraid',
  'unable',
  'nothing',
  'fair',
  'safe',
  'hard',
  'difficult',
  'easy',
  'impossible',
  'needless',
  'suffice',
  'is',
  'was',
  'asked',
  'told',
  'ordered',
  'tried',
  'trying',
  'try',
  'intended',
  'meant',
  'used',
  'updated',
  'supposed',
  'according',
]);

/**
 * "went to the council to say the plan had failed(,) and to ask for help": a second infinitive of
 * purpose joined by "and" is the subject's next aim, not part of what was said; the statement ends
 * before it. Not when the statement has an infinitive of its own before ("she wanted to stay and to
 * fight"), which the second one may continue. Returns the new end, or `end`.
 */
export function secondPurposeEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k + 2 < end; k++) {
    if (tokens[k]!.normal === 'to' && tokens[k + 1]?.pos === 'VERB') return end;
    if (tokens[k]!.normal === 'and' && tokens[k + 1]!.normal === 'to' && tokens[k + 2]!.pos === 'VERB') return tokens[k - 1]?.value === ',' ? k - 1 : k;
  }
  return end;
}
