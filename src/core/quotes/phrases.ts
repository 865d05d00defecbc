import type { Token } from '../types.js';
import { AGO_AMOUNTS, QUANTIFIERS } from './amounts.js';
import { sentenceStart } from './candidate.js';
import { NEGATIONS, OWN_CLAUSE_OPENERS } from './clause-words.js';
import { notOnly } from './unsaid.js';
import { OBTAINED, TEXT_NOUNS } from './speaker-nouns.js';
import { SKIPPABLE, TIME_DETERMINERS, TIME_NOUNS } from './subject-words.js';
import { isPluralPossessive, isPossessiveMark, isQuoteMark } from './text.js';
import { WEEKDAYS } from '../calendar.js';
import { phraseEndingAt, withOfPhrase, type Subject } from './noun-phrases.js';
import { whoAntecedent } from './who-antecedents.js';
import { beforeAgeRange } from './poll-shares.js';
import { clauseAtConjunction } from './appositions-clause.js';

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
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
    }
    // "Voters were worried; most said …": a quantifier wink tags an adverb opens its clause as the subject
    // (not the degree of the adverb after it: "…; most recently said he would …").
    else if (
      j >= floor &&
      QUANTIFIERS.has(tokens[j]!.normal) &&
      (j === floor || CLAUSE_BREAKS.has(tokens[j - 1]!.value)) &&
      !(tokens[j]!.normal === 'most' && j + 1 < cue && tokens[j + 1]!.pos === 'ADV')
    )
      return quantifierSubject(tokens, j);
    // "9% of residents aged between 20 and 39 said": the group before its age range.
    else if (j >= floor && beforeAgeRange(tokens, j, floor) >= floor) j = beforeAgeRange(tokens, j, floor);
    // ("Roe not only said …": "not" before "only" negates nothing.)
    else if (j >= floor && (SKIPPABLE.has(tokens[j]!.normal) || (tokens[j]!.pos === 'ADV' && !NEGATIONS.has(tokens[j]!.normal)) || notOnly(tokens, j))) j--;
    // "Wells Fargo this month announced": a time phrase between subject and cue.
    else if (j - 1 >= floor && TIME_NOUNS.has(tokens[j]!.normal) && TIME_DETERMINERS.has(tokens[j - 1]!.normal)) j -= 2;
    // "Roe (I-Vt.) on Saturday criticized": a day between subject and cue.
    else if (j - 1 >= floor && WEEKDAY_SET.has(tokens[j]!.normal) && tokens[j - 1]!.normal === 'on') j -= 2;
    // "A report published Wednesday said": a day after a participle.
    else if (j - 1 >= floor && WEEKDAY_SET.has(tokens[j]!.normal) && tokens[j - 1]!.pos === 'VERB') day = j--;
    // "those surveyed said", "Cuban-Americans polled said": a participle after its noun.
    else if (j - 1 >= floor && tokens[j]!.pos === 'VERB' && tokens[j]!.normal.endsWith('ed') && PARTICIPLE_HEAD_POS.has(tokens[j - 1]!.pos)) participle = j--;
    // "Roe and Pell have both argued", "the pilots all said": a quantifier floated off its subject.
    // ("In the end all said", "At the meeting both said": after a phrase a preposition opens the
    // sentence with, the quantifier is the subject itself.)
    else if (j - 1 >= floor && FLOATING_QUANTIFIERS.has(tokens[j]!.normal) && FLOAT_HOSTS.has(tokens[j - 1]!.pos)) {
      if (inOpeningPhrase(tokens, j - 1, floor)) return quantifierSubject(tokens, j);
      j--;
    } else break;
  }
  // "Sen. Claire McCaskill (D-Mo.) said", "Gov. John Kasich (R-OH), said": step over a parenthesis
  // closing right before the cue (and the comma after it).
  // ("Tom Pell, head of sales at Port of Dover (PoD), said": the name of the appositions before the bracket.)
  if (j - 1 >= floor && tokens[j]!.value === ',' && tokens[j - 1]!.value === ')') {
    const named = subjectOfAppositions(tokens, j, floor);
    if (named?.kind === 'name') return named;
    j--;
  }
  if (j >= floor && tokens[j]!.value === ')') {
    let p = j - 1;
    while (p >= floor && p > j - 10 && tokens[p]!.value !== '(') p--;
    if (p >= floor && tokens[p]!.value === '(') j = p - 1;
  }
  if (j < floor) return acrossBracketSplit(tokens, floor);
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
  const phrase = relative
    ? (whoAntecedent(tokens, j, floor) ?? phraseEndingAt(tokens, j, floor))
    : coordinated(tokens, phraseEndingAt(tokens, j, floor), floor);
  // "A letter from the board obtained by The Gull Press warns": the document, not who obtained it.
  const held = phrase && tokens[phrase.first - 1]?.normal === 'by' && OBTAINED.has(tokens[phrase.first - 2]?.normal ?? '');
  const document = held ? withOfPhrase(tokens, phraseEndingAt(tokens, phrase.first - 3, floor), floor) : null;
  if (document && document.kind !== 'pronoun') return document;
  const antecedent = phrase && phrase.kind !== 'pronoun' ? relativeAntecedent(tokens, phrase.first, floor) : null;
  if (antecedent) return antecedent;
  // A group keeps its participle: "those surveyed", "Democrats polled".
  return phrase && phrase.kind === 'description' && participle === phrase.end ? { ...phrase, end: day === participle + 1 ? day + 1 : participle + 1 } : phrase;
}

/**
 * "Rep. Jane Roe (D-Ore.) last week said": wink ends a sentence at the bracket's full stop, so a cue
 * with only a time or adverbs before it in its sentence has its subject at the end of the one
 * before, when that one ends in a bracket (as forward-phrases.ts splitInName reads it).
 */
function acrossBracketSplit(tokens: readonly Token[], floor: number): Subject | null {
  const previous = tokens[floor - 1];
  if (previous?.value !== ')' || previous.sentence === tokens[floor]?.sentence) return null;
  return subjectBefore(tokens, floor, sentenceStart(tokens, floor - 1));
}

/**
 * "skippers who have backed his plan warned", "officials who spoke with the Post said":
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
    // ("Friends of Mr. Roe's who have seen him …": the possessive's owner ends the phrase.)
    const possessive = isPossessiveMark(tokens[r - 1]!.value);
    const phrase = coordinated(tokens, phraseEndingAt(tokens, possessive ? r - 2 : r - 1, floor), floor);
    return phrase && phrase.kind !== 'pronoun' ? phrase : null;
  }
  return null;
}
/** How far back a relative pronoun may open the clause whose object stands before the cue. */
const RELATIVE_REACH = 14;

/**
 * The subject before a comma that closes appositions or a relative clause: "Nina Bast, 27, a
 * ferry pilot in Halvik, said"; "The professor of X, Kim Dal-ho, said"; "Smith, who …, said".
 * Walks back over up to four comma-separated segments; the speaker is the earliest segment that
 * is a name (else the earliest that is a noun phrase), and the other noun phrases are its roles.
 */
function subjectOfAppositions(tokens: readonly Token[], comma: number, floor: number): Subject | null {
  const segments: { start: number; end: number }[] = [];
  let end = comma;
  for (let n = 0; n < 4; n++) {
    let k = end - 1;
    // (A plural's possessive mark is no quotation mark: "Smith, delivering Ross' speech, asked".)
    for (; k >= floor && end - k < 25 && (!isQuoteMark(tokens[k]!.value) || isPluralPossessive(tokens, k)); k--) {
      // "Sen. Roe (D-Ore.), noting …, said": a bracket closing the segment is stepped over.
      const open = tokens[k]!.value === ')' && k === end - 1 ? bracketOpening(tokens, k, floor) : -1;
      if (open >= 0) k = open;
      else if (SEGMENT_STOPS.has(tokens[k]!.value) && !abbreviationStop(tokens, k)) break;
    }
    segments.unshift({ start: k + 1, end });
    if (k < floor || tokens[k]!.value !== ',') break;
    end = k;
  }
  clauseAtConjunction(tokens, segments);
  const phrases: Subject[] = [];
  let subordinated = false;
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
    // ("But Smith, …, said"), never with a preposition ("In a message to Xi, …"), but with a
    // subordinator before a name ("… after Mr. Pell, asked about the levy, said").
    const whole = phrase !== null && (phrase.first === seg.start || (seg === segments[0] && leadsPhrase(tokens[phrase.first - 1]!, phrase)));
    // "The board ignored the facts, admitted …": a verb's object is no subject; the subject that
    // opens the segment and that verb goes on with the next verb of the list. (Not a naming
    // participle's: "A man named Tom Pell, 45, said" is Pell's, the name of the man.)
    const verb = whole && phrase.first > seg.start ? phrase.first - 1 : -1;
    const verbSubject = tokens[verb]?.pos === 'VERB' && !NAMING_PARTICIPLES.has(tokens[verb]!.normal) ? subjectBefore(tokens, verb, seg.start) : null;
    if (verbSubject && verbSubject.first === seg.start && verbSubject.kind !== 'pronoun') {
      phrases.push(verbSubject);
      continue;
    }
    if (whole && (phrase.kind !== 'pronoun' || seg === segments[0])) phrases.push(phrase);
    if (whole && phrases.length === 1 && phrase.first > seg.start) subordinated = subordinatorLeads(tokens[phrase.first - 1]!, phrase);
  }
  // "After Ana Ruiz, the pilots, led by Tom Lee, said": a plural is no apposition of one person, so
  // the name is the subordinator's object and the plural the subject.
  if (subordinated && phrases[1]?.kind === 'description' && isPluralHead(phrases[1].head)) phrases.shift();
  const chosen = phrases.find((p) => p.kind === 'name') ?? phrases[0];
  if (!chosen) return null;
  const roles = [...chosen.roles, ...phrases.filter((p) => p !== chosen && p.kind === 'description').map((p) => p.head)];
  return { ...chosen, first: phrases[0]!.first, roles };
}

/**
 * "Smith and Jones said", "union members and leaders say", "Roe or Lee or Jane Pell said": noun
 * phrases joined by "and" or "or" speak together; the phrase names them all, headed by the last.
 * Not the object of a word before them ("shares tumbled on the news and some traders predicted"),
 * unless a relative clause holds them ("leaders who back Roe or Lee said", see relativeAntecedent).
 */
function coordinated(tokens: readonly Token[], bare: Subject | null, floor: number): Subject | null {
  const right = withOfPhrase(tokens, bare, floor);
  if (!right || right.kind === 'pronoun') return right;
  let first = right.first;
  let widest: Subject | null = null;
  for (;;) {
    // ("or" joins names only: "no crew, sailing date or route named" is no list of speakers.)
    while (tokens[first - 1]?.normal === 'and' || (tokens[first - 1]?.normal === 'or' && right.kind === 'name')) {
      // ("A reporter for the Post and a producer said": the left phrase with its "of"-phrase when that makes it alike.)
      const near = phraseEndingAt(tokens, first - 2, floor);
      const left: Subject | null = near && near.kind === right.kind ? near : withOfPhrase(tokens, near, floor);
      if (!left || left.kind !== right.kind) break;
      first = left.first;
    }
    // "Jane Roe and Tom Pell of the Institute for Science and Security wrote": the noun a list hangs on, and on.
    const outer = first < right.first ? withOfPhrase(tokens, { first, end: right.end, kind: 'description', head: right.head, roles: [] }, floor) : null;
    if (!outer || outer.first >= first) break;
    first = outer.first;
    widest = outer;
  }
  if (first === right.first) return right;
  const before = tokens[first - 1];
  // ("after the standards and privileges committee said": a subordinator, not a preposition.)
  const object = before && OBJECT_LEADS.has(before.pos) && before.normal !== 'of' && !OWN_CLAUSE_OPENERS.has(before.normal);
  if (object && !relativeAntecedent(tokens, first, floor)) return right;
  return widest?.first === first ? widest : { first, end: right.end, kind: 'description', head: right.head, roles: [] };
}

const OBJECT_LEADS = new Set(['ADP', 'VERB']);

/** "pilots", "leaders": a head word in the plural (not "boss", "witness"). */
function isPluralHead(head: string): boolean {
  return head.endsWith('s') && !head.endsWith('ss');
}

/** What may stand before a sentence's first phrase of appositions ("But Smith, …"; "… after Mr. Pell, asked …, said"). */
function leadsPhrase(before: Token, phrase: Subject): boolean {
  return (before.pos !== 'ADP' && before.pos !== 'PART') || subordinatorLeads(before, phrase);
}

/** A subordinator the tagger read as a preposition, before a name ("after Mr. Pell, …"). */
function subordinatorLeads(before: Token, phrase: Subject): boolean {
  return (before.pos === 'ADP' || before.pos === 'PART') && phrase.kind === 'name' && OWN_CLAUSE_OPENERS.has(before.normal);
}

const SEGMENT_STOPS = new Set([',', '.', ';', ':', '(', ')']);

/** "Ada Finch, R-Ky., delivered": the stop of a state's abbreviation before a comma ends no segment. */
function abbreviationStop(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return (
    tokens[k]!.value === '.' && tokens[k + 1]?.value === ',' && prev !== undefined && prev.end === tokens[k]!.start && /^\p{Lu}\p{Ll}{0,4}$/u.test(prev.value)
  );
}

/** The "(" of the bracket that closes at token `close`, within a short reach, or -1. */
function bracketOpening(tokens: readonly Token[], close: number, floor: number): number {
  for (let p = close - 1; p >= floor && p > close - 10; p--) if (tokens[p]!.value === '(') return p;
  return -1;
}

/** The noun or name at `k` ends a phrase a preposition opens the sentence or a clause with ("In Dover", "…, at the meeting"). */
function inOpeningPhrase(tokens: readonly Token[], k: number, floor: number): boolean {
  const host = phraseEndingAt(tokens, k, floor);
  // ("On Monday both said", "On the day both said": a time, which names no speaker.)
  const time = WEEKDAY_SET.has(tokens[k]!.normal) || TIME_NOUNS.has(tokens[k]!.normal);
  // ("Last week both said", "This morning all said": a time its determiner opens the sentence with, no preposition.)
  const bare = time && k - 1 === floor && OPENING_TIME_DETERMINERS.has(tokens[k - 1]!.normal);
  if (bare) return true;
  const p = host ? host.first - 1 : time ? (tokens[k - 1]?.pos === 'DET' || tokens[k - 1]?.pos === 'ADJ' ? k - 2 : k - 1) : -1;
  if (p < floor || tokens[p]!.pos !== 'ADP') return false;
  return p === floor || tokens[p - 1]!.value === ',' || tokens[p - 1]!.pos === 'CCONJ' || tokens[p - 1]!.pos === 'SCONJ';
}

/** A quantifier standing alone as the subject ("most said", "In the end all said"). */
function quantifierSubject(tokens: readonly Token[], j: number): Subject {
  return { first: j, end: j + 1, kind: 'description', head: tokens[j]!.normal, roles: [] };
}

/** Tag and word sets for the tests above (Set look-ups rather than regular expressions). */
const PARTICIPLE_HEAD_POS = new Set(['NOUN', 'PROPN', 'DET']);
/** Participles whose object is the name of the noun before them ("a pilot called Dan Fenn"). */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'called', 'dubbed', 'nicknamed']);
const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each']);
/** Marks after which a new clause opens with its subject. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':']);
/** Determiners that open a time phrase by themselves ("Last week", "This morning"). */
const OPENING_TIME_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'earlier', 'later']);
/** What a floated quantifier follows: its subject, or an auxiliary after it. */
const FLOAT_HOSTS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'AUX']);
