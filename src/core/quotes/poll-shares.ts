import type { Sentence, Token } from '../types.js';
import { GROUP_SHARES, QUANTIFIERS, SHARE_WORDS } from './amounts.js';

/** A share as a speaker: the shape of phrases.ts's Subject (phrases.ts calls this file, so no import back). */
export interface ShareSubject {
  readonly first: number;
  readonly end: number;
  readonly kind: 'description';
  readonly head: string;
  readonly roles: readonly string[];
}

/**
 * "47% say …", "Nearly a third say …", "three-fourths say …", "Just shy of half, 49%, say …": a
 * poll's share of those asked speaks for them (the tagger reads "%" as a symbol and "third" as an
 * adjective, so the noun-phrase search finds no subject). Returns the share as a description
 * headed by its last word, or null.
 */
export function pollShare(tokens: readonly Token[], s: Pick<Sentence, 'firstToken'>, i: number): ShareSubject | null {
  let end = i;
  while (end - 1 > s.firstToken && tokens[end - 1]!.pos === 'ADV') end--;
  // "half, 49%, say": the figure in apposition before the cue.
  if (tokens[end - 1]?.value === ',') end--;
  const last = tokens[end - 1];
  if (!last || !(last.value === '%' || SHARE_WORDS.has(last.normal))) return null;
  let first = end - 1;
  while (first - 1 >= s.firstToken && (SHARE_PARTS.has(tokens[first - 1]!.pos) || tokens[first - 1]!.value === '-')) first--;
  // A share needs its number or article: "a third", "three-fourths", "47%"; not a lone "half".
  if (first === end - 1) return null;
  return { first, end, kind: 'description', head: last.value === '%' ? 'percent' : last.normal, roles: [] };
}

/** What may stand before the share word: "nearly a", "some 47", "three" (and the hyphen of "three-fourths": wink splits every hyphenated word). */
const SHARE_PARTS = new Set(['NUM', 'DET', 'ADV', 'SYM', 'ADJ']);

/** A poll's share ("38 percent", "18%") or a lone quantifier ("some") ending at token `j`, as a description (a "who" clause's antecedent). */
export function shareEndingAt(tokens: readonly Token[], j: number, floor: number): ShareSubject | null {
  const t = tokens[j]!;
  if (QUANTIFIERS.has(t.normal)) return { first: j, end: j + 1, kind: 'description', head: t.normal, roles: [] };
  return pollShare(tokens, { firstToken: floor }, j + 1);
}

/** "most of them", "half of us" ending at token `j` (the pronoun), as a description headed by the share. */
export function shareOfGroup(tokens: readonly Token[], j: number, floor: number): ShareSubject | null {
  const t = tokens[j]!;
  if ((t.normal !== 'them' && t.normal !== 'us') || tokens[j - 1]?.normal !== 'of' || j - 2 < floor) return null;
  const share = tokens[j - 2]!.normal;
  return GROUP_SHARES.has(share) ? { first: j - 2, end: j + 1, kind: 'description', head: share, roles: [] } : null;
}

/**
 * "9% of residents aged between 20 and 39 said", "those aged 65 and over say", "of voters between
 * the ages of 25 and 44 said": an age range after a poll's group is part of that group's phrase,
 * and its last number no speaker. When the words ending at token `j` are such a range, after
 * "aged" or opened by "between" right after the group's noun, returns the token before the range
 * (where the group's phrase ends), else -1.
 */
export function beforeAgeRange(tokens: readonly Token[], j: number, floor: number): number {
  let numbers = 0;
  for (let k = j; k > floor && k > j - AGE_RANGE_WORDS; k--) {
    const t = tokens[k]!;
    if (t.normal === 'aged') return numbers > 0 ? k - 1 : -1;
    // (Not after "aged", which the next step back finds.)
    if (t.normal === 'between' && numbers > 0 && NOUNS.has(tokens[k - 1]!.pos)) return k - 1;
    if (t.pos === 'NUM') numbers++;
    else if (!AGE_RANGE_PARTS.has(t.normal)) return -1;
  }
  return -1;
}

/** Longest age range with the word before it: "aged between 18 and 34", "voters between the ages of 25 and 44". */
const AGE_RANGE_WORDS = 8;
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Words of an age range besides its numbers (wink splits "18-34" at the hyphen). */
const AGE_RANGE_PARTS: ReadonlySet<string> = new Set([
  'between',
  'the',
  'ages',
  'of',
  'and',
  'to',
  '-',
  '–',
  'over',
  'under',
  'above',
  'or',
  'older',
  'younger',
  'up',
  '+',
  'plus',
]);
