import type { Sentence, Token } from '../types.js';
import { type Subject } from './noun-phrases.js';
import { hyphenated } from './name-tokens.js';

/**
 * Subjects right before a cue that wink tagged as some other word: a noun phrase headed by an
 * "adjective" ("the Democratic nominee said"), a lone name read as an adverb or verb ("Cook said").
 * Split from distant-subjects.ts.
 */

/**
 * A noun phrase right before the cue whose head wink tagged as an adjective ("The Republican
 * incumbent said", "the Democratic nominee said"): a determiner, then modifiers, then the head.
 */
export function mistaggedSubject(tokens: readonly Token[], s: Sentence, i: number): Subject | null {
  const end = i;
  const lone = loneName(tokens, s, i);
  if (lone) return lone;
  if (tokens[end - 1]?.pos !== 'ADJ') return null;
  let first = end - 1;
  // (A hyphenated modifier: "self-described", wink's "self" "-" "described/VERB".)
  while (first - 1 >= s.firstToken && end - first < 8 && (MODIFIER_POS.has(tokens[first - 1]!.pos) || hyphenated(tokens, first - 1))) first--;
  if (tokens[first - 1]?.pos !== 'DET' || first - 1 < s.firstToken) return null;
  first--;
  const before = tokens[first - 1];
  if (before && first > s.firstToken && before.value !== ',' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ') return null;
  return { first, end, kind: 'description', head: tokens[end - 1]!.normal, roles: [] };
}

const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);

/**
 * "Jolly/ADV said he …", "Cook/VERB said …": a lone capitalised word opening the sentence, which
 * wink read as some other word, right before the cue. Not a sentence adverb ("Later said …").
 */
function loneName(tokens: readonly Token[], s: Sentence, i: number): Subject | null {
  const t = tokens[i - 1];
  if (!t || i - 1 !== s.firstToken || !LONE_NAME_POS.has(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.value) || OPENING_ADVERBS.has(t.normal)) return null;
  return { first: i - 1, end: i, kind: 'name', name: { first: i - 1, end: i }, head: t.normal, roles: [] };
}

const LONE_NAME_POS = new Set(['ADV', 'ADJ', 'VERB']);
/** Words that open a sentence before its verb without being its subject. */
const OPENING_ADVERBS = new Set([
  'later',
  'then',
  'also',
  'instead',
  'still',
  'yet',
  'now',
  'earlier',
  'separately',
  'once',
  'again',
  'finally',
  'previously',
  'recently',
  'never',
  'often',
  'only',
  'just',
  'even',
  'so',
  'thus',
  'hence',
  'indeed',
  'meanwhile',
  'similarly',
  'likewise',
]);
