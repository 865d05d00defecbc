import type { Span, TextSpan } from '../types.js';
import type { NameIndex } from './full-names.js';
import type { Gender, NameRun } from './name-runs.js';

/** How far back a pronoun looks for its person (runs), keeping the cost linear. */
export const LOOKBACK = 200;

/** A speaker that is a group or body, with where it spoke, for "they"/"it". */
export interface Body {
  readonly name: string;
  readonly at: number;
  readonly mentions: TextSpan[];
  /** People, not a thing ("analysts", "64 percent of residents", "a spokesman"): never an "it". */
  readonly people?: boolean;
}

/** What a pronoun refers to: a full name with its mentions, or nothing the article gives. */
export interface Antecedent {
  readonly name: string;
  readonly mentions: TextSpan[];
}

/**
 * The person or body a subject pronoun refers back to: "he"/"she" to the nearest earlier fitting
 * person, gender-aware (Hobbs-style recency, as in the SFU Gender Gap Tracker's coreference
 * fallback); "they"/"it"/"we" to the latest group or body that spoke; "I" to the writer, whom the
 * article does not name. `sentence` holds the pronoun, `excluded` is the quote itself, `bodyStart` where the headline ends.
 * A name inside another quote's marks (`quoted`) is no antecedent either: `In a letter he wrote:
 * “… Tom Pell should lead …” While saying …, he criticised …` is the letter's writer, not Pell
 * (the quoted words are the speaker's, not the writer's discourse that pronouns go on with). A
 * sentence opened by the same pronoun (`pronounLed`) keeps its center: its other names are passed.
 */
export function antecedentOf(
  names: NameIndex,
  bodies: readonly Body[],
  pronoun: string,
  span: TextSpan,
  sentence: number,
  excluded: Span,
  bodyStart: number,
  isSubject: (run: NameRun) => boolean = (run) => run.leading,
  quoted: (run: NameRun) => boolean = () => false,
  pronounLed: (sentence: number, pronoun: string) => boolean = () => false,
): Antecedent | null {
  const eligible = (run: NameRun): boolean => canBeAntecedent(run, excluded, bodyStart) && !quoted(run);
  if (pronoun === 'he' || pronoun === 'she') {
    const want: Gender = pronoun === 'he' ? 'male' : 'female';
    const last = names.lastRunBefore(span.start);
    for (let r = last; r >= 0 && r > last - LOOKBACK; r--) {
      const run = names.runs[r]!;
      if (!eligible(run)) continue;
      if (!fitsPerson(names, r, want)) continue;
      // "Roe admitted … But he has met Lee and Moss … He said …": a sentence whose subject is
      // this pronoun already goes on with someone earlier; the names it passes are no center.
      if (run.sentence !== sentence && !isSubject(run) && pronounLed(run.sentence, pronoun)) continue;
      const s = subjectOfSentence(names, r, want, sentence, eligible, isSubject);
      const full = names.fullOfRun(s);
      // ("Vale said Mr Roe had … He added: …": the subject of the sentence just before is no
      // passing mention, though the nearer name it was preferred to may be one.)
      const chosen = passingMention(names, full, want, names.runs[s]!.sentence === sentence - 1 ? s : r, sentence, last, eligible, isSubject) ?? full;
      if (!names.genders.has(chosen)) names.genders.set(chosen, want);
      return { name: chosen, mentions: [span, ...names.mentionsOf(chosen, null)] };
    }
    // No known person: the nearest two- or three-word name that is no place or organisation.
    for (let r = last; r >= 0 && r > last - LOOKBACK; r--) {
      const run = names.runs[r]!;
      if (!eligible(run)) continue;
      const full = names.fullOfRun(r);
      const n = full.split(' ').length;
      const g = names.genders.get(full);
      if (n < 2 || n > 3 || (g && g !== want) || names.notPersonNames.has(full)) continue;
      names.genders.set(full, want);
      return { name: full, mentions: [span, ...names.mentionsOf(full, null)] };
    }
    return null;
  }
  if (pronoun === 'i') return null;
  for (let b = bodies.length - 1; b >= 0; b--) {
    const body = bodies[b]!;
    // ("The board said …. Analysts said …. It warned …": the board.)
    if (body.at < span.start && !(pronoun === 'it' && body.people)) return { name: body.name, mentions: [span, ...body.mentions] };
  }
  return null;
}

/**
 * "Desailly, who now plays in Qatar, says … “…,” the 36-year-old said.": a definite description by
 * age ("the 31-year-old", "the 74-year-old comedian") stands for a person the article named
 * before, as a pronoun does, and news uses it for the person the story is following: the nearest
 * earlier person who opened a sentence, spoke or was introduced with a relative clause (the
 * center a description goes on with), in the description's paragraph and at most AGED_REACH sentences before it, not a name passed on the way
 * ("blamed … his coach Carl Moss"). Null when there is none, so the description itself speaks: a
 * quote paragraph of its own (`“…,” said the 46-year-old.`) may bring in someone new. A person
 * the text gave that age wins (`fits`); one given another age or of the other gender is passed; none
 * before `since` (where the text brought in "a 19-year-old", the one the description goes on with).
 */
export function agedPerson(names: NameIndex, span: TextSpan, sentence: number, excluded: Span, bodyStart: number, search: AgedSearch): Antecedent | null {
  const { isTopic, quoted, inParagraph, fits, since } = search;
  const last = names.lastRunBefore(span.start);
  let center: string | null = null;
  for (let r = last; r >= 0 && inParagraph(names.runs[r]!) && names.runs[r]!.sentence >= sentence - AGED_REACH && names.runs[r]!.start >= since; r--) {
    const run = names.runs[r]!;
    if (!canBeAntecedent(run, excluded, bodyStart) || quoted(run)) continue;
    const full = names.fullOfRun(r);
    if (!names.isPerson(full)) continue;
    const fit = fits(run, full);
    // ("Tom Pell met Ana Ruiz, 36. … the 36-year-old said": the person the text gave that age, center or not.)
    if (fit === 'same') return { name: full, mentions: [span, ...names.mentionsOf(full, null)] };
    if (center === null && fit === 'open' && isTopic(run)) center = full;
  }
  return center === null ? null : { name: center, mentions: [span, ...names.mentionsOf(center, null)] };
}

/** What agedPerson asks of the text around an age description's name runs (speakers.ts supplies it). */
export interface AgedSearch {
  /** The run is the center a description goes on with: it opened a sentence, spoke, or had a relative clause. */
  readonly isTopic: (run: NameRun) => boolean;
  /** The run stands inside a quotation. */
  readonly quoted: (run: NameRun) => boolean;
  /** The run is in the description's paragraph. */
  readonly inParagraph: (run: NameRun) => boolean;
  /** How the run's person (full name `full`) fits the description's age and noun. */
  readonly fits: (run: NameRun, full: string) => AgeFit;
  /** No run before this offset: where the text brought in "a 19-year-old" (0: none). */
  readonly since: number;
}

/**
 * How a person fits an age description: given that very age ('same'), given another age or of the
 * other gender than the description's noun ("Pell, 52," for "the 36-year-old mother": 'other'), or
 * nothing known against it ('open').
 */
export type AgeFit = 'same' | 'other' | 'open';

/** Sentences before its own an age description looks back for its person (past them the story may have moved on). */
const AGED_REACH = 2;

/** Run `r` names a person the pronoun of gender `want` may stand for. */
function fitsPerson(names: NameIndex, r: number, want: Gender): boolean {
  const full = names.fullOfRun(r);
  const g = names.genders.get(full);
  return names.isPerson(full) && !(g && g !== want);
}

/**
 * "“…?” Roth said about Ruiz's plan. He added …": when the nearest fitting person `r` is in an
 * earlier sentence and is no subject there (not opening it, not a cue's speaker), the sentence's
 * fitting subject before it wins: subjects outrank other mentions as the center a pronoun goes
 * on with (centering theory, Grosz, Joshi and Weinstein 1995; Hobbs 1978 likewise searches an
 * earlier sentence from its left). Returns the run chosen.
 */
function subjectOfSentence(
  names: NameIndex,
  r: number,
  want: Gender,
  sentence: number,
  eligible: (run: NameRun) => boolean,
  isSubject: (run: NameRun) => boolean,
): number {
  const run = names.runs[r]!;
  if (run.sentence === sentence || isSubject(run)) return r;
  for (let k = r - 1; k >= 0 && names.runs[k]!.sentence === run.sentence; k--) {
    const other = names.runs[k]!;
    if (isSubject(other) && eligible(other) && fitsPerson(names, k, want)) return k;
  }
  return r;
}

/** The article's subject is named this often at least before it outranks a nearer name. */
const SUBJECT_MENTIONS = 3;

/**
 * "… starring Ann Lee and Dean Cole as a pilot. The writer was known for … “…,” he once said.":
 * the nearest fitting name is named only once, in passing (not opening its sentence), outside the
 * pronoun's sentence, while
 * the person the article is about (named SUBJECT_MENTIONS times or more, the same gender) was
 * named earlier: the pronoun goes on with that person (salience over recency, as in centering
 * theory, Grosz, Joshi and Weinstein 1995). Returns that person, or null to keep `full`.
 */
function passingMention(
  names: NameIndex,
  full: string,
  want: Gender,
  r: number,
  sentence: number,
  last: number,
  eligible: (run: NameRun) => boolean,
  isSubject: (run: NameRun) => boolean,
): string | null {
  const run = names.runs[r]!;
  // ("Harbour chief Tom Pell said … “…,” he said.": a person who spoke is no passing mention, when the
  // name is plainly a person's: a full name or one of the pronoun's gender, not "the Netherlands … have said".)
  const person = full.includes(' ') || names.genders.get(full) === want;
  if (run.leading || (isSubject(run) && person) || run.sentence === sentence || names.mentionCount(full) > 1) return null;
  let best: string | null = null;
  let bestCount = SUBJECT_MENTIONS - 1;
  for (let k = r - 1; k >= 0 && k > last - LOOKBACK; k--) {
    const run = names.runs[k]!;
    if (!eligible(run)) continue;
    const other = names.fullOfRun(k);
    if (other === full || other === best || !names.isPerson(other)) continue;
    const g = names.genders.get(other);
    if (g && g !== want) continue;
    const count = names.mentionCount(other);
    if (count > bestCount) {
      best = other;
      bestCount = count;
    }
  }
  return best;
}

/** A run a pronoun may refer back to: in the body, and not inside the quote itself. */
function canBeAntecedent(run: NameRun, excluded: Span, bodyStart: number): boolean {
  return run.start >= bodyStart && !(run.start >= excluded.start && run.end <= excluded.end);
}
