/**
 * Names read off the token list: which tokens are capitalised name words, and the runs of them
 * ("Park Won-gon", "President Barack Obama"), titles trimmed. Built from wink's POS tags plus
 * capitalisation, because the tagger often misses names it has not seen.
 */
import type { Token } from '../types.js';
import { SPEECH_VERB_FORMS } from './speech-verbs.js';
import { FEMALE_NAMES, MALE_NAMES, NOT_NAME_WORDS, TITLES } from './titles-and-names.js';
import { MONTHS } from '../calendar.js';

/** Tags wink gives a given name it reads as a word (Will, May, Ai). */
const GIVEN_NAME_POS = new Set(['AUX', 'ADP', 'INTJ', 'PART']);
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'PUNCT', 'SYM', 'SPACE', 'NUM', 'INTJ', 'ADV']);

/** A capitalised word that can be part of a name. */
export function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // Capitalised: lower-casing changes the first character (for ASCII, only A-Z do).
  const code = t.value.charCodeAt(0);
  if (code < 128) {
    if (code < 65 || code > 90) return false;
  } else {
    const initial = t.value[0]!;
    if (initial === initial.toLowerCase()) return false;
  }
  if (t.pos !== 'PROPN' && FUNCTION_POS.has(t.pos)) {
    // Initials ("J.") are tagged oddly; keep them (/^[A-Z]\.$/).
    const initial = code <= 90 && t.value.length === 2 && t.value.charCodeAt(1) === 46;
    // "said Will Danner", "columnist Ai Lin wrote": a given name wink reads as a function word,
    // capitalised inside its sentence before a proper noun.
    const givenName = GIVEN_NAME_POS.has(t.pos) && tokens[i - 1]?.sentence === t.sentence && tokens[i + 1]?.pos === 'PROPN' && tokens[i + 1]!.start > t.end;
    if (!initial && !givenName) return false;
  }
  // ("Theresa May said", "Brian March": a month after a common given name is a surname.)
  // ("April Jones said": a month before a surname and a verb of saying is a given name.)
  return !NOT_NAME_WORDS.has(t.normal) || (MONTHS.has(t.normal) && (afterGivenName(tokens, i) || givenMonth(tokens, i)));
}

/** Tags before which a month is a date ("in April", "early June", "April and May"). */
const DATE_LEAD_POS = new Set(['ADP', 'DET', 'ADJ', 'CCONJ', 'SCONJ', 'NUM']);

/**
 * Token i, a month, is a given name: one capitalised word and a verb of saying (or a comma) follow
 * it in its sentence, and it opens the sentence or follows a lower-case word after which no date
 * reads ("In April Congress said" is a date).
 */
function givenMonth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const surname = tokens[i + 1];
  const verb = tokens[i + 2];
  if (surname?.sentence !== t.sentence || verb?.sentence !== t.sentence || !/^\p{Lu}\p{Ll}+$/u.test(surname.value) || NOT_NAME_WORDS.has(surname.normal))
    return false;
  if (verb.value !== ',' && !SPEECH_VERB_FORMS.has(verb.normal)) return false;
  const prev = tokens[i - 1];
  return prev === undefined || prev.sentence !== t.sentence || (/^\p{Ll}/u.test(prev.value) && !DATE_LEAD_POS.has(prev.pos));
}

/** Token i follows a capitalised common given name in its sentence. */
function afterGivenName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return (
    prev !== undefined && prev.sentence === tokens[i]!.sentence && /^\p{Lu}/u.test(prev.value) && (MALE_NAMES.has(prev.normal) || FEMALE_NAMES.has(prev.normal))
  );
}

/** Is token i glued to the previous one without space (the pieces of "Won-gon")? */
export function glued(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i]!.start === tokens[i - 1]!.end;
}

/** Token k is the hyphen of a hyphenated word, or the word after it ("self-described"). */
export function hyphenated(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.value === '-') return glued(tokens, k) && k + 1 < tokens.length && glued(tokens, k + 1);
  return tokens[k - 1]?.value === '-' && glued(tokens, k);
}

/** The name run ending at token `last` (inclusive), as tokens [first, last + 1). */
export function nameRunEndingAt(tokens: readonly Token[], last: number, floor: number): number {
  let first = last;
  // A lower-case piece glued by a hyphen ("gon" in "Won-gon") belongs to the word before it.
  for (;;) {
    const prev = first - 1;
    if (prev < floor) break;
    if (glued(tokens, first) && (tokens[prev]!.value === '-' || tokens[first]!.value === '-')) {
      first = prev;
      continue;
    }
    if (tokens[first]!.value === '-') break;
    if (isNameWord(tokens, prev) && tokens[prev]!.sentence === tokens[last]!.sentence) {
      first = prev;
      continue;
    }
    break;
  }
  // The run must start with a capitalised word.
  while (first <= last && !isNameWord(tokens, first)) first++;
  return first;
}

/** The name run starting at token `first`, returns the exclusive end. */
export function nameRunStartingAt(tokens: readonly Token[], first: number, ceiling: number): number {
  let end = first + 1;
  while (end < ceiling) {
    const t = tokens[end]!;
    if (glued(tokens, end) && (t.value === '-' || tokens[end - 1]!.value === '-')) {
      end++;
      continue;
    }
    // "Ana Roe Claims Tom Pell Is Unfit": a speech verb read as a verb (a title-case headline's cue,
    // headline-cues.ts) ends the name, though capitalised.
    if (isNameWord(tokens, end) && t.sentence === tokens[first]!.sentence && !(t.pos === 'VERB' && SPEECH_VERB_FORMS.has(t.normal))) {
      end++;
      continue;
    }
    break;
  }
  while (end > first + 1 && tokens[end - 1]!.value === '-') end--;
  return end;
}

/** A name run without leading titles ("President Barack Obama" → "Barack Obama") nor a possessive. */
export function trimTitles(tokens: readonly Token[], first: number, end: number): { first: number; end: number; roles: string[] } {
  // The name starts after the last title: "Chinese President Xi Jinping" → "Xi Jinping".
  let lastTitle = -1;
  for (let k = first; k < end - 1; k++) if (TITLES.has(tokens[k]!.normal)) lastTitle = k;
  if (lastTitle < 0) return { first, end, roles: [] };
  const roles: string[] = [];
  for (let k = first; k <= lastTitle; k++) if (TITLES.has(tokens[k]!.normal)) roles.push(tokens[k]!.normal.replace(/\.$/, ''));
  return { first: lastTitle + 1, end, roles };
}

/**
 * Where a body's name opens whose last name run starts at `first`: "the Bank of England", "the
 * Office for National Statistics", past each "of"/"for" with a name run before it, the article
 * opening the whole (a person and a place, "Tom Pell of Dover", take none). `first` itself when
 * there is no such name.
 */
export function bodyNameStart(tokens: readonly Token[], first: number, floor: number): number {
  let f = first;
  while (f - 2 >= floor && BODY_LINKS.has(tokens[f - 1]!.normal) && isNameWord(tokens, f - 2)) f = nameRunEndingAt(tokens, f - 2, floor);
  return f < first && f - 1 >= floor && tokens[f - 1]!.normal === 'the' ? f - 1 : first;
}
const BODY_LINKS: ReadonlySet<string> = new Set(['of', 'for']);
