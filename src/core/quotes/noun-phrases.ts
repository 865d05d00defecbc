import type { Token } from '../types.js';
import { GROUP_NOUNS, withPlural } from './speaker-nouns.js';
import { GROUP_PRONOUNS, NOUN_PHRASE_POS, PERSON_PRONOUNS, TIME_DETERMINERS, TIME_NOUNS } from './subject-words.js';
import { TITLES } from './titles-and-names.js';
import { glued, isNameWord, nameRunEndingAt, trimTitles } from './name-tokens.js';
import { shareEndingAt, shareOfGroup } from './poll-shares.js';
import { SHARE_WORDS } from './amounts.js';
import { isPossessiveMark } from './text.js';

/**
 * The noun phrase that says who speaks: the subject before a cue verb ("Park Won-gon said") or
 * after it ("said Park"). Built from wink's POS tags plus capitalisation, because the tagger
 * often misses names it has not seen ("Park/NOUN Won/VERB -/PUNCT gon/NOUN").
 */
export interface Subject {
  /** Tokens [first, end) of the whole phrase. */
  readonly first: number;
  readonly end: number;
  readonly kind: 'name' | 'pronoun' | 'description';
  /** For a name: tokens [first, end) of the name itself, titles left out. */
  readonly name?: { readonly first: number; readonly end: number };
  /** Lower-cased head word: the pronoun, the description's noun, or the name's last word. */
  readonly head: string;
  /** Description nouns tied to the name in this phrase ("spokeswoman" in "spokeswoman Jane Doe"). */
  readonly roles: readonly string[];
}

/** Nouns of time and manner that head no speaker: /^(time|year|day|week|month|night|morning|way)s?$/. */
const TIME_WORDS = new Set(['time', 'year', 'day', 'week', 'month', 'night', 'morning', 'way'].flatMap(withPlural));
const LINKING_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to']);
const PLACE_PREPOSITIONS = new Set(['of', 'at', 'from']);
/** Prepositions inside a body's name ("Bank of England", "Centre for Port Studies"). */
const BODY_NAME_LINKS = new Set(['of', 'for']);

/**
 * "A reporter for USA Today said": the phrase before the cue may be the object of a preposition
 * whose noun is the real subject; the whole phrase then speaks, headed by that noun.
 */
export function withOfPhrase(tokens: readonly Token[], phrase: Subject | null, floor: number): Subject | null {
  if (!phrase || phrase.kind === 'pronoun') return phrase;
  // ("the singer of Under the Bridge told": a work's title in title case is the preposition's object whole.)
  const titled = titleOpening(tokens, phrase.first, floor);
  if (titled < phrase.first) return withOfPhrase(tokens, { ...phrase, first: titled }, floor);
  const prep = tokens[phrase.first - 1];
  if (!prep || !LINKING_PREPOSITIONS.has(prep.normal)) return phrase;
  // "sources familiar with the talks said", "a person close to the mayor said": the noun before the adjective.
  const adjective = tokens[phrase.first - 2]?.pos === 'ADJ' && !isNameWord(tokens, phrase.first - 2);
  const head = phraseEndingAt(tokens, phrase.first - (adjective ? 3 : 2), floor);
  if (!head || head.kind === 'pronoun') return phrase;
  if (adjective) return { ...head, end: phrase.end };
  // "In a message to Xi Jinping, Kim Jong Un": only a noun phrase right before the preposition
  // counts, or a plural that is capitalised only because it opens the sentence ("Proponents of").
  const plural =
    head.end - head.first === 1 &&
    tokens[head.first]!.normal.endsWith('s') &&
    (head.first === 0 || tokens[head.first - 1]!.sentence !== tokens[head.first]!.sentence);
  // "Tom Pell of the Harbour Institute said", "Senator Jane Roe of Oregon said": a person's full
  // name (two words or more) before "of"/"at"/"from" is the speaker, the phrase after it their place.
  // So does a name before a description: "Trump in his announcement speech called …".
  if (head.kind === 'name' && head.name && (phrase.kind === 'description' || (head.name.end - head.name.first >= 2 && PLACE_PREPOSITIONS.has(prep.normal)))) {
    return { ...head, end: phrase.end };
  }
  if (head.kind === 'name' && !plural) {
    // "Tom Pell of the Harbour Center for Port Studies said": prepositional phrases in a chain, the
    // person before the first. So is a description before a body's name that holds "of" or "for"
    // ("The head of the Bank of England said", "a spokesman for the Port of Dover"), not before a
    // name and its place ("sessions with Tom Pell in Dover").
    const outer = withOfPhrase(tokens, { ...head, end: phrase.end }, floor);
    const body = outer?.kind === 'description' && BODY_NAME_LINKS.has(prep.normal);
    return outer && outer.first < head.first && (outer.kind === 'name' || body) ? outer : phrase;
  }
  if (plural) return { first: head.first, end: phrase.end, kind: 'description', head: tokens[head.first]!.normal, roles: [] };
  return { ...head, end: phrase.end, roles: head.roles };
}

/**
 * Where a title in title case opens whose last capitalised words start at `first` ("Under the
 * Bridge", "Lord of the Harbour"): past its articles in lower case and the capitalised words before
 * them, when a linking preposition stands before it. `first` when there is no such title.
 */
function titleOpening(tokens: readonly Token[], first: number, floor: number): number {
  // (The phrase may open on the title's own article: "the Bridge".)
  let k = TITLE_ARTICLES.has(tokens[first]!.value) ? first + 1 : first;
  while (k - 2 >= floor && TITLE_ARTICLES.has(tokens[k - 1]!.value) && titleWord(tokens[k]!) && titleVerbOrPreposition(tokens[k - 2]!)) {
    k -= 2;
    while (k - 1 >= floor && titleWord(tokens[k - 1]!)) k--;
  }
  return k < first && LINKING_PREPOSITIONS.has(tokens[k - 1]?.value ?? '') ? k : first;
}
/** A capitalised word of a title (not "But" opening a clause, nor an initial or abbreviation: "World War I. But the …"). */
function titleWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.value) && t.pos !== 'PUNCT' && t.pos !== 'CCONJ' && !t.value.includes('.');
}

/**
 * The capitalised word before a title's article is its verb or preposition ("Meet the Press", "Under
 * the Bridge"); a noun or a name there ends the object of a phrase set before the subject, which
 * the article opens ("In a statement on Friday the Council said", "in Paris the President said").
 */
function titleVerbOrPreposition(t: Token): boolean {
  return titleWord(t) && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM';
}

/**
 * Articles in lower case between capitalised words: a title's ("Under the Bridge"), where a
 * preposition between names is a place's or a body's ("Roe of New Jersey", "Bank of England").
 */
const TITLE_ARTICLES = new Set(['the', 'a', 'an']);

/** The noun phrase whose last token is `j`, extending left no further than `floor`. */
export function phraseEndingAt(tokens: readonly Token[], j: number, floor: number): Subject | null {
  if (j < floor) return null;
  const t = tokens[j]!;
  if (PERSON_PRONOUNS.has(t.normal) || GROUP_PRONOUNS.has(t.normal)) {
    return { first: j, end: j + 1, kind: 'pronoun', head: t.normal, roles: [] };
  }
  // "critics, who say …": the relative pronoun stands for the phrase before it.
  if ((t.normal === 'who' || t.normal === 'that' || t.normal === 'which') && j - 1 >= floor) {
    const comma = tokens[j - 1]!.value === ',';
    const antecedent = comma ? j - 2 : j - 1;
    if (antecedent < floor || t.normal === 'that') return null;
    // "The Washington Post, which argued …": a named body after a comma speaks.
    const phrase = phraseEndingAt(tokens, antecedent, floor);
    // "including 18% who say …", "some who warned …": a poll's share or a quantifier.
    if (t.normal === 'who') return phrase ?? shareEndingAt(tokens, antecedent, floor);
    return comma && phrase?.kind === 'name' ? phrase : null;
  }
  // "I argue that …": the writer speaks, and goes unnamed.
  if (t.normal === 'i') return { first: j, end: j + 1, kind: 'pronoun', head: 'i', roles: [] };
  // "most of them said", "many of us say": a share of the group the pronoun stands for.
  const share = shareOfGroup(tokens, j, floor);
  if (share) return share;
  // An object pronoun ("those close to him say") is never the subject itself; the noun before
  // its adjective is ("people close to him said", "a source familiar with them said").
  if (t.pos === 'PRON') {
    const adjective = tokens[j - 1]?.pos === 'ADP' && tokens[j - 2]?.pos === 'ADJ' && !isNameWord(tokens, j - 2);
    const head = adjective ? phraseEndingAt(tokens, j - 3, floor) : null;
    return head && head.kind !== 'pronoun' ? { ...head, end: j + 1 } : null;
  }
  // "“…,” another said" · "tweeted another": someone new, like "said one".
  if (t.normal === 'another') return { first: j, end: j + 1, kind: 'description', head: t.normal, roles: [] };
  // "Six in 10 say …", "majorities in all five say …", "at least 21,000 said" (a year is never a speaker).
  if (t.pos === 'NUM' && /^\p{L}|^\d{1,3}(?:,\d{3})*$/u.test(t.value)) {
    const first = extendModifiers(tokens, j, floor);
    return withOfPhrase(tokens, { first, end: j + 1, kind: 'description', head: t.normal, roles: [] }, floor);
  }
  if (isNameWord(tokens, j) || (t.pos === 'NOUN' && glued(tokens, j) && tokens[j - 1]?.value === '-')) {
    const runFirst = nameRunEndingAt(tokens, j, floor);
    if (runFirst > j) return null;
    const trimmed = trimTitles(tokens, runFirst, j + 1);
    // Titles alone ("The Professor of ...") describe a person without naming them; after an
    // honorific a title word is a surname ("Mr King", "Dr Bishop"), unless a form of address ("Mr Speaker").
    if (TITLES.has(tokens[j]!.normal) && !surnameAfterHonorific(tokens, j)) {
      return { first: extendModifiers(tokens, runFirst, floor), end: j + 1, kind: 'description', head: tokens[j]!.normal, roles: [] };
    }
    // A lone sentence-initial capitalised group noun ("Experts say") is a group, not a name.
    const lone = trimmed.end - trimmed.first === 1 ? tokens[trimmed.first]! : null;
    // A party's name keeps its modifiers ("…, veteran Republicans said", "the Democrats say";
    // quotes11 round); a common noun wink tags as one is capitalised as a sentence's first word,
    // so nothing before it is its own ("against the dollar Analysts said", a full stop missing).
    if (lone && GROUP_NOUNS.has(lone.normal)) {
      const first = lone.pos === 'PROPN' ? extendModifiers(tokens, runFirst, floor) : runFirst;
      return { first, end: j + 1, kind: 'description', head: tokens[trimmed.first]!.normal, roles: [] };
    }
    const first = extendModifiers(tokens, runFirst, floor);
    const roles = trimmed.roles; // a fresh array from trimTitles
    for (let m = first; m < runFirst; m++) if (tokens[m]!.pos === 'NOUN' && !isNameWord(tokens, m)) roles.push(tokens[m]!.normal);
    return { first, end: j + 1, kind: 'name', name: { first: trimmed.first, end: trimmed.end }, head: tokens[j]!.normal, roles };
  }
  // "familiar with Roe's thinking/VERB": a gerund after a possessive is a noun; "the 38-year-old/ADJ asked": an age names a person.
  const gerund = t.pos === 'VERB' && t.normal.endsWith('ing') && isPossessiveMark(tokens[j - 1]?.value);
  const age = t.normal === 'old' && tokens[j - 1]?.value === '-' && tokens[j - 2]?.normal === 'year';
  if (t.pos === 'NOUN' || GROUP_NOUNS.has(t.normal) || gerund || age) {
    if (TIME_WORDS.has(t.normal)) return null;
    const first = extendModifiers(tokens, j, floor);
    return { first, end: j + 1, kind: 'description', head: t.normal, roles: [] };
  }
  return null;
}

/** Moves `first` left over the modifiers of a noun phrase: nouns, adjectives, names, a possessive, one determiner. */
function extendModifiers(tokens: readonly Token[], first: number, floor: number): number {
  let f = first;
  while (f - 1 >= floor && first - f < 8) {
    const u = tokens[f - 1]!;
    // "the mother-of-nine", "fly/VERB-half": a phrase never opens on a hyphen; the word glued before it is the word's.
    if (tokens[f]!.value === '-' && glued(tokens, f)) {
      f--;
      continue;
    }
    if (u.pos === 'DET' || u.normal === 'his' || u.normal === 'her' || u.normal === 'their' || u.normal === 'its')
      return u.normal === 'that' || u.normal === 'which' || u.normal === 'what' ? f : f - 1;
    // "the bearded, 64-year-old engineer": a comma between two adjectives of one phrase (not
    // before a name: "…, open to the public/ADJ, Tim Kane said").
    if (u.value === ',' && tokens[f - 2]?.pos === 'ADJ' && tokens[f - 3]?.pos === 'DET' && f - 3 >= floor && !isNameWord(tokens, f)) {
      f--;
      continue;
    }
    // "Last week harbour officials announced", "On Monday night protesters said": a time phrase
    // opening the clause is no modifier (but "last year's winner" is, and "on Thursday evening" goes on with the time).
    const next = tokens[f]!;
    let t = f - 2;
    while (TIME_NOUNS.has(u.normal) && TIME_NOUNS.has(tokens[t]?.normal ?? '')) t--;
    if (TIME_NOUNS.has(u.normal) && TIME_DETERMINERS.has(tokens[t]?.normal ?? '') && !isPossessiveMark(next.value) && !TIME_NOUNS.has(next.normal)) return f;
    // "current and former officials": two adjectives joined by "and"/"or".
    if ((u.normal === 'and' || u.normal === 'or') && tokens[f]!.pos === 'ADJ' && tokens[f - 2]?.pos === 'ADJ' && f - 2 >= floor) {
      f -= 2;
      continue;
    }
    // "Texas-based", "conservative-leaning": a participle glued after a hyphen is a modifier.
    const compound = u.pos === 'VERB' && tokens[f - 2]?.value === '-' && glued(tokens, f - 1);
    if (isPossessiveMark(u.value) || u.value === '-' || NOUN_PHRASE_POS.has(u.pos) || compound || isNameWord(tokens, f - 1)) {
      // "one campaign source said": "one" determines the phrase, and opens it.
      if (u.normal === 'one') return f - 1;
      // (A share keeps its spelled amount: "Sixty-seven percent of voters said".)
      if (u.pos === 'NUM' && !/^\d/.test(u.value) && u.normal !== 'two' && u.normal !== 'three' && !SHARE_WORDS.has(tokens[first]!.normal)) return f;
      f--;
      continue;
    }
    break;
  }
  return f;
}

/** The title word at `j` follows an honorific ("Mr King"): a surname, unless it is a form of address ("Mr Speaker", "Madam President"). */
function surnameAfterHonorific(tokens: readonly Token[], j: number): boolean {
  return j > 0 && HONORIFICS.has(tokens[j - 1]!.normal) && !FORMS_OF_ADDRESS.has(tokens[j]!.normal);
}
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.']);
const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set([
  'speaker',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'mayor',
  'secretary',
  'ambassador',
  'governor',
  'senator',
]);
