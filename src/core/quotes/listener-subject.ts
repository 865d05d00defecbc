import type { Token } from '../types.js';

/**
 * "told MPs harbour fees would rise", "told the Gazette progress had been made", "warned the pier
 * could collapse": with no "that", a listener and the clause's subject stand side by side, both
 * bare noun phrases, and the phrase read as the listener (from `start`) runs straight into a
 * finite verb at `verb`. Returns where the subject opens, or null when the phrase is the listener.
 */
export function subjectInListener(tokens: readonly Token[], start: number, verb: number, lemma: string): number | null {
  const v = tokens[verb];
  if (verb <= start || !v || !(v.pos === 'AUX' || (v.pos === 'VERB' && !/(?:ed|ing)$/.test(v.normal)))) return null;
  // A warning is often given to no one named: its whole phrase is the subject ("warned the Acme
  // board would …", one phrase, a name on a noun).
  if (lemma === 'warn') return start;
  // Words are told to someone: the subject opens where the capitals change, the last change before
  // the verb (a name, then a noun in lower case, or the reverse: "told news agency Harbour Wire such a
  // sale would …"). With no change ("which he told reporters would cost …", a relative's object) none.
  for (let j = verb - 1; j > start; j--) {
    if (capitalised(tokens[j - 1]!) !== capitalised(tokens[j]!) && SUBJECT_OPENERS.has(tokens[j]!.pos) && tokens[j - 1]!.pos !== 'DET') return j;
  }
  return null;
}

const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

function capitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.value);
}
