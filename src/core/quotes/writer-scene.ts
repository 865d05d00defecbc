import type { Token } from '../types.js';
import { hasVerb } from './clause.js';
import { LEADING_SUBORDINATORS } from './clause-words.js';

/**
 * "On Monday, even as prices fell, Pell wrote to shareholders, …", "Weighing in on the debate, Roe
 * agreed, …": what stands before a final cue's subject is only the writer's scene when each of its
 * comma-separated pieces is verbless or opens (past an adverb) with a subordinator or a present
 * participle; no main clause there, so no statement.
 */
export function onlyScene(tokens: readonly Token[], from: number, end: number): boolean {
  let piece = from;
  for (let k = from; k <= end; k++) {
    if (k < end && tokens[k]!.value !== ',') continue;
    if (hasVerb(tokens, piece, k) && !opensScene(tokens, piece, k)) return false;
    piece = k + 1;
  }
  return hasVerb(tokens, from, end);
}

/**
 * A piece opening with a subordinator or a present participle and holding one run of verbs: not a
 * gerund subject with its own verb ("Doubling the fund could save lives"), a subordinate clause its
 * main clause follows with no comma ("If the fee rose many jobs would go"), nor a subordinator that
 * takes a phrase of its own before the main clause ("Since then the pier has stayed shut").
 */
function opensScene(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end - 1 && tokens[k]!.pos === 'ADV') k++;
  const t = tokens[k]!;
  if (!LEADING_SUBORDINATORS.has(t.normal) && !(t.pos === 'VERB' && t.normal.endsWith('ing'))) return false;
  if (phraseThenSubject(tokens, k + 1, end)) return false;
  let runs = 0;
  for (let j = k; j < end; j++) if (isVerb(tokens[j]!) && !(j > k && (isVerb(tokens[j - 1]!) || tokens[j - 1]!.pos === 'PART'))) runs++;
  return runs === 1;
}

/** Words that end a subordinator's phrase ("since then", "until now", "after that"), so a subject after them opens the main clause. */
const PHRASE_ENDS = new Set(['then', 'now', 'that', 'this']);
/** Words that open a subject. */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN']);

/**
 * "Since then the pier …", "After that the talks …", "As a result the fees …": before the first verb,
 * a subject opens after "then", "now", "that", "this", or a determiner after a noun (a second noun
 * phrase), where "After the storm hit" has one.
 */
function phraseThenSubject(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from + 1; j < end && !isVerb(tokens[j]!); j++) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (PHRASE_ENDS.has(prev.normal) && j - 1 === from && SUBJECT_OPENERS.has(t.pos)) return true;
    if (t.pos === 'DET' && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) return true;
  }
  return false;
}

const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
