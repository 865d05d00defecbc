/**
 * East Asian names whose given name is written as two hyphenated syllables ("Park Won-gon",
 * "Lee Jae-myung"). CoNLL's 1996 text tags most hyphenated capitalised words MISC ("New
 * York-based", "Academy Award-winning"), and a model trained on more text can read such a
 * name so too. A MISC span of two words is a person when its first word is a listed name
 * (surname or given name) and the syllable after the hyphen is no common English word
 * ("based", "owned" are; "gon" and "myung" are not). The tagger's document
 * history then typed the surname's later mentions as that first reading went ("Park added
 * ..." as a place): one-word spans of the retyped name's words become the person's too
 * (one sense per discourse, Gale, Church & Yarowsky 1992).
 */
import { listBit, writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import type { TokenSpan } from './labels.js';
import { CAPITALISED_WORD } from './words.js';

const PERSON_BIT = listBit('person');
/**
 * "Won-gon", "Jae-myung": a capitalised syllable, a hyphen, a lower-case syllable, each of at
 * most five letters (a romanised syllable; "American-themed" is no name).
 */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{0,4}-(\p{Ll}{1,5})$/u;

function isHyphenatedPerson(s: TokenSpan, words: readonly string[], g: Gazetteer): boolean {
  if (s.type !== 'MISC' || s.end - s.start !== 2) return false;
  const first = words[s.start]!;
  const tail = HYPHENATED_GIVEN_NAME.exec(words[s.start + 1]!)?.[1];
  return tail !== undefined && CAPITALISED_WORD.test(first) && (g.lookup(hashPhrase([first])) & PERSON_BIT) !== 0 && !writtenLowerInTraining(g, tail);
}

/** "Ocasio-Cortez", "Pugh-Smith": a double-barrelled surname, both halves capitalised. */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const PLACE_BITS = listBit('city') | listBit('country');
const listedPlace = (g: Gazetteer, words: readonly string[]) => (g.lookup(hashPhrase(words)) & PLACE_BITS) !== 0;

/**
 * A given name that is also a city's ("Alexandria", "Florence") before an untagged double-barrelled
 * surname is a person's: the tagger read the city alone ("Alexandria Ocasio-Cortez" gave the place
 * Alexandria). Not when a half is a place or a common word ("Schleswig-Holstein", "England
 * Cross-Country").
 */
function withDoubleBarrelledSurnames(spans: readonly TokenSpan[], words: readonly string[], g: Gazetteer): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  spans.forEach((s, k) => {
    const next = spans[k + 1];
    const tail = words[s.end];
    if (s.type === 'PER' || s.type === 'MISC' || s.end - s.start !== 1 || tail === undefined || (next !== undefined && next.start === s.end)) return;
    if (!DOUBLE_BARRELLED.test(tail) || (g.lookup(hashPhrase([words[s.start]!])) & PERSON_BIT) === 0) return;
    if (listedPlace(g, [tail]) || tail.split('-').some((half) => listedPlace(g, [half]) || writtenLowerInTraining(g, half))) return;
    (out ??= spans.slice())[k] = { start: s.start, end: s.end + 1, type: 'PER' };
  });
  return out ?? spans;
}

export function withHyphenatedPeople(input: readonly TokenSpan[], words: readonly string[], g: Gazetteer | undefined): readonly TokenSpan[] {
  if (g === undefined) return input;
  const spans = withDoubleBarrelledSurnames(input, words, g);
  const people = spans.filter((s) => isHyphenatedPerson(s, words, g));
  if (people.length === 0) return spans;
  const pieces = new Set<string>();
  for (const s of people) pieces.add(words[s.start]!).add(words[s.start + 1]!);
  return spans.map((s) => (people.includes(s) || (s.end - s.start === 1 && pieces.has(words[s.start]!)) ? { ...s, type: 'PER' } : s));
}
