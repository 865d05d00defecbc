import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { ANTECEDENT_LINKS, NOMINATIVE, NOUN_PHRASE_POS } from './subject-words.js';
import { isQuoteMark } from './text.js';
import { phraseEndingAt, type Subject } from './noun-phrases.js';

/**
 * Reported speech in a relative clause: "the ties …, which experts say is aimed at X, were
 * welcomed" (the antecedent goes first, the clause closes before the main verb) and "X, who said
 * he would come, did not show up".
 */

/**
 * The noun phrase a relative pronoun at `rel` refers to ("the ties between the nations" before
 * ", which"), as tokens [first, end), or null when none stands right before it.
 */
export function antecedentOf(tokens: readonly Token[], rel: number, floor: number): [number, number] | null {
  let end = rel;
  if (tokens[end - 1]?.value === ',') end--;
  let first = end;
  while (first - 1 >= floor && end - first < 10 && (NOUN_PHRASE_POS.has(tokens[first - 1]!.pos) || ANTECEDENT_LINKS.has(tokens[first - 1]!.normal))) first--;
  while (first < end && ANTECEDENT_LINKS.has(tokens[first]!.normal)) first++;
  for (let k = first; k < end; k++) if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') return [first, end];
  return null;
}

/** The cue stands in a relative clause on its subject: "X, who (has) said …", "X, who went on to say …". */
export function whoClause(tokens: readonly Token[], i: number, floor: number): boolean {
  let k = i - 1;
  // "who went on to say", "who wanted to say": an infinitive cue after the clause's own verb.
  if (tokens[k]?.normal === 'to' && tokens[k]!.pos === 'PART') {
    k--;
    if (tokens[k]?.pos === 'ADP' && tokens[k - 1]?.pos === 'VERB') k--;
    if (tokens[k]?.pos !== 'VERB') return false;
    k--;
  }
  // ("who has since said": wink tags that "since" SCONJ.)
  while (k > floor && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.normal === 'since')) k--;
  if (tokens[k]?.normal === 'and') return coordinatedInWho(tokens, k, floor);
  return tokens[k]?.normal === 'who' && tokens[k - 1]?.value === ',';
}

/** How far back from "and" the relative pronoun may stand: "who backed the plan in May and said". */
const COORDINATED_WHO_REACH = 16;

/** "Roe, who backed the plan and said …": the cue is the second verb of a relative clause on its speaker (`and` at `k`). */
function coordinatedInWho(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let j = k - 1; j > floor && j > k - COORDINATED_WHO_REACH; j--) {
    if (tokens[j]!.normal === 'who') return tokens[j - 1]?.value === ',';
    if (tokens[j]!.value === ',' || tokens[j]!.value === '.') return false;
  }
  return false;
}

/**
 * The comma in [from, end) after which the sentence's main verb comes, or `end`. A short clause
 * closes there too ("The wall, which Pell said would fail, held …").
 */
export function mainVerbComma(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (tokens[k]!.value !== ',') continue;
    let v = k + 1;
    while (v < end && tokens[v]!.pos === 'ADV') v++;
    if ((tokens[v]?.pos === 'VERB' && !tokens[v]!.normal.endsWith('ing')) || tokens[v]?.pos === 'AUX') return k;
  }
  return end;
}

/** The cue stands in a relative clause with no commas on its subject: "A woman who (has) claimed …". */
export function restrictiveWho(tokens: readonly Token[], i: number, floor: number): boolean {
  let k = i - 1;
  while (k > floor && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  return tokens[k]?.normal === 'who' && k > floor && tokens[k - 1]!.value !== ',';
}

/**
 * "A woman who claims she met him says she …": the relative clause's statement ends where the
 * sentence's own cue follows its verb phrase, a finite speech verb after the statement's own verb
 * with no subject of its own before it. The cue's index, or `end`; a comma, a conjunction or "that"
 * outside quotation marks first leaves the statement whole.
 */
export function mainCueAfterRelative(tokens: readonly Token[], from: number, end: number): number {
  let verb = false;
  let quoted = false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t.value)) quoted = !quoted;
    if (quoted) continue;
    if (t.value === ',' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.normal === 'that') return end;
    const finite = (t.pos === 'VERB' && !t.normal.endsWith('ing')) || t.pos === 'AUX';
    if (verb && finite && cueLemma(tokens, k) && OBJECT_ENDS.has(tokens[k - 1]!.pos) && !NOMINATIVE.has(tokens[k - 1]!.normal)) return k;
    // ("who wrote the speech delivered by …": a participle after a noun is no clause's verb.)
    if (finite && !(t.normal.endsWith('ed') && tokens[k - 1]!.pos === 'NOUN')) verb = true;
  }
  return end;
}

/**
 * "A dancer who claims she sold the baker a 'very fine, rare clock' at a fair in Salem three years ago says
 * she …": the main cue `i` after a relative clause with no commas whose own cue reports a statement
 * that ends at `i` (mainCueAfterRelative). The noun phrase the clause hangs on speaks, however long
 * the statement, not `before`, the phrase right before the main cue (none when the statement ends on
 * "were hurt"); else `before`.
 */
export function pastRelativeStatement(tokens: readonly Token[], floor: number, end: number, i: number, before: Subject | null): Subject | null {
  const who = headOfRelativeBefore(tokens, floor, end, i);
  const head = who >= 0 && who < (before?.first ?? i) ? phraseEndingAt(tokens, who - 1, floor) : null;
  return head && head.kind !== 'pronoun' ? head : before;
}

/** The "who" opening such a relative clause before the main cue `i`, or -1. */
function headOfRelativeBefore(tokens: readonly Token[], floor: number, end: number, i: number): number {
  for (let c = i - 2; c > floor && c > i - RELATIVE_STATEMENT_REACH; c--) {
    if (!cueLemma(tokens, c) || !restrictiveWho(tokens, c, floor) || mainCueAfterRelative(tokens, c + 1, end) !== i) continue;
    let who = c - 1;
    while (tokens[who]!.normal !== 'who') who--;
    return who;
  }
  return -1;
}
/** How far before the main cue the relative clause's own cue may stand. */
const RELATIVE_STATEMENT_REACH = 50;

/** Tags that end a verb phrase's object, adjunct or complement right before the main cue ("met the prince says", "were hurt said"). */
const OBJECT_ENDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'ADV', 'NUM', 'ADJ', 'VERB']);
