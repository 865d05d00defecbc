import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { SUBJECT_PRONOUNS } from './clause-scan.js';
import { isDashAt } from './dashes.js';
import { isQuoteMark } from './text.js';

/** Tests of what follows a comma or dash inside reported content: does the writer take over there? */

/** "no different, he said, from …": a short phrase, a comma, a subject of up to three words, a cue and a comma. */
export function interruptedAhead(tokens: readonly Token[], from: number, last: number): boolean {
  let c = from;
  while (c <= last && c < from + 8 && tokens[c]!.value !== ',') c++;
  if (tokens[c]?.value !== ',') return false;
  for (let k = c + 2; k <= c + 4 && k < last; k++) if (cueLemma(tokens, k) && tokens[k + 1]?.value === ',') return true;
  return false;
}

/** How many words a name signing the end of a sentence may have: "— Ana Maria de la Roe". */
const BYLINE_WORDS = 5;

/**
 * "… the first in the region.”--Tom Pell.": after a closing mark and a dash, a name alone to the
 * sentence's end signs it (a byline, a signature). Not after a word, where the name may be what
 * was said: "would love to play one man - Ian Paisley".
 */
export function bylineAhead(tokens: readonly Token[], from: number, last: number): boolean {
  if (last < from || last - from >= BYLINE_WORDS || !isQuoteMark(tokens[from - 2]?.value ?? '')) return false;
  for (let k = from; k <= last; k++) if (tokens[k]!.pos !== 'PROPN') return false;
  return true;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Tags of a word that carries the statement on after an apposition's closing comma. */
const RESUMING_POS = new Set(['ADP', 'VERB', 'AUX']);

/**
 * "make the old pier, a wreck the council bought, into a fortress": an apposition closed by a
 * comma after which the statement goes on with a verb or a preposition.
 */
export function asideResumes(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k < from + 12; k++) {
    const t = tokens[k]!;
    // (Not a relative clause's list: "Roe, a sailor who was hired, trained and paid".)
    if (isQuoteMark(t.value) || t.value === ';' || isDashAt(tokens, k) || RELATIVE_PRONOUNS.has(t.normal)) return false;
    if (t.value === ',') return RESUMING_POS.has(tokens[k + 1]?.pos ?? '') && !tokens[k + 1]!.normal.endsWith('ing');
  }
  return false;
}

/** Tags of the words of a listed noun phrase: "a very “big” loser". */
const LIST_WORD_POS = new Set(['ADJ', 'NOUN', 'NUM', 'ADV']);

/** How far back from the comma the first item's "a" may stand: "a very “big” loser,". */
const FIRST_ITEM_REACH = 8;
/** How far past the comma the last item's "and a" may come: ", a “sore” loser and a …". */
const LIST_REACH = 10;

/**
 * "… is a “fool,” a “cheat” and a “coward”", with a serial comma "a “fool,” a “cheat,” and a
 * “coward”": at the comma `k`, an indefinite before it and ", a … (,) and a …" after it make a
 * list, not an aside on a noun ("Tom Pell, a banker and a friend of …").
 */
export function indefiniteList(tokens: readonly Token[], k: number, last: number): boolean {
  let b = k - 1;
  while (b > k - FIRST_ITEM_REACH && b > 0 && (isQuoteMark(tokens[b]!.value) || tokens[b]!.value === ',' || LIST_WORD_POS.has(tokens[b]!.pos))) b--;
  if (!isIndefinite(tokens[b])) return false;
  for (let j = k + 2; j < last && j < k + LIST_REACH; j++) {
    const t = tokens[j]!;
    if (t.value === ',') return lastItemFollows(tokens, j + 1);
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (lastItemFollows(tokens, j)) return true;
  }
  return false;
}

/**
 * "and a …" or "or an …" at token `j`, past a closing mark after a serial comma ("liar,” and a"),
 * that is no clause's subject ("a mistake, a costly one, and a lawyer for the board agreed").
 */
function lastItemFollows(tokens: readonly Token[], j: number): boolean {
  while (isQuoteMark(tokens[j]?.value ?? '')) j++;
  if ((tokens[j]?.normal !== 'and' && tokens[j]?.normal !== 'or') || !isIndefinite(tokens[j + 1])) return false;
  for (let v = j + 2; v < j + LIST_REACH && tokens[v] && !ITEM_ENDS.has(tokens[v]!.value); v++) {
    if (RELATIVE_PRONOUNS.has(tokens[v]!.normal)) return true;
    if (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') return false;
  }
  return true;
}

const ITEM_ENDS = new Set([',', ';', '.', '!', '?']);

function isIndefinite(t: Token | undefined): boolean {
  return t?.normal === 'a' || t?.normal === 'an';
}

/** Words that open a clause's subject after a dash: "— the mayor …", "— there are …", "— he …". */
const DASH_SUBJECT_OPENERS = new Set(['there', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'its']);
/**
 * After "the" and a dash, words that pick out one of what the content before it named ("had two
 * parts — the first would …", "bought two boats - the other was sold"): the clause goes on with
 * what was said, where "— the mayor …" is the writer's.
 */
const PICKS = new Set(['first', 'second', 'third', 'last', 'other', 'former', 'latter']);
/** How many words a subject after a dash may run before its verb: "— the harbour board's chair also …". */
const DASH_SUBJECT_REACH = 5;

/**
 * "said she was upset — the mayor also pointed out …", "said the tide was turning — and the council
 * is holding talks …": after a dash, a clause with a subject and a finite verb of its own, running to
 * the sentence's end with no quotation mark to come, is the writer's next sentence in all but its
 * full stop. `mainClauseDue`: the dash closes an aside in a clause that opens the sentence, whose
 * main clause is still to come, so a past form after a noun is its verb, not a participle on the noun.
 */
export function dashClauseAhead(tokens: readonly Token[], from: number, last: number, mainClauseDue = false): boolean {
  let k = from;
  if (tokens[k]?.normal === 'and' || tokens[k]?.normal === 'but') k++;
  const opener = tokens[k];
  if (!opener || !(DASH_SUBJECT_OPENERS.has(opener.normal) || SUBJECT_PRONOUNS.has(opener.normal) || opener.pos === 'PROPN')) return false;
  // (Only as a pronoun: "— the other ferries were …", "— the first time …" have a noun of their own, an ordinary subject.)
  if (opener.normal === 'the' && PICKS.has(tokens[k + 1]?.normal ?? '') && tokens[k + 2]?.pos !== 'NOUN') return false;
  for (let j = from; j <= last; j++) if (isQuoteMark(tokens[j]!.value) || isDashAt(tokens, j)) return false;
  for (let j = k + 1; j <= last && j <= k + DASH_SUBJECT_REACH; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && (mainClauseDue || !reducedRelative(tokens, j, opener)))) return true;
    if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
  }
  return false;
}

/**
 * "- the lowest total seen since 2003": a past form after a determiner's noun may be a participle
 * on it, so there it counts as the clause's verb only after an adverb ("— the mayor also pointed out
 * …") or in the present ("— the board says …"); after a pronoun or name it is finite ("— Roe backed it").
 */
function reducedRelative(tokens: readonly Token[], j: number, opener: Token): boolean {
  if (opener.pos === 'PROPN' || SUBJECT_PRONOUNS.has(opener.normal)) return false;
  return tokens[j - 1]!.pos !== 'ADV' && !tokens[j]!.normal.endsWith('s');
}
