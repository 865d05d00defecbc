import type { Sentence, Token } from '../types.js';
import { cueLemma, indirectCandidate, type Candidate } from './candidate.js';
import { clauseEnd, hasVerb, lastContentToken, MIN_CONTENT_TOKENS } from './clause.js';
import { subjectBefore } from './phrases.js';
import { hyphenated } from './name-tokens.js';
import { isQuoteMark } from './text.js';
import { TIME_NOUNS } from './subject-words.js';
import { TAKES_LISTENER } from './speech-verbs.js';

/** Longest adjunct between the cue and its comma: "As Ada Finch noted in a column last May, …". */
const MAX_ADJUNCT = 7;
/** Cues whose "with" names the one spoken with, not the manner ("joked with Ruiz", "argued with Lee"). */
const WITH_PARTNER: ReadonlySet<string> = new Set(['joke', 'quip', 'argue']);

/**
 * "As X noted, …", "But as the Gazette reported on Friday, …": the writer leans on X, and the
 * clause after the comma is what X said (PolNeAR annotates it so: Newell, Margolin and Ruths,
 * LREC 2018). "As" must open the sentence, after at most a conjunction or an adverb.
 */
export function asCue(tokens: readonly Token[], s: Sentence, i: number): Candidate | null {
  const subject = subjectBefore(tokens, i, s.firstToken);
  if (!subject || tokens[subject.first - 1]?.normal !== 'as') return null;
  let lead = s.firstToken;
  while (lead < subject.first - 1 && (tokens[lead]!.pos === 'CCONJ' || tokens[lead]!.pos === 'ADV')) lead++;
  // (Also after a conjunction inside the sentence: "…, and as Ada Finch noted, …".)
  const joined = tokens[subject.first - 2]?.pos === 'CCONJ';
  if (lead !== subject.first - 1 && !joined) return null;
  const last = lastContentToken(tokens, s);
  const lemma = cueLemma(tokens, i) ?? '';
  // ("As Roe, a pilot, joked with his friend at the table, his brother grew impatient": a companion
  // makes the cue an action the "as" times, not a source the writer leans on. Only after verbs whose
  // "with" names a partner: "As Roe noted with some irony, …" still leans on Roe.)
  if (tokens[i + 1]?.normal === 'with' && WITH_PARTNER.has(lemma)) return null;
  // ("As Pell and Roe lamented the toll, the mayor …": an object of the cue's own makes "as" time an
  // act, not stand for what was said; a listener, "As Roe warned the council, …", is no such object.)
  if (!TAKES_LISTENER.has(lemma) && objectAfter(tokens, i)) return null;
  let comma = i + 1;
  while (comma <= last && comma - i <= MAX_ADJUNCT && tokens[comma]!.value !== ',') {
    const t = tokens[comma]!;
    // ("noted in an op-ed/VERB Thursday": a piece of a hyphenated word is no verb.)
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !hyphenated(tokens, comma)) || isQuoteMark(t.value)) return null;
    comma++;
  }
  if (tokens[comma]?.value !== ',') return null;
  const from = comma + 1;
  const end = clauseEnd(tokens, from, last);
  if (end - from < MIN_CONTENT_TOKENS || !hasVerb(tokens, from, end)) return null;
  return indirectCandidate(tokens, [from, end], null, { first: i, end: i + 1 }, subject);
}

/**
 * A noun phrase right after the cue, its object ("lamented the toll", "lamented illegal immigration"),
 * not a time ("noted last week", "said this month").
 */
function objectAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k++;
  const head = tokens[k];
  return head?.pos === 'NOUN' && !TIME_NOUNS.has(head.normal);
}
