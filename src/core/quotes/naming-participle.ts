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
  return noun?.pos === 'NOUN' && !GROUP_NOUNS.has(noun.normal) && !TITLES.has(noun.normal);
}
