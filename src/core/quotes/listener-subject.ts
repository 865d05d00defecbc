import type { Token } from '../types.js';
import { isPersonNoun } from './described-subject.js';
import { NOMINATIVE } from './subject-words.js';

/**
 * "told MPs harbour fees would rise", "told the Gazette progress had been made", "warned the pier
 * could collapse": with no "that", a listener and the clause's subject stand side by side, both
 * bare noun phrases, and the phrase read as the listener (from `start`) runs straight into a
 * finite verb at `verb`. Returns where the subject opens, or null when the phrase is the listener.
 */
export function subjectInListener(tokens: readonly Token[], cue: number, start: number, verb: number, lemma: string): number | null {
  const v = tokens[verb];
  if (verb <= start || !v || !(v.pos === 'AUX' || (v.pos === 'VERB' && !/(?:ed|ing)$/.test(v.normal)))) return null;
  // A warning is often given to no one named: its whole phrase is the subject ("warned the Acme
  // board would …", one phrase, a name on a noun).
  if (lemma === 'warn') return start;
  // ("The figure Roe told Dover councillors was wrong": the verb is the main clause's; what was
  // told is the noun before the speaker.)
  if (toldInRelative(tokens, cue)) return null;
  // Words are told to someone: the subject opens where the capitals change, the last change before
  // the verb (a name, then a noun in lower case, or the reverse: "told news agency Harbour Wire such a
  // sale would …"). With no change ("which he told reporters would cost …", a relative's object) none.
  for (let j = verb - 1; j > start; j--) {
    if (capitalised(tokens[j - 1]!) !== capitalised(tokens[j]!) && SUBJECT_OPENERS.has(tokens[j]!.pos) && tokens[j - 1]!.pos !== 'DET') return j;
  }
  return null;
}

const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Heads of a relative clause with no "which": "what Roe told …", "everything he told …". */
const FREE_RELATIVES: ReadonlySet<string> = new Set(['what', 'whatever', 'everything', 'something', 'nothing', 'all']);

/**
 * The cue at `cue` stands in a relative clause with no "which" on a noun before its subject: "the
 * figure Roe told …", "the story he told …", "what Pell told …". The subject is a pronoun or a name;
 * before it a free relative, or a noun phrase a determiner opens that names no person ("the harbour
 * master Tom Pell told …" is a title) and no preposition governs ("In an interview Roe told …").
 */
function toldInRelative(tokens: readonly Token[], cue: number): boolean {
  let k = cue - 1;
  if (NOMINATIVE.has(tokens[k]?.normal ?? '')) k--;
  else while (tokens[k]?.pos === 'PROPN' && capitalised(tokens[k]!)) k--;
  const head = tokens[k];
  if (!head || k === cue - 1) return false;
  if (FREE_RELATIVES.has(head.normal)) return true;
  if (head.pos !== 'NOUN' || isPersonNoun(head.normal)) return false;
  let d = k - 1;
  while (/^(?:ADJ|NOUN)$/.test(tokens[d]?.pos ?? '')) d--;
  return tokens[d]?.pos === 'DET' && tokens[d - 1]?.pos !== 'ADP';
}

function capitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.value);
}
