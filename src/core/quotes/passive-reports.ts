import type { Sentence, Span, Token } from '../types.js';
import { trimEdges, type Candidate } from './candidate.js';
import { clauseEnd, hasComma } from './clause.js';
import { LEADING_SUBORDINATORS, RELATIVES } from './clause-words.js';
import { nounPhraseAfter, objectEnd } from './noun-objects.js';
import { subjectBefore } from './phrases.js';
import { subjectAfter } from './forward-phrases.js';
import { NOUN_PHRASE_POS } from './subject-words.js';
import { MONTHS, WEEKDAYS } from '../calendar.js';
import { antecedentOf } from './relative-content.js';

/**
 * Reported speech in the passive, whose speaker goes unnamed: "Roe was said to be furious", "Some
 * aides are said to be urging the mayor to wait" (the subject and the infinitive: what someone said
 * of it), "Lee was declared the winner in Dover", "Moss was announced the runner-up" (the subject and
 * what it was declared). PolNeAR annotates both halves as one content with no source (Newell,
 * Margolin and Ruths, LREC 2018), with the passive's agent as the source when "by" names it. Not in
 * a relative clause ("Roe, who was declared the winner, …"), where the subject is a pronoun a reader
 * cannot use and the clause is mostly the writer's description of its noun, save "who is said to …",
 * a report on the antecedent.
 */
export function passiveReport(tokens: readonly Token[], s: Sentence, i: number, last: number): Candidate | null {
  const cue = tokens[i]!;
  const infinitive = cue.normal === 'said';
  if (!infinitive && !DECLARING.has(cue.normal)) return null;
  let aux = i - 1;
  if (tokens[aux]?.pos === 'ADV') aux--;
  if (aux <= s.firstToken || !REPORT_BE.has(tokens[aux]!.normal)) return null;
  // "Roe, who is said to have asked for …": what is said of the person the clause is on, its
  // antecedent; any other relative clause stays the writer's description of its noun.
  const who = RELATIVES.has(tokens[aux - 1]!.normal)
    ? infinitive && tokens[aux - 1]!.normal === 'who'
      ? antecedentOf(tokens, aux - 1, s.firstToken)
      : null
    : undefined;
  if (who === null) return null;
  const subject = who ? { first: who[0], end: who[1] } : subjectBefore(tokens, aux, s.firstToken);
  // ("updated to reflect that Roe was declared the winner", "now that Roe was declared …": a clause
  // under "that" is a fact the writer's sentence rests on; after a speech verb, that verb's cue
  // has taken the clause already.)
  if (!subject || (!who && tokens[subject.first - 1]?.normal === 'that')) return null;
  // "After Lee was declared the winner, …": the subordinate clause ends at its comma.
  const subordinate =
    LEADING_SUBORDINATORS.has(tokens[subject.first - 1]?.normal ?? '') ||
    (LEADING_SUBORDINATORS.has(tokens[s.firstToken]!.normal) && !hasComma(tokens, s.firstToken, i));
  let rest: [number, number];
  if (infinitive) {
    // "was said to be …", "are said to have pressed for …"; not "was said to him".
    const verb = tokens[i + 2];
    if (tokens[i + 1]?.normal !== 'to' || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
    const end = clauseEnd(tokens, i + 1, last, subordinate, cue);
    // (A relative clause set off by commas closes at the next: "…, who is said to be ill, left.")
    rest = [i + 1, who ? closingComma(tokens, i + 1, end) : end];
  } else {
    const complement = nounPhraseAfter(tokens, i, last);
    // ("was announced last July", "the day after the vote", "March 12": a time, not what it was declared.)
    if (!complement || isTime(tokens[complement[0]]!.normal, tokens[complement[1] - 1]!.normal)) return null;
    rest = [complement[0], objectEnd(tokens, complement, clauseEnd(tokens, complement[0], last, false, cue, true), subordinate)];
  }
  // "was declared the winner by the networks": the agent is the speaker, and what was said ends before it.
  const by = infinitive ? -1 : agentAt(tokens, rest[0], rest[1]);
  const agent = by >= 0 ? subjectAfter(tokens, by + 1, agentCeiling(tokens, by + 1, rest[1])) : null;
  const [from, end] = trimEdges(tokens, rest[0], agent ? by : rest[1]);
  if (end <= from) return null;
  const parts: Span[] = [span(tokens, subject.first, subject.end), span(tokens, from, end)];
  return { kind: 'indirect', parts, cue: { first: aux, end: i + 1 }, subject: agent, inherits: false };
}

function closingComma(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (tokens[k]!.value === ',') return k;
  return end;
}

/** Verbs whose passive names what the subject was declared to be: "was declared the winner". */
const DECLARING = new Set(['declared', 'announced']);
/** The forms of "be" the rule was measured with: PASSIVE_BE without "being" ("is being said to" was not looked at). */
const REPORT_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/**
 * The "by" that opens a passive's agent in [from, end), or -1: not a margin or a count ("by a wide
 * margin", "by 300 votes"), nor past a verb ("the winner of a vote that was marred by fraud").
 */
function agentAt(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end - 1; k++) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || RELATIVES.has(tokens[k]!.normal)) return -1;
    if (tokens[k]!.normal !== 'by') continue;
    const next = tokens[k + 1]!;
    return next.pos === 'NUM' || next.normal === 'a' || next.normal === 'an' ? -1 : k;
  }
  return -1;
}

/** Where the agent's noun phrase must stop: before a time ("by the networks early Tuesday night") or whatever is no noun phrase. */
function agentCeiling(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k < end && NOUN_PHRASE_POS.has(tokens[k]!.pos) && !TIME_WORDS.has(tokens[k]!.normal)) k++;
  return k;
}

/** Whether a phrase from `first` to its head `head` is a when: "last July", "the following day", "March 12". */
function isTime(first: string, head: string): boolean {
  return TIME_WORDS.has(first) || MONTHS.has(first) || TIME_NOUNS.has(head);
}

const TIME_NOUNS = new Set(['day', 'days', 'weekend', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'hours', 'minutes', 'moments']);

const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'last', 'next', 'this', 'earlier', 'on']);

function span(tokens: readonly Token[], first: number, end: number): Span {
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end };
}
