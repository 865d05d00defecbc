import type { Sentence, Token } from '../types.js';
import { isPersonNoun } from './described-subject.js';

/** Nouns for one unnamed person a news report brings in as a sentence's subject, besides titles and roles. */
const ONE_PERSON: ReadonlySet<string> = new Set([
  'driver',
  'farmer',
  'resident',
  'passenger',
  'worker',
  'victim',
  'witness',
  'neighbour',
  'neighbor',
  'pensioner',
  'teenager',
  'boy',
  'girl',
  'mother',
  'father',
  'owner',
  'customer',
  'motorist',
  'cyclist',
  'pedestrian',
]);

/**
 * "A police spokesman said …. The driver, a 40-year-old man, was taken to hospital. He said …":
 * a sentence between the description and the "he" that opens with a person of its own ("The
 * driver", "A woman living nearby") is a new centre, so the "he" is no longer the spokesman's.
 * True when a sentence after `from` and before `to` opens with an article and a noun phrase whose
 * head is a person noun.
 */
export function personSubjectBetween(tokens: readonly Token[], sentences: readonly Sentence[], from: number, to: number): boolean {
  for (let n = from + 1; n < to; n++) {
    const s = sentences[n];
    if (!s) continue;
    let k = s.firstToken;
    if (tokens[k]?.pos !== 'DET') continue;
    let head = '';
    for (k++; k < s.endToken && /^(?:NOUN|ADJ|NUM)$/.test(tokens[k]!.pos); k++) if (tokens[k]!.pos === 'NOUN') head = tokens[k]!.normal;
    if (head && (isPersonNoun(head) || ONE_PERSON.has(head))) return true;
  }
  return false;
}

/**
 * "But standing next to Tom Pell he added …", "After a meeting with Ann Lee, she said …": a name
 * inside a verbless adjunct (a present participle's or a preposition's phrase, no other verb or
 * auxiliary: a past form may be finite, "Before the vote Tom Pell had called, he …") that opens the
 * pronoun's own sentence is no antecedent: the pronoun is the main clause's subject, and the name is
 * someone that subject met or faced (binding theory's Principle C, Chomsky 1981, read loosely: a
 * name the subject pronoun's clause holds is not the pronoun). True when the tokens from the
 * sentence's start (past a coordinator) up to the pronoun at `pronoun` are such an adjunct and
 * hold the name starting at `at`.
 */
export function inOpeningAdjunct(tokens: readonly Token[], sentences: readonly Sentence[], sentence: number, at: number, pronoun: number): boolean {
  const s = sentences[sentence];
  if (!s) return false;
  let k = s.firstToken;
  if (tokens[k]?.pos === 'CCONJ') k++;
  // (The tagger reads an opening participle as a noun as often as a verb: "standing/NOUN next to".)
  const open = tokens[k];
  if (!open || open.start > at || !(open.pos === 'ADP' || (/^(?:VERB|NOUN)$/.test(open.pos) && open.normal.endsWith('ing')))) return false;
  // ("As for Tom Pell, he said …": the adjunct names the topic the pronoun goes on with.)
  if (open.normal === 'as' && tokens[k + 1]?.normal === 'for') return false;
  for (; k < s.endToken && tokens[k]!.start < pronoun; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) return false;
  }
  return true;
}

/**
 * "Tom Pell hammered Ann Roe, whom he described as …", "Roe, who she said was …": the name a
 * who/whom clause hangs on is what the clause's pronoun subject talks about, so never that
 * pronoun (binding theory's Principle B, Chomsky 1981): `he` is someone before it. True when only
 * the relative word stands between the name (ending at `nameEnd`) and the pronoun.
 */
export function relativeHead(text: string, nameEnd: number, pronounStart: number): boolean {
  return /^,\s*whom?\s+$/i.test(text.slice(nameEnd, pronounStart));
}
