import type { Token } from '../types.js';
import { ASIDE_OPENERS, LEADING_SUBORDINATORS } from './clause-words.js';
import { NOUN_PHRASE_POS, PERSON_PRONOUNS, POSSESSIVES } from './subject-words.js';
import { TITLES } from './titles-and-names.js';
import { glued, isNameWord, nameRunStartingAt } from './name-tokens.js';
import { phraseEndingAt, type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { sentenceStart } from './candidate.js';
import { isPossessiveMark } from './text.js';

/**
 * Subjects read forwards from their first token: after an inverted cue ("said Park") and at the
 * opening of a sentence. Split from phrases.ts, which reads them backwards from the cue.
 */

/** The subject right after an inverted cue ("said Park", "said the professor"). */
export function subjectAfter(tokens: readonly Token[], after: number, ceiling: number): Subject | null {
  const t = tokens[after];
  if (!t || after >= ceiling) return null;
  if (PERSON_PRONOUNS.has(t.normal)) return { first: after, end: after + 1, kind: 'pronoun', head: t.normal, roles: [] };
  let end = after;
  // Modifiers, then a head noun or a name.
  while (end < ceiling && end - after < 8) {
    const u = tokens[end]!;
    if (isNameWord(tokens, end)) {
      end = nameRunStartingAt(tokens, end, ceiling);
      continue;
    }
    // ("according to Harbour Research 44% of users …": a figure after a name opens what was said, unless a name
    // word follows it: "Il Sole 24 Ore".)
    if (u.pos === 'NUM' && end > after && isNameWord(tokens, end - 1) && /^\d/.test(u.value) && !isNameWord(tokens, end + 1)) break;
    const determiner = u.pos === 'DET' || POSSESSIVES.has(u.normal);
    // "Idaho nutritional-supplement executive X": a hyphen inside a compound modifier; "former
    // Gov. and party Chairman X": two titles of one person.
    const compound = u.value === '-' && end > after && glued(tokens, end) && glued(tokens, end + 1);
    const titles = u.normal === 'and' && end > after && TITLES.has(tokens[end - 1]!.normal.replace(/\.$/, ''));
    if (isPossessiveMark(u.value) || (NOUN_PHRASE_POS.has(u.pos) && u.pos !== 'DET') || (end === after && determiner) || compound || titles) {
      end++;
      continue;
    }
    break;
  }
  // "said a person close to …", "said one resident familiar with …": the adjective after the head
  // opens a modifier of it, not the phrase's head.
  // (An age stays the head: "said the 46-year-old".)
  while (
    end - 1 > after &&
    tokens[end - 1]!.pos === 'ADJ' &&
    !isNameWord(tokens, end - 1) &&
    !(tokens[end - 1]!.normal === 'old' && tokens[end - 2]?.value === '-')
  )
    end--;
  if (end === after) return null;
  return withSecondName(tokens, phraseEndingAt(tokens, end - 1, after), ceiling);
}

/** Where a subject after the cue must stop for "and" + a name to be part of it. */
const CLOSING = new Set([',', '.', '!', '?', ';', ':']);

/**
 * "“…,” replied Ana Ruiz and Tom Pell.": two names joined by "and" right after the cue speak
 * together, as "Ana Ruiz and Tom Pell replied" does before it (phrases.ts `coordinated`). Only
 * when the second name closes the clause: in "said Ruiz and Pell's lawyer" or "said Ruiz and
 * Pell left" the "and" joins something else.
 */
function withSecondName(tokens: readonly Token[], phrase: Subject | null, ceiling: number): Subject | null {
  if (phrase?.kind !== 'name' || tokens[phrase.end]?.normal !== 'and' || !isNameWord(tokens, phrase.end + 1)) return phrase;
  const second = phraseEndingAt(tokens, nameRunStartingAt(tokens, phrase.end + 1, ceiling) - 1, phrase.end + 1);
  const closes =
    second !== null && (second.end >= ceiling || CLOSING.has(tokens[second.end]!.value) || tokens[second.end]!.sentence !== tokens[phrase.first]!.sentence);
  if (second?.kind !== 'name' || second.first !== phrase.end + 1 || !closes) return phrase;
  // "said Ports and Fisheries Minister Ana Roe": titles before the second name mean
  // the "and" joined two words of one office, and the person is the name after them.
  if (second.name && second.name.first > second.first) return { ...second, first: phrase.first };
  return { first: phrase.first, end: second.end, kind: 'description', head: second.head, roles: [] };
}

/**
 * The noun phrase a sentence opens with. After a split in a name (splitInName), a sentence that
 * opens on its verb or an adjunct has its subject at the end of the one before ("Sen. Roe (I-Vt.)
 * | defended …, saying …", "Rep. Roe (D-Va.) | at that point, adding that …"); one that opens with a
 * noun phrase has its own ("… named for Martin Luther King Jr. | The council approved it, saying …").
 */
export function sentenceSubject(tokens: readonly Token[], s: { readonly firstToken: number; readonly endToken: number }): Subject | null {
  const first = s.firstToken;
  const across =
    splitInName(tokens, first) && !OPENS_NOUN_PHRASE.has(tokens[first]!.pos) ? subjectBefore(tokens, first, sentenceStart(tokens, first - 1)) : null;
  return across ?? ownSubject(tokens, s);
}
const OPENS_NOUN_PHRASE = new Set([...NOUN_PHRASE_POS, 'PRON']);

/**
 * The noun phrase a sentence opens with, skipping the leading adverbials up to their commas ("In a
 * May debate, while her rivals called for …, Roe kept …"). After an opening participle the verbs
 * of its own phrase are passed over ("Facing mounting criticism, Pell released …", "Continuing to
 * explain, Roe said"), not by its comma, which may be a place's ("Speaking in Salem, Ohio, Roe …").
 */
function ownSubject(tokens: readonly Token[], s: { readonly firstToken: number; readonly endToken: number }): Subject | null {
  let k = s.firstToken;
  for (let opening = 0; opening < MAX_OPENINGS && openingAdverbial(tokens[k]); opening++) {
    let j = k;
    const reach = tokens[k]!.pos === 'SCONJ' || SUBORDINATORS.has(tokens[k]!.normal) ? CLAUSE_REACH : PHRASE_REACH;
    while (j < s.endToken && j < k + reach && tokens[j]!.value !== ',') j++;
    if (tokens[j]?.value !== ',' || j >= s.endToken) break;
    k = clauseCommaPastApposition(tokens, k, j, s.endToken) + 1;
  }
  const aside = subjectBeforeVerbAside(tokens, k, s.endToken);
  if (aside) return aside;
  // (Not "According to X, the trend … has": no participle of the subject's.)
  const participle = k === s.firstToken && tokens[k]!.pos === 'VERB' && /(?:ing|ed)$/.test(tokens[k]!.normal) && tokens[k]!.normal !== 'according';
  // The subject of the sentence's first verb, appositions and all ("The Lord Chancellor, Lord Falconer, agreed").
  for (let v = k + 1; v < s.endToken && v < k + 30; v++) {
    const t = tokens[v]!;
    if (participle && t.pos === 'VERB' && (t.normal.endsWith('ing') || tokens[v - 1]!.normal === 'to')) continue;
    // ("Roe belittled/ADJ the claim, calling it …": a past verb after a name that wink read as an adjective.)
    const pastAfterName = t.pos === 'ADJ' && t.normal.endsWith('ed') && tokens[v - 1]!.pos === 'PROPN';
    if (t.pos === 'VERB' || t.pos === 'AUX' || pastAfterName) return subjectBefore(tokens, v, k);
  }
  return null;
}

/**
 * "When Roe referred to the attack and said he would …, the crowd applauded": a cue inside the
 * clause a subordinator opens the sentence with has that clause's subject, not the sentence's.
 * Null when cue `i` stands in no such clause.
 */
export function openingClauseSubject(tokens: readonly Token[], s: { readonly firstToken: number }, i: number): Subject | null {
  const first = tokens[s.firstToken]!;
  if (first.pos !== 'SCONJ' && !SUBORDINATORS.has(first.normal)) return null;
  for (let k = s.firstToken + 1; k < i; k++) if (tokens[k]!.value === ',') return null;
  const subject = subjectAfter(tokens, s.firstToken + 1, i);
  return subject && subject.end < i ? subject : null;
}

/**
 * "As Carl Ostrow, a pilot, joked with Ana Ruiz, Tom Lee frowned": a subordinator, its clause's
 * subject and an apposition in commas; the clause runs on past the apposition to the comma after
 * its verb. `j` is the first comma after the opener `k`; returns the comma that ends the clause.
 */
function clauseCommaPastApposition(tokens: readonly Token[], k: number, j: number, end: number): number {
  if (!LEADING_SUBORDINATORS.has(tokens[k]!.normal)) return j;
  const verbless = (from: number, to: number) => {
    for (let v = from; v < to; v++) if (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') return false;
    return true;
  };
  if (!verbless(k + 1, j) || tokens[j + 1]?.pos !== 'DET') return j;
  let close = j + 1;
  while (close < end && close < j + PHRASE_REACH && tokens[close]!.value !== ',') close++;
  if (tokens[close]?.value !== ',' || !verbless(j + 1, close) || tokens[close + 1]?.pos !== 'VERB') return j;
  let after = close + 1;
  while (after < end && after < close + CLAUSE_REACH && tokens[after]!.value !== ',') after++;
  return tokens[after]?.value === ',' && after < end ? after : j;
}

/** Adverbials a sentence may open with before its subject: up to three, each up to its comma. */
const MAX_OPENINGS = 3;
/** How far an opening phrase, and an opening clause ("while her rivals called for …"), may run to its comma. */
const PHRASE_REACH = 12;
/** Subordinators wink may tag as adverbs ("When/ADV Trump suggested …, Rubio fired back"). */
const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'although', 'though', 'because', 'since', 'once', 'until', 'whereas', 'if']);
const CLAUSE_REACH = 25;
const ADVERBIAL_POS = new Set(['ADP', 'SCONJ', 'ADV']);

/** A word that opens an adverbial: a preposition, subordinator or adverb. */
function openingAdverbial(t: Token | undefined): boolean {
  return t !== undefined && ADVERBIAL_POS.has(t.pos);
}

/**
 * "Dina Vale, in an article published in the Post, rebuked …", "Ana Holt -- whose husband signed
 * it -- has derided …": a verb inside an aside set off after the opening phrase is not the
 * sentence's; when a verb follows the aside's closing mark, the phrase before the aside is the
 * subject. Null when the sentence does not open so.
 */
function subjectBeforeVerbAside(tokens: readonly Token[], k: number, end: number): Subject | null {
  let open = k + 1;
  while (open < end && open < k + OPENING_REACH && NOUN_PHRASE_POS.has(tokens[open]!.pos)) open++;
  const mark = tokens[open]?.value ?? '';
  const closer = mark === '(' ? ')' : mark;
  // (An aside that is a clause of its own keeps its subject: "Roe, though she praised …, said …".)
  if (open >= end || !SUBJECT_ASIDE_OPENERS.has(mark) || tokens[open + 1]?.pos === 'SCONJ') return null;
  let verb = false;
  for (let j = open + 1; j < end && j < open + ASIDE_REACH; j++) {
    const t = tokens[j]!;
    if (t.value === closer) {
      let v = j + 1;
      while (v < end && tokens[v]!.pos === 'ADV') v++;
      const main = tokens[v];
      return verb && main && (main.pos === 'VERB' || main.pos === 'AUX') ? subjectBefore(tokens, open, k) : null;
    }
    if (t.pos === 'VERB') verb = true;
  }
  return null;
}
/** A bracket too: "Roe (who chairs it) said". */
const SUBJECT_ASIDE_OPENERS = new Set([...ASIDE_OPENERS, '(']);
const OPENING_REACH = 6;
const ASIDE_REACH = 25;

/**
 * wink sometimes ends a sentence inside a name's abbreviation ("Sen. Ana Roe (R-Ga.) | said
 * he …"): the sentence at token `first` follows such a split, so its subject may stand at the end
 * of the one before.
 */
export function splitInName(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && (prev.value === ')' || /^[A-Z][a-z]?\.$/.test(prev.value));
}
