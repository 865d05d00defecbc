/**
 * Per-document precomputation for the tagger (prepareDocument): each token's hashes, shape
 * and flags, the document's casing (how a word is cased elsewhere, which sentences are
 * caseless headlines), where else each word occurs, and the gazetteer matches. Everything a
 * feature (features.ts) needs, computed once per token.
 */
import { NEVER_NAME_BIT, LOWERCASE_BIT, matchGazetteer, wordPhraseHash, type Gazetteer } from './gazetteer.js';
import { wordHash } from './hash.js';
import type { EntityScratch } from './scratch.js';
import { W_ALL_CAPS, W_CAPITALISED, W_LETTERS, W_LOWER_START, W_NO_START, W_UPPER, isUpperChar, scanToken, type Lexeme } from './token-scan.js';

/** A document as the tagger sees it: its tokens and where each sentence starts. */
export interface TaggerDocument {
  readonly words: readonly string[];
  /** Index of the first token of each sentence, ascending, starting at 0. */
  readonly sentenceStarts: readonly number[];
}

/** Per-document precomputation: everything a feature needs, computed once per token. */
export interface PreparedDocument {
  readonly length: number;
  readonly sentenceStarts: readonly number[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** wordHash of each token. */
  readonly word: Int32Array;
  /** A dense id per distinct word of the document (0 .. wordCount - 1), for per-word tables. */
  readonly wordId: Int32Array;
  readonly wordCount: number;
  /** Per token, its word's clusters packed as WordClusters.of gives them (-1: not in the table). */
  readonly cluster: Int32Array;
  /** Granularities in a packed cluster value (0 without a cluster table). */
  readonly clusterLevels: number;
  readonly shape: Int32Array;
  readonly flags: Uint8Array;
  /**
   * 1 for tokens that cannot start a name: no capital letter, or a common word that never
   * begins a name in the training text ("The", "But"), in a sentence that is not caseless. The decoder labels them O without scoring unless a name is open before them
   * ("Bank of England"), which is most of the speed of the tagger: in news about four tokens
   * in five are lower-case words, numbers or punctuation.
   */
  readonly lowerCase: Uint8Array;
  /**
   * The spelling the token's own features are read from (a headline word's mixed-case
   * spelling elsewhere in the document), prefixed with U+0000 when a headline word has none.
   * Also the key under which run time caches the token's intrinsic weights.
   */
  readonly keys: readonly string[];
  /** Gazetteer feature codes per token: gazStart[i]..gazStart[i+1] into gazCodes. */
  readonly gazStart: Int32Array;
  readonly gazCodes: Int32Array;
  /**
   * Per word id, the positions of its tokens that may start a name (not lowerCase, with a
   * letter), ascending: occurrenceList[occurrenceStart[id] .. occurrenceStart[id + 1]).
   * Such tokens carry F_CANDIDATE.
   */
  readonly occurrenceStart: Int32Array;
  readonly occurrenceList: Int32Array;
  /** The thread's memo of spellings' affixes (EntityScratch.lexicon). */
  readonly lexicon: Map<string, Lexeme>;
}

export const F_FIRST = 1; // first token of its sentence
/** Token flag: in a caseless sentence (a headline), where case says little. */
export const F_CAPS_SENTENCE = 2;
export const F_DOC_CAPITALISED = 4; // capitalised mid-sentence elsewhere in the document
export const F_DOC_LOWER = 8; // lower-case elsewhere in the document
export const F_CAPITALISED = 16;
export const F_CANDIDATE = 32; // may start a name: listed in occurrenceList

/**
 * True when case says little about names in the sentence: most words are written all in
 * capitals (CoNLL's headlines, some tables) or, past the first word, nearly every word is
 * capitalised (title-case headlines: "Nvidia Overtakes Apple as Chip Demand Soars").
 */
function isCaselessSentence(words: readonly string[], wordFlags: Uint8Array, from: number, to: number): boolean {
  let caps = 0;
  let letters = 0;
  // Title case leaves short function words ("and", "as", "of") in lower case: count words
  // of four or more characters only.
  let long = 0;
  let capitalisedLong = 0;
  for (let i = from; i < to; i++) {
    const fl = wordFlags[i]!;
    const length = words[i]!.length;
    if (length < 2 || (fl & W_LETTERS) === 0) continue;
    letters++;
    if (fl & W_ALL_CAPS) caps++;
    if (length < 4) continue;
    long++;
    if (i > from && fl & W_CAPITALISED) capitalisedLong++;
  }
  if (letters >= 2 && caps / letters > 0.75) return true;
  return capitalisedLong >= 3 && capitalisedLong / long >= 0.75;
}

/**
 * Whether the training text writes this headline word in lower case, as spelled or in the
 * plain form of an inflected verb or noun: a headline's "Overtakes" or "Soared" may occur in
 * train.txt only as "overtake" or "soar". English inflection adds -s, -es, -ed, -d or -ing
 * (-ies for -y); no name is written in lower case, so a stem found there is a word.
 */
function readsLowerCase(g: Gazetteer, hash: number, w: string): boolean {
  const lowerWord = (h: number) => (g.lookup(wordPhraseHash(h)) & LOWERCASE_BIT) !== 0;
  if (lowerWord(hash)) return true;
  const l = w.toLowerCase();
  if (l.length < 5) return false;
  const stems = l.endsWith('ies')
    ? [`${l.slice(0, -3)}y`]
    : l.endsWith('ing')
      ? [l.slice(0, -3), `${l.slice(0, -3)}e`]
      : l.endsWith('ed')
        ? [l.slice(0, -2), l.slice(0, -1)]
        : l.endsWith('es')
          ? [l.slice(0, -2), l.slice(0, -1)]
          : l.endsWith('s') && !l.endsWith('ss')
            ? [l.slice(0, -1)]
            : [];
  return stems.some((stem) => lowerWord(wordHash(stem)));
}

export function prepareDocument(doc: TaggerDocument, gazetteer: Gazetteer, scratch: EntityScratch): PreparedDocument {
  const { words, sentenceStarts } = doc;
  const n = words.length;
  const sentences = sentenceStarts.length;
  // The arrays the document keeps share one buffer (one allocation, not seven); the
  // temporaries come from memory reused across documents.
  const buffer = new ArrayBuffer(24 * n + 2 * n);
  const sentenceOf = new Int32Array(buffer, 0, n);
  const word = new Int32Array(buffer, 4 * n, n);
  const shape = new Int32Array(buffer, 8 * n, n);
  const wordId = new Int32Array(buffer, 12 * n, n);
  const clusterOfWord = new Int32Array(buffer, 16 * n, n); // per word id, the first wordCount used
  const cluster = new Int32Array(buffer, 20 * n, n);
  const flags = new Uint8Array(buffer, 24 * n, n);
  const lowerCase = new Uint8Array(buffer, 25 * n, n);
  const clusters = gazetteer.clusters;
  const bytes = scratch.temporaryBytes(3 * n + sentences);
  const wordFlags = bytes.subarray(0, n);
  const capitalisedMid = bytes.subarray(n, 2 * n); // per word id
  const seenLower = bytes.subarray(2 * n, 3 * n); // per word id
  const caseless = bytes.subarray(3 * n, 3 * n + sentences);
  const ids = scratch.idMap;
  ids.reset(n);
  const wordMask = scratch.temporaryMasks(n);
  const hashes = scratch.hashes;
  let looked = 0;
  for (let i = 0; i < n; i++) {
    const fl = scanToken(words[i]!, hashes, 0);
    word[i] = hashes[0]!;
    shape[i] = hashes[1]!;
    const id = ids.id(hashes[0]!);
    wordId[i] = id;
    // Looked up once per distinct word of the document (ids come in order of first occurrence).
    if (id === looked) {
      clusterOfWord[id] = clusters === undefined ? -1 : clusters.of(hashes[0]!);
      looked++;
    }
    // Only a word with a capital can start a name; only for those does the list matter.
    // The word's own entry is kept for matchGazetteer, which starts with that same lookup.
    const mask = (fl & W_UPPER) === 0 ? -1 : gazetteer.lookup(wordPhraseHash(hashes[0]!));
    wordMask[i] = mask;
    wordFlags[i] = mask === -1 || (mask & NEVER_NAME_BIT) !== 0 ? fl | W_NO_START : fl;
  }
  const wordCount = ids.size;

  // Document casing: words seen capitalised mid-sentence, or seen lower-case, in sentences
  // that are not caseless (flags per word id). For caseless headlines, the first mixed-case spelling of a word.
  let anyCaseless = false;
  for (let s = 0; s < sentenceStarts.length; s++) {
    const from = sentenceStarts[s]!;
    const to = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : n;
    sentenceOf.fill(s, from, to);
    if (isCaselessSentence(words, wordFlags, from, to)) {
      caseless[s] = 1;
      anyCaseless = true;
    }
  }
  // Per word id (one per word hash): its spelling in a sentence with case.
  const spelling: (string | undefined)[] = anyCaseless ? new Array<string | undefined>(wordCount) : [];
  for (let s = 0; s < sentenceStarts.length; s++) {
    if (caseless[s] === 1) continue;
    const from = sentenceStarts[s]!;
    const to = s + 1 < sentenceStarts.length ? sentenceStarts[s + 1]! : n;
    for (let i = from; i < to; i++) {
      const fl = wordFlags[i]!;
      if (fl & W_LOWER_START) seenLower[wordId[i]!] = 1;
      else if (i > from && fl & W_CAPITALISED) capitalisedMid[wordId[i]!] = 1;
      if (anyCaseless && fl & W_LETTERS && (i > from || spelling[wordId[i]!] === undefined)) spelling[wordId[i]!] = words[i]!;
    }
  }

  // Without a caseless sentence every token is read as spelled: the words are the keys.
  const respelt: string[] | undefined = anyCaseless ? new Array<string>(n) : undefined;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const s = sentenceOf[i]!;
    let f = 0;
    if (i === sentenceStarts[s]) f |= F_FIRST;
    if (capitalisedMid[wordId[i]!] === 1) f |= F_DOC_CAPITALISED;
    if (seenLower[wordId[i]!] === 1) f |= F_DOC_LOWER;
    if (caseless[s] === 1) {
      // In a headline, read the word as the rest of the document spells it.
      f |= F_CAPS_SENTENCE;
      let cased = spelling[wordId[i]!];
      // No spelling in the document: a word the training text mostly writes in lower case
      // is read that way ("Agree", "Deal" in "Macron Agree Channel Deal").
      if (cased === undefined && readsLowerCase(gazetteer, word[i]!, w)) cased = w.toLowerCase();
      if (cased === undefined) {
        respelt![i] = `\u0000${w}`;
        shape[i] = shape[i]! ^ 0x2a2a;
      } else {
        respelt![i] = cased;
        scanToken(cased, hashes, 0);
        shape[i] = hashes[1]!;
        if (isUpperChar(cased[0]!)) f |= F_CAPITALISED;
      }
    } else {
      if (respelt) respelt[i] = w;
      if (wordFlags[i]! & W_CAPITALISED) f |= F_CAPITALISED;
      if ((wordFlags[i]! & W_NO_START) !== 0) lowerCase[i] = 1;
    }
    flags[i] = f;
    cluster[i] = clusterOfWord[wordId[i]!]!;
  }

  // Where else each candidate word occurs, for context aggregation (contextFeatures): a
  // counting sort of the candidates by word id, in two flat arrays.
  const occurrenceStart = new Int32Array(wordCount + 1);
  for (let i = 0; i < n; i++) {
    if (lowerCase[i] === 1 || (wordFlags[i]! & W_LETTERS) === 0) continue;
    flags[i] = flags[i]! | F_CANDIDATE;
    occurrenceStart[wordId[i]! + 1]!++;
  }
  for (let id = 0; id < wordCount; id++) occurrenceStart[id + 1]! += occurrenceStart[id]!;
  const occurrenceList = new Int32Array(occurrenceStart[wordCount]!);
  const next = scratch.cursorsFrom(occurrenceStart, wordCount);
  for (let i = 0; i < n; i++) if (flags[i]! & F_CANDIDATE) occurrenceList[next[wordId[i]!]!++] = i;

  const gaz = matchGazetteer(gazetteer, word, lowerCase, sentenceStarts, scratch, wordMask);
  return {
    length: n,
    sentenceStarts,
    sentenceOf,
    word,
    wordId,
    wordCount,
    cluster,
    clusterLevels: clusters?.levels ?? 0,
    shape,
    flags,
    lowerCase,
    keys: respelt ?? words,
    gazStart: gaz.start,
    gazCodes: gaz.codes,
    occurrenceStart,
    occurrenceList,
    lexicon: scratch.lexicon,
  };
}
