import type { Token } from '../types.js';
import { phraseEndingAt, withOfPhrase, type Subject } from './noun-phrases.js';
import { isQuoteMark } from './text.js';
import { TIME_NOUNS } from './subject-words.js';
import { isPersonNoun } from './described-subject.js';

/**
 * The person a "who" after a comma stands for, when it is the subject of a cue ("…, who said").
 * "Who" takes a person, so the noun phrase right before it is not always its antecedent:
 * - "Tom Pell, the mayor of Dover, who said": appositions before it name one person; the name
 *   among them speaks, not the object of their preposition ("Dover");
 * - "said Ana Ruiz, an analyst at Gull, who notes": likewise the name after an inverted cue;
 * - "King, 30, who runs", "Ana Ruiz, 45, from Dover, who said": an age or a place phrase set off by
 *   commas describes the person before it;
 * - "a gynecologist from Salem, Oregon, who said": a second place part ends the place, not the chain.
 * An object in a clause ("made no mention of Tom Pell, who said", "told Ana Ruiz, who said") stays
 * the antecedent. Null when the token before `who` is no comma.
 */
export function whoAntecedent(tokens: readonly Token[], who: number, floor: number): Subject | null {
  if (tokens[who]?.normal !== 'who') return null;
  // ("Holt, who chairs the board and who said …": a second "who" goes on with the first.)
  if (COORDINATORS.has(tokens[who - 1]?.normal ?? '')) return relativeCoordinated(tokens, who - 1, floor);
  if (tokens[who - 1]?.value !== ',') return null;
  const chain: { phrase: Subject; fills: boolean }[] = [];
  let end = who - 1;
  let aged = false;
  for (let n = 0; n < MAX_SEGMENTS && end > floor; n++) {
    const start = segmentStart(tokens, end, floor);
    const bare = start < end ? phraseEndingAt(tokens, end - 1, start) : null;
    if (!bare || bare.kind === 'pronoun') break;
    // ("Ana Ruiz, 45, from Dover, who": a place after an age is the person's, as the age is.)
    const age = isAge(tokens, start, end, bare);
    const skipped = age || (tokens[start]!.pos === 'ADP' && precededByAge(tokens, start, floor));
    // ("Supporters of Jane Roe, 52, who": an age is the name's right before it, not its owner phrase's.)
    if (aged && bare.kind === 'name') {
      chain.push({ phrase: bare, fills: false });
      break;
    }
    aged = age;
    if (!skipped) {
      const phrase = withOfPhrase(tokens, bare, start) ?? bare;
      const apposition = phrase.first === start ? phrase : appositionOf(tokens, start, end);
      chain.push({ phrase: apposition ?? (keepsOwner(tokens, bare, phrase) ? phrase : bare), fills: apposition !== null });
      if (!apposition) break;
    }
    if (start <= floor || tokens[start - 1]!.value !== ',') break;
    end = start - 1;
  }
  // "…, a gynecologist from Salem, Oregon, who": a name after a segment that ends in a name is the place's second part.
  const placePart = chain.length > 1 && chain[0]!.fills && chain[0]!.phrase.kind === 'name' && chain[1]!.fills && endsInName(tokens, chain[1]!.phrase);
  // "came from a fisherman in Deal, Kent, who": a two-part place after "in"/"from" on a noun in a clause is where that noun's person is from.
  const placed =
    chain.length === 2 && chain[0]!.fills && chain[0]!.phrase.kind === 'name' && !chain[1]!.fills ? placeOwner(tokens, chain[1]!.phrase, floor) : null;
  if (placed) return placed;
  const candidates = placePart ? chain.slice(1) : chain;
  const chosen = (candidates.find((c) => c.phrase.kind === 'name') ?? candidates[0])?.phrase;
  if (!chosen) return null;
  // (The descriptions are the person's roles: "the mayor" later is Tom Pell.)
  const roles = candidates.filter((c) => c.phrase !== chosen && c.phrase.kind === 'description').map((c) => c.phrase.head);
  return roles.length > 0 ? { ...chosen, roles: [...chosen.roles, ...roles] } : chosen;
}

/**
 * "The mayor thanked Roe, who chairs the board and said …": a verb after the conjunction at `conj`
 * goes on with the relative clause that ", who" opened before it, with no comma or clause opener
 * between (a comma closes the clause: "Roe, who chairs the board, and said" is the main subject's).
 * The antecedent of that "who", or null.
 */
export function relativeCoordinated(tokens: readonly Token[], conj: number, floor: number): Subject | null {
  if (!COORDINATORS.has(tokens[conj]?.normal ?? '')) return null;
  for (let r = conj - 1; r > floor && r > conj - RELATIVE_REACH; r--) {
    const t = tokens[r]!;
    if (t.normal === 'who') return tokens[r - 1]!.value === ',' ? whoAntecedent(tokens, r, floor) : null;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.normal) || isQuoteMark(t.value)) return null;
  }
  return null;
}
const COORDINATORS = new Set(['and', 'but']);
const CLAUSE_OPENERS = new Set(['that', 'which', 'whom', 'whose']);
/** How far back from the conjunction the "who" may stand: the relative clause's own verb phrase. */
const RELATIVE_REACH = 14;

/** Comma-separated segments read back from "who": "said Ana Ruiz, 45, from Dover, an analyst". */
const MAX_SEGMENTS = 4;
/** The longest segment: appositions are short. */
const SEGMENT_REACH = 25;
/** (No full stop: within a sentence it ends an abbreviation, "Govs. Jane Roe and Tom Pell".) */
const SEGMENT_STOPS = new Set([',', ';', ':', '(', ')']);

/** The first token of the segment that ends before the comma at `end`. */
function segmentStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end - 1;
  while (k >= floor && end - k < SEGMENT_REACH && !SEGMENT_STOPS.has(tokens[k]!.value) && !isQuoteMark(tokens[k]!.value)) k--;
  return k + 1;
}

/** "30" alone between commas: a person's age. */
function isAge(tokens: readonly Token[], start: number, end: number, phrase: Subject): boolean {
  return end - start === 1 && phrase.first === start && tokens[start]!.pos === 'NUM' && /^\d{1,3}$/.test(tokens[start]!.value);
}

/**
 * A segment that is one noun phrase with its prepositional phrases and no verb ("the executive
 * director of the Harbour Partnership for Port Studies"), as a description headed by the noun
 * before its first preposition; null for any other segment.
 */
function appositionOf(tokens: readonly Token[], start: number, end: number): Subject | null {
  if (!APPOSITION_OPENERS.has(tokens[start]!.pos)) return null;
  let head = end - 1;
  for (let k = end - 1; k > start; k--) {
    const pos = tokens[k]!.pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PRON' || pos === 'SCONJ') return null;
    if (pos === 'ADP') head = k - 1;
  }
  const noun = tokens[head]!;
  // (Not "this time by …", an adverbial; not "Jane Roe and Tom Pell", two people, where a common
  // noun may join two words of one office: "the Customs and Border commissioner".)
  if ((noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || TIME_NOUNS.has(noun.normal)) return null;
  if (tokens[end - 1]!.pos === 'PROPN' && tokens.slice(start, end).some((t) => t.pos === 'CCONJ')) return null;
  return { first: start, end, kind: 'description', head: noun.normal, roles: [] };
}
const APPOSITION_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** The age segment "45," just before the segment that opens at `start`. */
function precededByAge(tokens: readonly Token[], start: number, floor: number): boolean {
  const comma = start - 1;
  if (comma <= floor || tokens[comma]!.value !== ',') return false;
  const age = segmentStart(tokens, comma, floor);
  const phrase = age < comma ? phraseEndingAt(tokens, comma - 1, age) : null;
  return phrase !== null && isAge(tokens, age, comma, phrase);
}

/**
 * In a clause ("made no mention of Tom Pell, who", "echoing a memo from the manager, who") the
 * object before "who" stays its antecedent, save where the preposition hangs on a person: a name
 * ("Bundy said to Tom Pell on camera, who"), a noun before an adjective ("one voter familiar with the talks, who"),
 * or a noun for a person ("backed by the mayor of Dover, who": not Dover).
 */
function keepsOwner(tokens: readonly Token[], bare: Subject, phrase: Subject): boolean {
  return phrase !== bare && (phrase.kind === 'name' || tokens[bare.first - 2]?.pos === 'ADJ' || isPersonNoun(phrase.head));
}

/** The noun phrase a place name hangs on by "in" or "from" ("a fisherman" in "a fisherman in Deal"), or null. */
function placeOwner(tokens: readonly Token[], place: Subject, floor: number): Subject | null {
  const prep = place.first - 1;
  if (place.kind !== 'name' || !PLACE_PREPOSITIONS.has(tokens[prep]?.normal ?? '') || tokens[prep - 1]?.pos !== 'NOUN') return null;
  const owner = phraseEndingAt(tokens, prep - 1, floor);
  return owner?.kind === 'description' ? owner : null;
}
const PLACE_PREPOSITIONS = new Set(['in', 'from']);

function endsInName(tokens: readonly Token[], phrase: Subject): boolean {
  return phrase.kind === 'description' && tokens[phrase.end - 1]!.pos === 'PROPN';
}
