import type { Token } from '../types.js';
import { SUBJECT_PRONOUNS } from './clause.js';
import { TAKES_LISTENER } from './speech-verbs.js';
import { TIME_DETERMINERS, TIME_NOUNS } from './subject-words.js';
import { isNameWord } from './name-tokens.js';
import { isPossessiveMark, isQuoteMark } from './text.js';

/**
 * "warned on Monday that …", "said on Harbour TV's “Dockside Hour” on Saturday that …", "wrote in both
 * reports he was …", "told aides since the winter, at dinners and in quiet meetings, that
 * …": a verbless phrase (places, times, a listener, a show's title in marks, up to two commas)
 * between the cue and its clause, which opens with "that" or with a subject pronoun and its verb.
 * The fallback when the shorter patterns of content-start.ts find no clause.
 */
export function clauseAfterAdjunct(tokens: readonly Token[], k: number, lemma: string, last: number): number | null {
  // "deny the responsibility that a hierarchy would impose": after the cue's own object, "that" is
  // a relative pronoun; only a listener ("told one person close to her that") or a time may stand there.
  const object = OBJECT_POS.has(tokens[k]?.pos ?? '') && !TAKES_LISTENER.has(lemma) && !TIME_WORDS.has(tokens[k]!.normal);
  let commas = 0;
  for (let j = k; j <= last && j < k + MAX_ADJUNCT; j++) {
    const t = tokens[j]!;
    if (j > k && t.normal === 'that' && opensClause(tokens[j + 1])) return object ? null : j + 1;
    if (j > k && SUBJECT_PRONOUNS.has(t.normal) && NOUN_POS.has(tokens[j - 1]!.pos) && finiteNext(tokens, j + 1)) return object ? null : j;
    if (j > k && nounPhraseSubject(tokens, j, k, lemma, last)) return object ? null : j;
    // ("taped before the attacks that …": a preposition before a noun phrase, no clause.)
    if (SUBORDINATORS.has(t.normal) && !(PREPOSITIONS.has(t.normal) && PHRASE_OPENERS.has(tokens[j + 1]?.pos ?? ''))) return null;
    if (isQuoteMark(t.value)) {
      // A title in marks: "on ABC's “This Week” that …".
      let close = j + 1;
      while (close <= last && close < j + 8 && !isQuoteMark(tokens[close]!.value)) close++;
      if (close > last || !isQuoteMark(tokens[close]!.value)) return null;
      j = close;
      continue;
    }
    if (t.value === ',') {
      if (++commas > 2) return null;
      // "said on CNN, where he is a contributor, that …": a clause of its own between commas, only before "that".
      if (SUBORDINATORS.has(tokens[j + 1]?.normal ?? '')) return thatAfterAside(tokens, j, last);
      continue;
    }
    // "in an interview taped before …": a participle after its noun stays in the phrase.
    const participle = t.pos === 'VERB' && t.normal.endsWith('ed') && NOUN_POS.has(tokens[j - 1]?.pos ?? '');
    const hyphen = t.value === '-' && tokens[j - 1]?.end === t.start;
    if (!(ADJUNCT_POS.has(t.pos) || participle || isNameWord(tokens, j) || isPossessiveMark(t.value) || hyphen)) return null;
  }
  return null;
}

/**
 * "said in a statement the plan was dead": a determiner right after the phrase's noun opens a
 * second noun phrase, which after a prepositional phrase can only be the clause's subject when
 * its finite verb follows within a few words. Not after a listener's verb ("told aides at dinner
 * the story"), nor before a relative clause with no pronoun ("in a statement the board issued that …").
 */
function nounPhraseSubject(tokens: readonly Token[], j: number, k: number, lemma: string, last: number): boolean {
  if (TAKES_LISTENER.has(lemma) || tokens[k]?.pos !== 'ADP' || !CLAUSE_DETERMINERS.has(tokens[j]!.normal) || !NOUN_POS.has(tokens[j - 1]!.pos)) return false;
  // ("said at the port the day Pell resigned": a time is an adjunct, not a subject.)
  if (TIME_WORDS.has(tokens[j + 1]?.normal ?? '')) return false;
  for (let v = j + 1; v <= last && v < j + 5; v++) {
    const t = tokens[v]!;
    if (t.pos === 'PUNCT' || t.pos === 'ADP') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) {
      // ("wrote in a letter the board received on Friday", "testified before the committee the senators
      // formed last year": a verb with a place or time and no object after it may be a relative clause
      // on the phrase's noun. Not after "said", which has no sense without what was said: "said in a
      // statement the pier closed on Friday".)
      if (lemma !== 'say' && t.pos === 'VERB' && (tokens[v + 1]?.pos === 'ADP' || TIME_WORDS.has(tokens[v + 1]?.normal ?? ''))) return false;
      for (let w = v + 1; w <= last && w < v + 6; w++) if (tokens[w]!.normal === 'that' || tokens[w]!.value === ',') return false;
      return true;
    }
  }
  return false;
}
const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'some', 'many', 'most', 'no', 'every', 'all']);

/** After an aside clause opening at the comma `comma`, its closing comma and "that" with a clause: the clause's first token. */
function thatAfterAside(tokens: readonly Token[], comma: number, last: number): number | null {
  for (let j = comma + 2; j <= last && j < comma + MAX_ASIDE_CLAUSE; j++) {
    const v = tokens[j]!.value;
    if (isQuoteMark(v) || v === '.' || v === ';' || v === ':') return null;
    if (v === ',') return tokens[j + 1]?.normal === 'that' && opensClause(tokens[j + 2]) ? j + 2 : null;
  }
  return null;
}

const MAX_ASIDE_CLAUSE = 16;

/** A clause follows "that" (not a relative pronoun's verb, nor the end of the phrase). */
function opensClause(next: Token | undefined): boolean {
  return !!next && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PUNCT' && next.pos !== 'ADP';
}

/** "he was …", "she would …": a pronoun's verb that goes on (not "the cases it cited,"). */
function finiteNext(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.pos === 'AUX') return true;
  return t?.pos === 'VERB' && !PHRASE_ENDS.has(tokens[k + 1]?.value ?? '.');
}

const MAX_ADJUNCT = 20;
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'PART']);
const OBJECT_POS = new Set(['DET', 'NOUN', 'ADJ']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);
const PHRASE_ENDS = new Set([',', '.', ';', ':']);
/** A subordinate clause in the phrase ("was noted when he …") ends the search. */
const SUBORDINATORS = new Set([
  'when',
  'where',
  'while',
  'because',
  'although',
  'though',
  'if',
  'whether',
  'as',
  'which',
  'who',
  'after',
  'before',
  'until',
  'unless',
]);
const TIME_WORDS = new Set([...TIME_DETERMINERS, ...TIME_NOUNS]);
/** Subordinators that are also prepositions, and what opens the noun phrase after one. */
const PREPOSITIONS = new Set(['after', 'before', 'until']);
const PHRASE_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'NUM']);
