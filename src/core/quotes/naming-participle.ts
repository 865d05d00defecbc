import type { Token } from '../types.js';
import { GROUP_NOUNS } from './speaker-nouns.js';
import { TITLES } from './titles-and-names.js';

/** Verbs that give a thing its name: the active form needs an object before the name ("called the plan “a gamble”"). */
const NAME_GIVING = new Set(['called', 'dubbed', 'labeled', 'labelled', 'branded', 'termed', 'nicknamed']);

/**
 * "a tax loophole called an “inversion”", "a method often dubbed “deep dredging”": a naming
 * participle with no object before the marks, on a noun that is a thing rather than a speaker,
 * names that thing; no one is quoted. Not "what critics called “a gamble”" or "the plan the mayor
 * called “a gamble”", where the object was moved out and the noun before the verb is who named it;
 * nor after a comma, which may close the subject's apposition ("Roe, the mayor, called “…”").
 */
export function namingParticiple(tokens: readonly Token[], verb: number, open: number): boolean {
  if (!NAME_GIVING.has(tokens[verb]!.normal)) return false;
  for (let k = verb + 1; k < open; k++) if (tokens[k]!.pos !== 'DET') return false;
  let k = verb - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  const noun = tokens[k];
  return noun?.pos === 'NOUN' && !GROUP_NOUNS.has(noun.normal) && !TITLES.has(noun.normal) && !relativeSubject(tokens, k);
}

/** Words that open a relative clause whose object was moved out: "a deal that fans called", "what fans called". */
const RELATIVE_WORDS = new Set(['that', 'which', 'what', 'whom']);
const NOUN_PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "a scheme the union called “…”", "a deal that fans called “…”": the noun phrase ending at `noun`
 * comes after the thing named (a noun) or after a relative word, so it is the subject of a
 * relative clause and named the thing; a closed list of speaker nouns cannot hold every union,
 * court or party.
 */
function relativeSubject(tokens: readonly Token[], noun: number): boolean {
  let j = noun - 1;
  while (j >= 0 && NOUN_PHRASE_WORDS.has(tokens[j]!.pos)) j--;
  const opener = tokens[j];
  if (!opener) return false;
  if (RELATIVE_WORDS.has(opener.normal)) return true;
  // An indefinite article opens the thing named ("Dover firms use a tax loophole called …", where
  // the tagger may read "use" as a noun); the subject of a relative clause is a known one.
  if ((opener.pos !== 'DET' && opener.pos !== 'PRON') || opener.normal === 'a' || opener.normal === 'an') return false;
  const before = tokens[j - 1];
  return !!before && (before.pos === 'NOUN' || before.pos === 'PROPN' || RELATIVE_WORDS.has(before.normal));
}
