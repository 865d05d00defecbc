import type { Gender, NameRun } from './name-runs.js';
import type { AgeFit } from './pronouns.js';

/**
 * What the text says of an age description ("the 36-year-old mother") and of the people it may
 * stand for (pronouns.ts agedPerson): the ages the text gives names, the gender its noun tells.
 */

/**
 * A definite description by age: "the 31-year-old", "The 74-year-old comedian"; not one that owns
 * the phrase ("the 36-year-old's lawyer" is someone else).
 */
const AGE_DESCRIPTION = /^the (\d+)-year-old(?:\s+[a-z-]+){0,2}$/i;
/** Nouns an age description may end on that tell a gender ("the 36-year-old mother"). */
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'mother', 'girl', 'wife', 'daughter', 'sister', 'grandmother', 'actress', 'widow', 'mum', 'mom']);
const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'father', 'boy', 'husband', 'son', 'brother', 'grandfather', 'actor', 'widower', 'dad']);

/** The age a definite age description gives, or null when `phrase` is none. */
export function describedAge(phrase: string): number | null {
  const age = AGE_DESCRIPTION.exec(phrase)?.[1];
  return age === undefined ? null : Number(age);
}

/**
 * How the person `run` (full name `full`, gender `gender` if known) fits "the `age`-year-old `head`"
 * in `text`: the age given right after the name ("Ana Ruiz, 36,") or right before it ("36-year-old
 * Ana Ruiz") decides; else a gender the noun tells against the person's.
 */
export function ageFit(text: string, run: NameRun, gender: Gender | undefined, age: number, head: string): AgeFit {
  const after = /^,\s+(\d{1,3})\b(?!-)/.exec(text.slice(run.end, run.end + 8));
  const before = after ? null : /(\d{1,3})-year-old\s+$/.exec(text.slice(Math.max(0, run.start - 16), run.start));
  const given = after?.[1] ?? before?.[1];
  if (given !== undefined) return Number(given) === age ? 'same' : 'other';
  const want = FEMALE_NOUNS.has(head) ? 'female' : MALE_NOUNS.has(head) ? 'male' : null;
  return want && gender && gender !== want ? 'other' : 'open';
}

/**
 * Where the text brought in "a 19-year-old" before `at` ("Police arrested a 19-year-old man. The
 * 19-year-old said …": the description goes on with that one, no one named before), or 0.
 */
export function ageIntroducedBefore(text: string, at: number, age: number): number {
  const window = text.slice(Math.max(0, at - 1000), at);
  const introduced = [...window.matchAll(new RegExp(`\\b(?:an?|one) ${age}-year-old\\b`, 'gi'))].pop();
  return introduced ? at - window.length + introduced.index : 0;
}
