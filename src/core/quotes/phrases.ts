import type { Token } from '../types.js';
import {
  GROUP_NOUNS,
  GROUP_PRONOUNS,
  NEGATIONS,
  NOUN_PHRASE_POS,
  OWN_CLAUSE_OPENERS,
  PERSON_PRONOUNS,
  SKIPPABLE,
  TEXT_NOUNS,
  TIME_DETERMINERS,
  TIME_NOUNS,
  TITLES,
} from './lexicon.js';
import { glued, isNameWord, nameRunEndingAt, trimTitles } from './name-tokens.js';
import { isQuoteMark } from './text.js';
import { WEEKDAYS } from '../calendar.js';
import { shareEndingAt, shareOfGroup } from './poll-shares.js';

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

const POSSESSIVE_MARKS = new Set(["'s", '’s']);
/** Nouns of time and manner that head no speaker: /^(time|year|day|week|month|night|morning|way)s?$/. */
const TIME_WORDS = new Set(['time', 'year', 'day', 'week', 'month', 'night', 'morning', 'way'].flatMap((w) => [w, `${w}s`]));
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
/** Words of an amount of time before "ago": "less than two weeks", "about a month". */
const AGO_AMOUNTS = new Set(['less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'some', 'several', 'few']);
const NOMINAL_HEADS = new Set(['NOUN', 'PROPN']);
/**
 * The subject of the cue at token `cue`, looking left no further than token `floor`. Handles
 * auxiliaries and adverbs between ("has also said"), appositions on either side ("The professor,
 * Park Won-gon, said"; "Park Won-gon, a professor, said"), relative clauses ("Smith, who ..., said").
 */
export function subjectBefore(tokens: readonly Token[], cue: number, floor: number): Subject | null {
  let j = cue - 1;
  let participle = -1;
  let day = -1;
  for (;;) {
    // "less than two weeks ago said": a time counted back (before "ago" is taken for an adverb).
    if (j - 1 >= floor && tokens[j]!.normal === 'ago' && TIME_NOUNS.has(tokens[j - 1]!.normal.replace(/s$/, ''))) {
      for (j -= 2; j >= floor && (tokens[j]!.pos === 'NUM' || tokens[j]!.pos === 'DET' || AGO_AMOUNTS.has(tokens[j]!.normal));) j--;
    } else if (j >= floor && (SKIPPABLE.has(tokens[j]!.normal) || (tokens[j]!.pos === 'ADV' && !NEGATIONS.has(tokens[j]!.normal)))) j--;
    // "Wells Fargo this month announced": a time phrase between subject and cue.
    else if (j - 1 >= floor && TIME_NOUNS.has(tokens[j]!.normal) && TIME_DETERMINERS.has(tokens[j - 1]!.normal)) j -= 2;
    // "Roe (I-Vt.) on Saturday criticized": a day between subject and cue.
    else if (j - 1 >= floor && WEEKDAY_SET.has(tokens[j]!.normal) && tokens[j - 1]!.normal === 'on') j -= 2;
    // "A report published Wednesday said": a day after a participle.
    else if (j - 1 >= floor && WEEKDAY_SET.has(tokens[j]!.normal) && tokens[j - 1]!.pos === 'VERB') day = j--;
    // "those surveyed said", "Cuban-Americans polled said": a participle after its noun.
    else if (j - 1 >= floor && tokens[j]!.pos === 'VERB' && tokens[j]!.normal.endsWith('ed') && PARTICIPLE_HEAD_POS.has(tokens[j - 1]!.pos)) participle = j--;
    else break;
  }
  // "Sen. Claire McCaskill (D-Mo.) said", "Gov. John Kasich (R-OH), said": step over a parenthesis
  // closing right before the cue (and the comma after it).
  if (j - 1 >= floor && tokens[j]!.value === ',' && tokens[j - 1]!.value === ')') j--;
  if (j >= floor && tokens[j]!.value === ')') {
    let p = j - 1;
    while (p >= floor && p > j - 10 && tokens[p]!.value !== '(') p--;
    if (p >= floor && tokens[p]!.value === '(') j = p - 1;
  }
  if (j < floor) return null;
  const t = tokens[j]!;
  if (t.value === ',') return subjectOfAppositions(tokens, j, floor);
  // Through a relative pronoun ("from Mike Lee, who declared") the antecedent speaks, not the phrase around it.
  const relative = t.normal === 'who' || t.normal === 'which';
  // "a headline that said", "a video that says": right before the cue, a text named before "that"
  // is its antecedent (other nouns before "that" head clauses of other verbs: "a bill that adds up").
  if (t.normal === 'that' && j - 1 >= floor && NOMINAL_HEADS.has(tokens[j - 1]!.pos) && TEXT_NOUNS.has(tokens[j - 1]!.normal)) {
    const antecedent = phraseEndingAt(tokens, j - 1, floor);
    return antecedent && antecedent.kind !== 'pronoun' ? antecedent : null;
  }
  const phrase = relative ? phraseEndingAt(tokens, j, floor) : coordinated(tokens, withOfPhrase(tokens, phraseEndingAt(tokens, j, floor), floor), floor);
  const antecedent = phrase && phrase.kind !== 'pronoun' ? relativeAntecedent(tokens, phrase.first, floor) : null;
  if (antecedent) return antecedent;
  // A group keeps its participle: "those surveyed", "Democrats polled".
  return phrase && phrase.kind === 'description' && participle === phrase.end ? { ...phrase, end: day === participle + 1 ? day + 1 : participle + 1 } : phrase;
}

/**
 * "Republicans who have praised his candidacy warned", "officials who spoke with the Post said":
 * the phrase before the cue is the object in a relative clause (no comma, no quotation mark
 * between), so the noun phrase the clause hangs on speaks. `first` opens the object phrase.
 */
function relativeAntecedent(tokens: readonly Token[], first: number, floor: number): Subject | null {
  const before = tokens[first - 1];
  if (!before || (before.pos !== 'VERB' && before.pos !== 'ADP' && before.pos !== 'PART')) return null;
  for (let r = first - 1; r > floor && r > first - RELATIVE_REACH; r--) {
    const u = tokens[r]!;
    // "… gathered steam as a number of writers suggested": a clause of its own opens before the subject.
    if (u.pos === 'PUNCT' || u.pos === 'SCONJ' || OWN_CLAUSE_OPENERS.has(u.normal) || isQuoteMark(u.value)) return null;
    if (u.normal !== 'who' && u.normal !== 'that') continue;
    // "who" or "that" opening a clause of its own: its verb follows, perhaps after auxiliaries.
    const next = tokens[r + 1]!;
    if (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV') return null;
    const phrase = coordinated(tokens, withOfPhrase(tokens, phraseEndingAt(tokens, r - 1, floor), floor), floor);
    return phrase && phrase.kind !== 'pronoun' ? phrase : null;
  }
  return null;
}
/** How far back a relative pronoun may open the clause whose object stands before the cue. */
const RELATIVE_REACH = 14;

/**
 * The subject before a comma that closes appositions or a relative clause: "Jillian Chase, 27, a
 * Tinder user in New York, said"; "The professor of X, Park Won-gon, said"; "Smith, who …, said".
 * Walks back over up to four comma-separated segments; the speaker is the earliest segment that
 * is a name (else the earliest that is a noun phrase), and the other noun phrases are its roles.
 */
function subjectOfAppositions(tokens: readonly Token[], comma: number, floor: number): Subject | null {
  const segments: { start: number; end: number }[] = [];
  let end = comma;
  for (let n = 0; n < 4; n++) {
    let k = end - 1;
    for (; k >= floor && end - k < 25 && !isQuoteMark(tokens[k]!.value); k--) {
      // "Sen. Roe (D-Ore.), noting …, said": a bracket closing the segment is stepped over.
      const open = tokens[k]!.value === ')' && k === end - 1 ? bracketOpening(tokens, k, floor) : -1;
      if (open >= 0) k = open;
      else if (SEGMENT_STOPS.has(tokens[k]!.value)) break;
    }
    segments.unshift({ start: k + 1, end });
    if (k < floor || tokens[k]!.value !== ',') break;
    end = k;
  }
  const phrases: Subject[] = [];
  for (const seg of segments) {
    if (seg.end <= seg.start) continue;
    const first = tokens[seg.start]!.normal;
    if (first === 'who' || first === 'which' || first === 'whose') continue;
    // "Roe, noting the size of the crowd, said", "Roe, asked about it, had said": a participle's aside.
    const lead = tokens[seg.start]!;
    if (seg !== segments[0] && lead.pos === 'VERB' && (lead.normal.endsWith('ing') || lead.normal.endsWith('ed'))) continue;
    const close = tokens[seg.end - 1]!.value === ')' ? bracketOpening(tokens, seg.end - 1, seg.start) : -1;
    const phrase = withOfPhrase(tokens, phraseEndingAt(tokens, (close > seg.start ? close : seg.end) - 1, seg.start), seg.start);
    // The whole segment must be the phrase; the first may open with a conjunction or an adverb
    // ("But Smith, …, said"), never with a preposition ("In a message to Xi, …").
    const whole =
      phrase !== null &&
      (phrase.first === seg.start || (seg === segments[0] && tokens[phrase.first - 1]!.pos !== 'ADP' && tokens[phrase.first - 1]!.pos !== 'PART'));
    if (whole && (phrase.kind !== 'pronoun' || seg === segments[0])) phrases.push(phrase);
  }
  const chosen = phrases.find((p) => p.kind === 'name') ?? phrases[0];
  if (!chosen) return null;
  const roles = [...chosen.roles, ...phrases.filter((p) => p !== chosen && p.kind === 'description').map((p) => p.head)];
  return { ...chosen, first: phrases[0]!.first, roles };
}

/**
 * "Smith and Jones said", "union members and leaders say": two noun phrases joined by "and"
 * speak together; the phrase names both, headed by the last.
 */
function coordinated(tokens: readonly Token[], phrase: Subject | null, floor: number): Subject | null {
  if (!phrase || phrase.kind === 'pronoun' || tokens[phrase.first - 1]?.normal !== 'and') return phrase;
  const left = withOfPhrase(tokens, phraseEndingAt(tokens, phrase.first - 2, floor), floor);
  if (!left || left.kind === 'pronoun' || left.kind !== phrase.kind) return phrase;
  return { first: left.first, end: phrase.end, kind: 'description', head: phrase.head, roles: [] };
}

const SEGMENT_STOPS = new Set([',', '.', ';', ':', '(', ')']);

/** The "(" of the bracket that closes at token `close`, within a short reach, or -1. */
function bracketOpening(tokens: readonly Token[], close: number, floor: number): number {
  for (let p = close - 1; p >= floor && p > close - 10; p--) if (tokens[p]!.value === '(') return p;
  return -1;
}

const LINKING_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to']);
const PLACE_PREPOSITIONS = new Set(['of', 'at', 'from']);

/**
 * "A reporter for USA Today said": the phrase before the cue may be the object of a preposition
 * whose noun is the real subject; the whole phrase then speaks, headed by that noun.
 */
function withOfPhrase(tokens: readonly Token[], phrase: Subject | null, floor: number): Subject | null {
  if (!phrase || phrase.kind === 'pronoun') return phrase;
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
    // person before the first.
    const outer = withOfPhrase(tokens, { ...head, end: phrase.end }, floor);
    return outer && outer.first < head.first && outer.kind === 'name' ? outer : phrase;
  }
  if (plural) return { first: head.first, end: phrase.end, kind: 'description', head: tokens[head.first]!.normal, roles: [] };
  return { ...head, end: phrase.end, roles: head.roles };
}

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
  // An object pronoun ("those close to him say") is never the subject itself.
  if (t.pos === 'PRON') return null;
  // "“…,” another said" · "tweeted another": someone new, like "said one".
  if (t.normal === 'another') return { first: j, end: j + 1, kind: 'description', head: t.normal, roles: [] };
  // "Six in 10 say …", "majorities in all five say …" (a year is never a speaker).
  if (t.pos === 'NUM' && /^\p{L}|^\d{1,3}$/u.test(t.value)) {
    const first = extendModifiers(tokens, j, floor);
    return withOfPhrase(tokens, { first, end: j + 1, kind: 'description', head: t.normal, roles: [] }, floor);
  }
  if (isNameWord(tokens, j) || (t.pos === 'NOUN' && glued(tokens, j) && tokens[j - 1]?.value === '-')) {
    const runFirst = nameRunEndingAt(tokens, j, floor);
    if (runFirst > j) return null;
    const trimmed = trimTitles(tokens, runFirst, j + 1);
    // Titles alone ("The Professor of ...") describe a person without naming them.
    if (TITLES.has(tokens[j]!.normal)) {
      return { first: extendModifiers(tokens, runFirst, floor), end: j + 1, kind: 'description', head: tokens[j]!.normal, roles: [] };
    }
    // A lone sentence-initial capitalised group noun ("Experts say") is a group, not a name.
    const lone = trimmed.end - trimmed.first === 1 ? tokens[trimmed.first]! : null;
    if (lone && GROUP_NOUNS.has(lone.normal)) {
      return { first: runFirst, end: j + 1, kind: 'description', head: tokens[trimmed.first]!.normal, roles: [] };
    }
    const first = extendModifiers(tokens, runFirst, floor);
    const roles = trimmed.roles; // a fresh array from trimTitles
    for (let m = first; m < runFirst; m++) if (tokens[m]!.pos === 'NOUN' && !isNameWord(tokens, m)) roles.push(tokens[m]!.normal);
    return { first, end: j + 1, kind: 'name', name: { first: trimmed.first, end: trimmed.end }, head: tokens[j]!.normal, roles };
  }
  // "familiar with Roe's thinking/VERB": a gerund after a possessive is a noun; "the 43-year-old/ADJ asked": an age names a person.
  const gerund = t.pos === 'VERB' && t.normal.endsWith('ing') && POSSESSIVE_MARKS.has(tokens[j - 1]?.value ?? '');
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
    if (u.pos === 'DET' || u.normal === 'his' || u.normal === 'her' || u.normal === 'their' || u.normal === 'its')
      return u.normal === 'that' || u.normal === 'which' ? f : f - 1;
    // "the bespectacled, 71-year-old diplomat": a comma between two adjectives of one phrase.
    if (u.value === ',' && tokens[f - 2]?.pos === 'ADJ' && tokens[f - 3]?.pos === 'DET' && f - 3 >= floor) {
      f--;
      continue;
    }
    // "Texas-based", "conservative-leaning": a participle glued after a hyphen is a modifier.
    const compound = u.pos === 'VERB' && tokens[f - 2]?.value === '-' && glued(tokens, f - 1);
    if (u.value === "'s" || u.value === '’s' || u.value === '-' || NOUN_PHRASE_POS.has(u.pos) || compound || isNameWord(tokens, f - 1)) {
      // "one campaign source said": "one" determines the phrase, and opens it.
      if (u.normal === 'one') return f - 1;
      if (u.pos === 'NUM' && !/^\d/.test(u.value) && u.normal !== 'two' && u.normal !== 'three') return f;
      f--;
      continue;
    }
    break;
  }
  return f;
}

/** Tag and word sets for the tests above (Set look-ups rather than regular expressions). */
const PARTICIPLE_HEAD_POS = new Set(['NOUN', 'PROPN', 'DET']);
