import type { Token } from '../types.js';
import { SUBJECT_PRONOUNS, verbWithin } from './clause.js';
import { ASIDE_ADVERBS, ASIDE_OPENERS, BE_FORMS, CUE_ADVERBS, FINITE_AFTER_THAT, QUESTION_OPENERS } from './clause-words.js';
import { NEEDS_THAT, TAKES_LISTENER } from './speech-verbs.js';
import { NOMINATIVE, POSSESSIVES, TIME_DETERMINERS, TIME_NOUNS } from './subject-words.js';
import { glued, hyphenated, isNameWord } from './name-tokens.js';
import { isPluralPossessive, isPossessiveMark, isQuoteMark } from './text.js';
import { clauseAfterAdjunct } from './content-after-adjunct.js';
import { clauseAfterAside } from './content-after-aside.js';
import { subjectInListener } from './listener-subject.js';
import { FINITE_POS, plainClauseStart, relativeOnObject, thatlessClause } from './content-without-that.js';

/**
 * Where the clause a cue reports starts: after a listener ("told reporters"), an adverb
 * ("said repeatedly"), an adjunct before "that" ("said in a statement that"), or a time phrase
 * ("said on Friday he …"); null when the cue takes no clause ("announced a plan"). An aside
 * between commas is stepped over in content-after-aside.ts, a longer verbless phrase in
 * content-after-adjunct.ts; content-without-that.ts finds a clause that opens with no "that", and clause-subject.ts judges a subject that opens with no pronoun.
 */

/** Where the reported clause starts after the cue, or null when the cue takes no clause. */
export function contentStart(tokens: readonly Token[], i: number, lemma: string, last: number): number | null {
  // "The plan was announced the day the council met": a passive cue's subject is what was said, not
  // who said it; passive-reports.ts takes the passives that report ("was said to …").
  if (agentlessPassive(tokens, i, lemma)) return null;
  return clauseStart(tokens, i, lemma, last) ?? (QUESTION_CUES.has(lemma) || passive(tokens, i) ? null : clauseAfterAdjunct(tokens, i + 1, lemma, last));
}

/** Cues whose clause is a question, found by its opener ("asked whether …"), never by "that". */
const QUESTION_CUES = new Set(['ask', 'explain']);

function clauseStart(tokens: readonly Token[], i: number, lemma: string, last: number): number | null {
  // "A reporter asked: Did they talk …?", "Roe wrote: The plan is dead.": a colon right after the
  // cue hands over to the speaker's words, here without marks (a quote in marks is the direct pass's).
  if (tokens[i + 1]?.value === ':' && colonStatement(tokens, i, last)) return i + 2;
  let k = i + 1;
  // "said repeatedly …", "added, though, that …", "said, however, that …": an adverb after the cue.
  if (tokens[k]?.value === ',' && ASIDE_ADVERBS.has(tokens[k + 1]?.normal ?? '') && tokens[k + 2]?.value === ',') k += 3;
  else if (ASIDE_OPENERS.has(tokens[k]?.value ?? '')) return clauseAfterAside(tokens, k, last);
  while (tokens[k]?.pos === 'ADV' && CUE_ADVERBS.has(tokens[k]!.normal)) k++;
  const listenerStart = k;
  // "have warned they could …": a subject pronoun and its verb start the clause; no listener.
  const clauseNow = NOMINATIVE.has(tokens[k]?.normal ?? '') && verbWithin(tokens, k + 1, 3);
  if ((TAKES_LISTENER.has(lemma) || lemma === 'ask') && tokens[k]?.normal !== 'that' && !clauseNow) {
    // The listener: a pronoun or a short noun phrase ("reporters", "The Associated Press").
    // ("told his closest advisers …": a possessive opens the listener's noun phrase.)
    // (Not a question's opener: "asked what the council had chosen …".)
    if (tokens[k]?.pos === 'PRON' && tokens[k]!.normal !== 'that' && !POSSESSIVES.has(tokens[k]!.normal) && !QUESTION_OPENERS.has(tokens[k]!.normal)) k++;
    else {
      const start = k;
      while (k <= last && k - start < 8) {
        const t = tokens[k]!;
        // A show's title in marks belongs to the listener: told MSNBC's "Morning Joe" that …
        if (isQuoteMark(t.value) && k > start) {
          let close = k + 1;
          while (close <= last && close < k + 6 && !isQuoteMark(tokens[close]!.value)) close++;
          if (close <= last && isQuoteMark(tokens[close]!.value)) {
            k = close + 1;
            continue;
          }
          break;
        }
        // "Harbour Radio 2's Morning Tide show", "The Post and Courier", "The Star-Ledger of Newark"
        const inName =
          isNameWord(tokens, k) ||
          ((t.normal === 'and' || t.normal === 'of') && isNameWord(tokens, k + 1) && k > start) ||
          (t.pos === 'NUM' && k > start && isNameWord(tokens, k - 1));
        const possessive = k === start && POSSESSIVES.has(t.normal);
        if (!(inName || possessive || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || isPossessiveMark(t.value))) break;
        // "told reporters the gates …": a determiner after a noun starts the clause's subject.
        if (t.pos === 'DET' && !inName && k > start && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN')) break;
        k++;
      }
      if (k === start && lemma !== 'ask') return null;
    }
    // "warned it may close", "told MPs harbour fees would rise": the clause's subject inside what
    // looked like the listener.
    const subject = subjectInListener(tokens, i, listenerStart, k, lemma);
    if (subject !== null) return subject;
    // "asked Roe, Pell and Moss to search …", "asked Roe, who is fourth in the count, to lay out …":
    // a request past a list of listeners or an aside on the listener.
    if (k > listenerStart && tokens[k]?.value === ',' && (lemma === 'ask' || lemma === 'tell') && requestAfterComma(tokens, k, last)) return listenerStart;
    // "told his audience, to rowdy applause, that …": an aside after the listener.
    if (k > listenerStart && tokens[k]?.value === ',') return clauseAfterAside(tokens, k, last);
    // A request: "asked the congregation to stand", "told residents not to drink the water".
    if (k > listenerStart && (tokens[k]?.normal === 'to' || (tokens[k]?.normal === 'not' && tokens[k + 1]?.normal === 'to'))) return listenerStart;
    // "told fishermen this weekend he would …"
    if (TIME_DETERMINERS.has(tokens[k]?.normal ?? '') && TIME_NOUNS.has(tokens[k + 1]?.normal ?? '')) k += 2;
    // "told a gathering in Washington she will …": a place after the listener.
    if (tokens[k]?.pos === 'ADP' && tokens[k]!.normal !== 'that') {
      for (let j = k + 1; j <= last && j < k + 6; j++) {
        if (SUBJECT_PRONOUNS.has(tokens[j]!.normal) && verbWithin(tokens, j + 1, 3)) return j;
        if (tokens[j]!.pos === 'VERB' || tokens[j]!.value === ',' || relativeAfterPreposition(tokens, j)) break;
      }
    }
  }
  // A short phrase before "that": "said in a statement that", "said on Monday that"; not a
  // clause's own subject ("said his vote for that plan was …").
  const adjunct =
    tokens[k]?.normal === 'that' ||
    tokens[k]?.pos === 'ADP' ||
    tokens[k]?.pos === 'ADV' ||
    tokens[k]?.pos === 'PROPN' ||
    TIME_NOUNS.has(tokens[k]?.normal ?? '');
  // A relative clause on the adjunct's noun ("said in an interview that aired on Sunday that …") is
  // stepped over to the "that" of what was said; with none, the cue reports nothing here.
  let relative = -1;
  for (let j = k; adjunct && j <= last && j < k + 20; j++) {
    const t = tokens[j]!;
    if (t.normal === 'that' && (t.pos === 'SCONJ' || t.pos === 'DET' || t.pos === 'PRON')) {
      // "say that will not happen": "that" right before a verb is the clause's subject.
      if (j === k && FINITE_AFTER_THAT.has(tokens[j + 1]?.normal ?? '')) return j;
      if (relative < 0 && j > k && tokens[j - 1]!.pos === 'NOUN' && relativeVerb(tokens[j + 1])) {
        relative = j;
        continue;
      }
      return tokens[j + 1] ? j + 1 : null;
    }
    if (relative >= 0) {
      if (t.value === '.' || t.value === ':' || t.value === ',' || isQuoteMark(t.value)) return null;
      continue;
    }
    // ("wrote in an op-ed/VERB that", "said in '08 that": a piece of a hyphenated word, a year's apostrophe.)
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !isNameWord(tokens, j) && !hyphenated(tokens, j)) || t.value === '.' || t.value === ':') break;
    // (Nor a plural's possessive mark in a phrase opening with a preposition: "wrote to Sanders’ Senate
    // office that"; "lamented Sanders’ vote on a bill that she …" names no statement.)
    if (isQuoteMark(t.value) && !(tokens[j + 1]?.pos === 'NUM' && glued(tokens, j + 1)) && !(tokens[k]!.pos === 'ADP' && isPluralPossessive(tokens, j))) break;
  }
  if (lemma === 'ask') {
    // "asked (Sanders) whether …": an optional listener, then the question.
    for (let q = k; q <= last && q < k + 10; q++) {
      if (QUESTION_OPENERS.has(tokens[q]!.normal) && !relativeAfterPreposition(tokens, q)) return q;
      if (tokens[q]!.value === ',' || tokens[q]!.pos === 'VERB' || tokens[q]!.pos === 'AUX') break;
    }
    return null;
  }
  if (lemma === 'explain') {
    // "explained (to CBS) why …": an indirect question.
    for (let q = k; q <= last && q < k + 5; q++) {
      if (QUESTION_OPENERS.has(tokens[q]!.normal) && tokens[q]!.normal !== 'if' && tokens[q]!.normal !== 'whether' && !relativeAfterPreposition(tokens, q))
        return q;
      if (tokens[q]!.value === ',' || tokens[q]!.pos === 'VERB' || tokens[q]!.pos === 'AUX') break;
    }
    // "explained he would have to …", "explained the board's refusal … is a weakness": with no question,
    // a clause as after the other cues that need "that". ("explained the rules the pilots must follow":
    // a determiner right after the object's noun opens a relative clause on what was explained.)
    const start = thatlessClause(tokens, k, last);
    return start !== null && !relativeOnObject(tokens, start, last) ? start : null;
  }
  // "said on Friday he met …", "said Wednesday night the …": a time adjunct before the clause.
  for (let j = k; j <= last && j < k + 4; j++) {
    if (!TIME_NOUNS.has(tokens[j]!.normal)) continue;
    // "tweeted Tuesday night he …"
    while (TIME_NOUNS.has(tokens[j + 1]?.normal ?? '')) j++;
    const after = tokens[j + 1]?.value === ',' ? j + 2 : j + 1;
    if (tokens[after] && (tokens[after]!.pos === 'PRON' || tokens[after]!.pos === 'DET' || tokens[after]!.pos === 'PROPN') && verbWithin(tokens, after + 1, 6))
      return after;
    break;
  }
  if (NEEDS_THAT.has(lemma)) return thatlessClause(tokens, k, last);
  return plainClauseStart(tokens, k, lemma, last);
}

/**
 * The cue is a verb in its clause, in lower case ("Editor's note:" is a noun, "Charged:" a caption's
 * label), and a capitalised word opens a sentence of its own after the colon, with a verb of its
 * own (not a list: "in three states: Iowa, Ohio and Utah") and no quotation mark (copy that
 * repeats the cue before the quote, "said: Roe said "…"", is the direct pass's).
 */
function colonStatement(tokens: readonly Token[], i: number, last: number): boolean {
  const cue = tokens[i]!;
  const first = tokens[i + 2];
  if (cue.pos !== 'VERB' || !/^\p{Ll}/u.test(cue.value) || !first || !/^\p{Lu}/u.test(first.value) || last - (i + 2) < 3) return false;
  if (!verbWithin(tokens, i + 3, 8) && !verbPastSubjectAside(tokens, i + 3, last)) return false;
  for (let k = i + 2; k <= last; k++) if (isQuoteMark(tokens[k]!.value)) return false;
  return true;
}

/**
 * "Police said: A man, 34, was arrested …", "wrote: The firm, a family business, will close …":
 * an aside between commas (an age, an apposition, no verb of its own) closes on the subject's
 * verb. A list's commas ("Dover, Hull and Poole") close on none.
 */
function verbPastSubjectAside(tokens: readonly Token[], from: number, last: number): boolean {
  let open = from;
  while (open <= last && open < from + 5 && tokens[open]!.value !== ',') {
    if (FINITE_POS.has(tokens[open]!.pos) || tokens[open]!.value === '.') return false;
    open++;
  }
  if (tokens[open]?.value !== ',') return false;
  for (let k = open + 1; k <= last && k < open + 10; k++) {
    const t = tokens[k]!;
    if (FINITE_POS.has(t.pos) || t.value === '.' || t.value === ';' || t.value === ':' || t.pos === 'CCONJ') return false;
    if (t.value === ',') return k > open + 1 && verbWithin(tokens, k + 1, 2);
  }
  return false;
}

/**
 * After the listener's comma at `k`, "to" and a verb within a few words, after the aside's closing
 * comma or the rest of a list of names ("Roe, Pell and Moss to …"); not past a stop or "that".
 */
function requestAfterComma(tokens: readonly Token[], k: number, last: number): boolean {
  let list = true;
  for (let j = k + 1; j <= last && j < k + 16; j++) {
    const t = tokens[j]!;
    if (t.value === '.' || t.value === ':' || t.value === ';' || t.normal === 'that' || isQuoteMark(t.value)) return false;
    if (t.normal === 'to' && tokens[j + 1]?.pos === 'VERB') return list || tokens[j - 1]!.value === ',';
    if (!(t.pos === 'PROPN' || t.value === ',' || t.normal === 'and')) list = false;
  }
  return false;
}

/** A verb opening a relative clause after "that": "aired", "was released" (not a gerund). */
function relativeVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
}

/**
 * "questions for which …": "which"/"whom" after a preposition opens a relative clause, no question.
 * After a noun it is the question put to a listener ("asked the minister which plan …").
 */
function relativeAfterPreposition(tokens: readonly Token[], q: number): boolean {
  const word = tokens[q]!.normal;
  return (word === 'which' || word === 'whom') && tokens[q - 1]?.pos === 'ADP';
}

/** "was written off as …", "the facts reported by …": a passive cue reports nothing of its subject's. */
function passive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  return BE_FORMS.has(tokens[k]?.normal ?? '') || tokens[i + 1]?.normal === 'by';
}

/**
 * "The deal was announced the week the firm collapsed": a participle after "be" with no "by". Not a
 * progressive ("is telling"), "'s said" (mostly "has"), a listener as subject ("were told they …"), nor
 * the impersonal "it was reported that …", whose clause is what was said.
 */
function agentlessPassive(tokens: readonly Token[], i: number, lemma: string): boolean {
  if (tokens[i]!.normal.endsWith('ing') || TAKES_LISTENER.has(lemma) || tokens[i + 1]?.normal === 'by') return false;
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  if (!BE_FORMS.has(tokens[k]?.normal ?? '') || /^['’]s$/.test(tokens[k]!.value)) return false;
  return tokens[k - 1]?.normal !== 'it' && tokens[k - 2]?.normal !== 'it';
}
