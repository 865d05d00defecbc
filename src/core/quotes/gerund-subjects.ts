import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { hyphenated } from './name-tokens.js';

/** Verbs of thought whose participle takes a clause of its own ("hoping the vote will pass"). */
const THOUGHT_PARTICIPLES: ReadonlySet<string> = new Set([
  'hoping',
  'expecting',
  'believing',
  'fearing',
  'knowing',
  'thinking',
  'feeling',
  'assuming',
  'wondering',
]);
/** Words that end a participle's phrase before any subject's verb: relatives and "whether" (an ADP to wink). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'whether']);
/** How far the gerund's phrase may run before its auxiliary. */
const MAX_GERUND_PHRASE = 10;

/**
 * "But, he said, using the old pier has never been easier": after a cue that interrupts a sentence
 * with no verb before it, a gerund opens what was said as its subject when an auxiliary follows its
 * phrase before any comma ("finding a buyer was easy", "digging up roads can take weeks"). Not a
 * participle of the speaker's own doing: a cue ("…, he said, adding that …") or a verb of thought
 * ("hoping the vote will pass") takes a clause of its own, and a relative word ("pointing to a map
 * that was …"), an infinitive's "to" or a subordinator ("leading the town to ask whether …") or a comma ends
 * the phrase first.
 */
export function gerundSubject(tokens: readonly Token[], from: number, last: number): boolean {
  const first = tokens[from];
  // (wink tags some gerunds as nouns: "sailing/NOUN to Dover can take an hour".)
  if (
    !first ||
    (first.pos !== 'VERB' && first.pos !== 'NOUN') ||
    !first.normal.endsWith('ing') ||
    cueLemma(tokens, from) ||
    THOUGHT_PARTICIPLES.has(first.normal)
  )
    return false;
  for (let k = from + 1; k <= last && k <= from + MAX_GERUND_PHRASE; k++) {
    const t = tokens[k]!;
    if (
      (t.pos === 'PUNCT' && !(t.value === '-' && hyphenated(tokens, k))) ||
      t.pos === 'SCONJ' ||
      (t.pos === 'PART' && t.normal === 'to') ||
      PHRASE_ENDS.has(t.normal)
    )
      return false;
    if (t.pos === 'AUX') return true;
  }
  return false;
}
