/**
 * Name lists the tagger consults as features (never as rules): a phrase found in a list
 * is evidence the model weighs against context. The lists come from npm data packages at
 * training time (see scripts/train-ner.ts) and ship inside the model as phrase hashes.
 */
import { PHRASE_SEED, finish, hashPhrase, mix } from './hash.js';
import type { WordClusters } from './clusters.js';
import type { EntityScratch } from './scratch.js';

/** List categories; order fixes the bit in a phrase's mask. `country` holds regions too ("Asia"). */
export const GAZETTEER_LISTS = ['country', 'city', 'person', 'company', 'nationality'] as const;
export type GazetteerList = (typeof GAZETTEER_LISTS)[number];

/** A list's bit in a phrase's mask. */
export const listBit = (list: GazetteerList): number => 1 << GAZETTEER_LISTS.indexOf(list);

/** Mask bit of a phrase that begins a longer listed phrase: matching goes on only then. */
export const PREFIX_BIT = 1 << 7;
/**
 * Mask bit of a word that never begins a name in the training text and is common there in
 * lower case ("The", "But", "He" at the start of a sentence): the decoder need not score it.
 */
export const NEVER_NAME_BIT = 1 << 5;
/**
 * Mask bit of a word the training text mostly writes in lower case ("agree", "deal"). Not a
 * feature: it tells how to read the word in a caseless headline (see prepareDocument).
 */
export const LOWERCASE_BIT = 1 << 6;

/** Whether the training text mostly writes the word in lower case: a common word ("Office", "Bank"). */
export function writtenLowerInTraining(g: Gazetteer, word: string): boolean {
  return (g.lookup(hashPhrase([word])) & LOWERCASE_BIT) !== 0;
}

/** The phrase hash of a single word, from its wordHash. */
export function wordPhraseHash(wordHash: number): number {
  return finish(mix(PHRASE_SEED, wordHash));
}

export interface Gazetteer {
  /** Bit mask over GAZETTEER_LISTS of the phrase with this hash (see hashPhrase); 0 if none. */
  lookup(phraseHash: number): number;
  /** Longest phrase, in tokens. */
  readonly maxLength: number;
  /** Word clusters (clusters.ts), the other word lists the features read; none in some tests. */
  readonly clusters?: WordClusters;
}

/** Gazetteer feature codes per token: those of token i are codes[start[i] .. start[i + 1]). */
export interface GazetteerMatches {
  readonly start: Int32Array;
  readonly codes: Int32Array;
}

/**
 * For each token, the gazetteer feature codes covering it: list × 4 + position (0 begin,
 * 1 inside, 2 last, 3 a one-token match), in the order the phrases are found (by start,
 * then length, then list). `wordHashes` holds wordHash of each token; a phrase never starts
 * at a token marked in `lowerCase` (names start with a capital, or are in an upper-case
 * headline). `wordMasks`, if given, holds per token the lookup of the token alone
 * (g.lookup(wordPhraseHash(wordHashes[i]))) or -1 where it was not made. Built flat (a
 * counting sort of the pairs, in the scratch's pair buffers), not as an array per token.
 */
export function matchGazetteer(
  g: Gazetteer,
  wordHashes: Int32Array,
  lowerCase: Uint8Array,
  sentenceStarts: readonly number[],
  scratch: EntityScratch,
  wordMasks?: Int32Array,
): GazetteerMatches {
  const n = wordHashes.length;
  let { pairTokens, pairCodes } = scratch;
  const start = new Int32Array(n + 1);
  let pairs = 0;
  if (g.maxLength > 0) {
    for (let s = 0; s < sentenceStarts.length; s++) {
      const from = sentenceStarts[s]!;
      const to = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : n;
      for (let i = from; i < to; i++) {
        if (lowerCase[i] === 1) continue;
        let h = PHRASE_SEED;
        for (let len = 1; len <= g.maxLength && i + len <= to; len++) {
          h = mix(h, wordHashes[i + len - 1]!);
          const known = len === 1 && wordMasks !== undefined ? wordMasks[i]! : -1;
          const mask = known >= 0 ? known : g.lookup(finish(h));
          for (let list = 0; list < GAZETTEER_LISTS.length; list++) {
            if ((mask & (1 << list)) === 0) continue;
            if (pairs + len > pairTokens.length) {
              scratch.growPairs(pairs + len);
              ({ pairTokens, pairCodes } = scratch);
            }
            for (let k = 0; k < len; k++) {
              pairTokens[pairs] = i + k;
              pairCodes[pairs++] = list * 4 + (len === 1 ? 3 : k === 0 ? 0 : k === len - 1 ? 2 : 1);
            }
          }
          if ((mask & PREFIX_BIT) === 0) break;
        }
      }
    }
  }
  // Counting sort by token; stable, so each token keeps its codes in the order found.
  for (let p = 0; p < pairs; p++) start[pairTokens[p]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const codes = new Int32Array(pairs);
  const next = scratch.cursorsFrom(start, n);
  for (let p = 0; p < pairs; p++) codes[next[pairTokens[p]!]!++] = pairCodes[p]!;
  return { start, codes };
}
