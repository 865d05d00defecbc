/**
 * Feature extraction for the greedy BILOU tagger, shared by training (scripts/train-ner.ts)
 * and run time so the two can never disagree. Features follow Ratinov & Roth (2009): the
 * word and its neighbours, word shape, affixes, the previous labels, gazetteer matches, and
 * document context (how a word is cased elsewhere in the document; the labels it was given
 * earlier in the document, "extended prediction history"; the words around its other
 * occurrences, "context aggregation"). No POS tags: CoNLL's PTB tags and wink's UPOS differ,
 * and the tagger must see the same features in training and in use.
 */
import { LOWERCASE_BIT, NEVER_NAME_BIT, matchGazetteer, wordPhraseHash, type Gazetteer } from './gazetteer.js';
import { hashString, wordHash } from './hash.js';

/** A document as the tagger sees it: its tokens and where each sentence starts. */
export interface TaggerDocument {
  readonly words: readonly string[];
  /** Index of the first token of each sentence, ascending, starting at 0. */
  readonly sentenceStarts: readonly number[];
}

// Template ids: each feature is mix(template, values...). Numbers only need to be distinct.
const enum T {
  Bias = 1, Word, Exact, WordM1, WordP1, WordM2, WordP2, BigramM1, BigramP1,
  Shape, ShapeM1, ShapeP1, ShapeM1Shape, ShapeShapeP1, Prefix, Suffix,
  PrevLabel, PrevLabels, PrevLabelWord, FirstShape, CapsSentence, DocCapitalised, DocLower,
  History, Gazetteer, GazetteerShape, Length, ShapeWordM1, ShapeWordP1, CapsWord, ElsewhereM1, ElsewhereP1,
  GazetteerM1, GazetteerP1,
}


const BOUNDARY = hashString('<s>');

// What one pass over a token's characters tells (scanToken).
const W_UPPER = 1; // an upper-case letter anywhere ("eBay", "McDonald")
const W_LETTERS = 2;
const W_ALL_CAPS = 4; // two or more characters, letters, none lower-case ("NATO", "U.S.")
const W_CAPITALISED = 8; // starts with a capital
const W_LOWER_START = 16; // starts with a lower-case letter
/** No capital letter, or the gazetteer marks the word NEVER_NAME_BIT (see PreparedDocument.lowerCase). */
const W_NO_START = 32;

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/**
 * One pass over a token: its word hash (wordHash), its collapsed shape hash ("Kim" → Xx,
 * "DPRK" → X, "Won-gon" → Xx-x, "1961" → d) and W_ flags. Runs on every token, so it works
 * on char codes and allocates nothing for ASCII.
 */
function scanToken(w: string, out: Int32Array, at: number): number {
  let word = 0x811c9dc5;
  let shape = 0x811c9dc5;
  let lastClass = -1;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let low = code;
    let cls = code;
    if (code >= 65 && code <= 90) {
      low = code + 32;
      cls = 88; // X
      upper++;
    } else if (code >= 97 && code <= 122) {
      cls = 120; // x
      lower++;
    } else if (code >= 48 && code <= 57) {
      low = 48;
      cls = 100; // d
    } else if (code > 127) {
      const ch = w[i]!;
      low = ch.toLowerCase().charCodeAt(0);
      if (isUpperChar(ch)) {
        cls = 88;
        upper++;
      } else if (isLowerChar(ch)) {
        cls = 120;
        lower++;
      }
    }
    word = Math.imul(word ^ low, 0x01000193);
    if (cls !== lastClass) {
      shape = Math.imul(shape ^ cls, 0x01000193);
      lastClass = cls;
    }
  }
  out[at] = word | 0;
  // Keep single capitals ("U", "A") apart from longer all-caps words.
  out[at + 1] = w.length === 1 ? shape ^ 0x55 : shape | 0;
  return tokenFlags(w, upper, lower);
}

/** The W_ flags of a token with `upper` upper-case and `lower` lower-case letters. */
function tokenFlags(w: string, upper: number, lower: number): number {
  let flags = 0;
  if (upper > 0) flags |= W_UPPER;
  if (upper + lower > 0) flags |= W_LETTERS;
  if (upper > 0 && lower === 0 && w.length >= 2) flags |= W_ALL_CAPS;
  const first = w.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first > 127 && isUpperChar(w[0]!))) flags |= W_CAPITALISED;
  if ((first >= 97 && first <= 122) || (first > 127 && isLowerChar(w[0]!))) flags |= W_LOWER_START;
  return flags;
}

/** A spelling's exact hash and affix hashes: only scored tokens need them, memoised. */
interface Lexeme {
  readonly exact: number;
  /** Prefix hashes of 1..4 characters, then suffix hashes; 0 where the word is too short. */
  readonly affixes: Int32Array;
}

const lexicon = new Map<string, Lexeme>();
/** Bounds the memo on long batch runs; a news vocabulary is well under this. */
const LEXICON_LIMIT = 200_000;

function lexeme(w: string): Lexeme {
  let x = lexicon.get(w);
  if (x !== undefined) return x;
  if (lexicon.size >= LEXICON_LIMIT) lexicon.clear();
  const lower = w.toLowerCase();
  const affixes = new Int32Array(8);
  let h = 0x811c9dc5;
  for (let k = 0; k < 4 && k < lower.length; k++) {
    h = Math.imul(h ^ lower.charCodeAt(k), 0x01000193);
    affixes[k] = h | 0 || 1;
  }
  h = 0x811c9dc5;
  for (let k = 0; k < 4 && k < lower.length; k++) {
    h = Math.imul(h ^ lower.charCodeAt(lower.length - 1 - k), 0x01000193);
    affixes[4 + k] = h | 0 || 1;
  }
  x = { exact: hashString(w), affixes };
  lexicon.set(w, x);
  return x;
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
}

const F_FIRST = 1; // first token of its sentence
/** Token flag: in a caseless sentence (a headline), where case says little. */
export const F_CAPS_SENTENCE = 2;
const F_DOC_CAPITALISED = 4; // capitalised mid-sentence elsewhere in the document
const F_DOC_LOWER = 8; // lower-case elsewhere in the document
const F_CAPITALISED = 16;
const F_CANDIDATE = 32; // may start a name: listed in occurrenceList

/**
 * Dense ids 0, 1, 2... for the distinct int32 hashes of one document (open addressing), in
 * order of first occurrence. One instance serves every document (reset), so its tables are
 * allocated once.
 */
class IdMap {
  private slots = new Int32Array(0);
  private ids = new Int32Array(0);
  private mask = 0;
  size = 0;
  /** Empties the map for a document of up to `capacity` distinct hashes. */
  reset(capacity: number): void {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    if (size > this.slots.length) {
      this.slots = new Int32Array(size);
      this.ids = new Int32Array(size);
    }
    this.mask = size - 1;
    this.ids.fill(-1, 0, size);
    this.size = 0;
  }
  id(h: number): number {
    let i = (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask;
    while (this.ids[i] !== -1 && this.slots[i] !== h) i = (i + 1) & this.mask;
    if (this.ids[i] === -1) {
      this.slots[i] = h;
      this.ids[i] = this.size++;
    }
    return this.ids[i]!;
  }
}

const idMap = new IdMap();
const hashes = new Int32Array(2);
/** prepareDocument's per-token and per-sentence temporaries, reused (see temporaryBytes). */
let temporary = new Uint8Array(0);

let masks = new Int32Array(0);

/** Per token, its gazetteer entry as a one-word phrase, -1 where not looked up (reused). */
function temporaryMasks(count: number): Int32Array {
  if (masks.length < count) masks = new Int32Array(Math.max(count, masks.length * 2));
  return masks;
}

/** `count` zeroed bytes of scratch memory, valid until the next call. */
function temporaryBytes(count: number): Uint8Array {
  if (temporary.length < count) temporary = new Uint8Array(Math.max(count, temporary.length * 2));
  else temporary.fill(0, 0, count);
  return temporary;
}

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
  const stems = l.endsWith('ies') ? [`${l.slice(0, -3)}y`]
    : l.endsWith('ing') ? [l.slice(0, -3), `${l.slice(0, -3)}e`]
    : l.endsWith('ed') ? [l.slice(0, -2), l.slice(0, -1)]
    : l.endsWith('es') ? [l.slice(0, -2), l.slice(0, -1)]
    : l.endsWith('s') && !l.endsWith('ss') ? [l.slice(0, -1)]
    : [];
  return stems.some((stem) => lowerWord(wordHash(stem)));
}

export function prepareDocument(doc: TaggerDocument, gazetteer: Gazetteer): PreparedDocument {
  const { words, sentenceStarts } = doc;
  const n = words.length;
  const sentences = sentenceStarts.length;
  // The arrays the document keeps share one buffer (one allocation, not seven); the
  // temporaries come from memory reused across documents.
  const buffer = new ArrayBuffer(16 * n + 2 * n);
  const sentenceOf = new Int32Array(buffer, 0, n);
  const word = new Int32Array(buffer, 4 * n, n);
  const shape = new Int32Array(buffer, 8 * n, n);
  const wordId = new Int32Array(buffer, 12 * n, n);
  const flags = new Uint8Array(buffer, 16 * n, n);
  const lowerCase = new Uint8Array(buffer, 17 * n, n);
  const bytes = temporaryBytes(3 * n + sentences);
  const wordFlags = bytes.subarray(0, n);
  const capitalisedMid = bytes.subarray(n, 2 * n); // per word id
  const seenLower = bytes.subarray(2 * n, 3 * n); // per word id
  const caseless = bytes.subarray(3 * n, 3 * n + sentences);
  const ids = idMap;
  ids.reset(n);
  const wordMask = temporaryMasks(n);
  for (let i = 0; i < n; i++) {
    const fl = scanToken(words[i]!, hashes, 0);
    word[i] = hashes[0]!;
    shape[i] = hashes[1]!;
    wordId[i] = ids.id(hashes[0]!);
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

  const keys: string[] = new Array<string>(n);
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
        keys[i] = `\u0000${w}`;
        shape[i] = shape[i]! ^ 0x2a2a;
      } else {
        keys[i] = cased;
        scanToken(cased, hashes, 0);
        shape[i] = hashes[1]!;
        if (isUpperChar(cased[0]!)) f |= F_CAPITALISED;
      }
    } else {
      keys[i] = w;
      if (wordFlags[i]! & W_CAPITALISED) f |= F_CAPITALISED;
      if ((wordFlags[i]! & W_NO_START) !== 0) lowerCase[i] = 1;
    }
    flags[i] = f;
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
  const next = occurrenceStart.slice(0, wordCount);
  for (let i = 0; i < n; i++) if (flags[i]! & F_CANDIDATE) occurrenceList[next[wordId[i]!]!++] = i;

  const gaz = matchGazetteer(gazetteer, word, lowerCase, sentenceStarts, wordMask);
  return { length: n, sentenceStarts, sentenceOf, word, wordId, wordCount, shape, flags, lowerCase, keys, gazStart: gaz.start, gazCodes: gaz.codes, occurrenceStart, occurrenceList };
}

/**
 * hash.ts's finish, read as int32: the same 32 bits, but a value V8 keeps unboxed, where the
 * unsigned one above 2^31 is a heap number when it leaves a function. Features are stored
 * in Int32Arrays, which keep the same bits either way.
 */
function finish32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
function f1(t: number, a: number): number {
  return finish32(Math.imul(a ^ 0x3c6ef372, 0x9e3779b1) + t) || 1;
}
function f2(t: number, a: number, b: number): number {
  return finish32(Math.imul(Math.imul(a ^ 0x3c6ef372, 0x9e3779b1) + b, 0x85ebca77) + t) || 1;
}

/** Largest number of features one token gets from the three functions below together. */
export const MAX_FEATURES = 72;
/** Other occurrences of a word whose neighbours become features of this one. */
const MAX_ELSEWHERE = 4;

/**
 * Features of the token itself (its spelling, shape and affixes): the same for every
 * occurrence of one spelling, so run time caches their summed weights by `keys[i]`.
 */
export function intrinsicFeatures(d: PreparedDocument, i: number, out: Int32Array, n: number): number {
  const key = d.keys[i]!;
  const x = lexeme(key.charCodeAt(0) === 0 ? key.slice(1) : key);
  out[n++] = f1(T.Bias, 0);
  out[n++] = f1(T.Word, d.word[i]!);
  out[n++] = f1(T.Exact, x.exact);
  out[n++] = f1(T.Shape, d.shape[i]!);
  for (let k = 0; k < 4; k++) {
    const p = x.affixes[k]!;
    if (p === 0) break;
    out[n++] = f2(T.Prefix, k, p);
    out[n++] = f2(T.Suffix, k, x.affixes[4 + k]!);
  }
  return n;
}

/** The previous two labels (-1 before the sentence start); run time tabulates all 18 × 18. */
export function labelFeatures(prev: number, prev2: number, out: Int32Array, n: number): number {
  out[n++] = f1(T.PrevLabel, prev);
  out[n++] = f2(T.PrevLabels, prev, prev2);
  return n;
}

/** One feature per list that holds token j as a one-word name (code position 3). */
function neighbourLists(d: PreparedDocument, j: number, template: number, out: Int32Array, n: number): number {
  for (let g = d.gazStart[j]!; g < d.gazStart[j + 1]! && n < MAX_FEATURES; g++) {
    const code = d.gazCodes[g]!;
    if ((code & 3) === 3) out[n++] = f1(template, code);
  }
  return n;
}

/**
 * Features of the token in its context: neighbouring words and shapes, the previous label
 * with the word, document casing and history, gazetteer matches. `history` is the type this
 * word was most often given earlier in the document (-1: never seen, 4: seen, always O).
 */
export function contextFeatures(d: PreparedDocument, i: number, prev: number, history: number, out: Int32Array, n: number): number {
  const s = d.sentenceOf[i]!;
  const from = d.sentenceStarts[s]!;
  const to = s + 1 < d.sentenceStarts.length ? d.sentenceStarts[s + 1]! : d.length;
  const fl = d.flags[i]!;
  const w = d.word[i]!;
  const wm1 = i - 1 >= from ? d.word[i - 1]! : BOUNDARY;
  const wm2 = i - 2 >= from ? d.word[i - 2]! : BOUNDARY;
  const wp1 = i + 1 < to ? d.word[i + 1]! : BOUNDARY;
  const wp2 = i + 2 < to ? d.word[i + 2]! : BOUNDARY;
  const sh = d.shape[i]!;
  const shm1 = i - 1 >= from ? d.shape[i - 1]! : BOUNDARY;
  const shp1 = i + 1 < to ? d.shape[i + 1]! : BOUNDARY;
  out[n++] = f1(T.WordM1, wm1);
  out[n++] = f1(T.WordP1, wp1);
  out[n++] = f1(T.WordM2, wm2);
  out[n++] = f1(T.WordP2, wp2);
  out[n++] = f2(T.BigramM1, wm1, w);
  out[n++] = f2(T.BigramP1, w, wp1);
  out[n++] = f1(T.ShapeM1, shm1);
  out[n++] = f1(T.ShapeP1, shp1);
  out[n++] = f2(T.ShapeM1Shape, shm1, sh);
  out[n++] = f2(T.ShapeShapeP1, sh, shp1);
  out[n++] = f2(T.ShapeWordM1, sh, wm1);
  out[n++] = f2(T.ShapeWordP1, sh, wp1);
  out[n++] = f2(T.PrevLabelWord, prev, w);
  if (fl & F_FIRST) out[n++] = f1(T.FirstShape, sh);
  const capitalised = (fl & F_CAPITALISED) !== 0 ? 1 : 0;
  if (fl & F_CAPS_SENTENCE) {
    out[n++] = f1(T.CapsSentence, capitalised);
    out[n++] = f2(T.CapsWord, w, capitalised);
  }
  out[n++] = f2(T.DocCapitalised, fl & (F_DOC_CAPITALISED | F_DOC_LOWER | F_FIRST), capitalised);
  out[n++] = f2(T.History, history, capitalised);
  out[n++] = f1(T.Length, Math.min(to - from, 6));
  // Context aggregation (Ratinov & Roth 2009): the words around the same word's other
  // occurrences in the document ("beat Atalanta" there helps read "Atalanta" here).
  const id = d.wordId[i]!;
  const first = d.occurrenceStart[id]!;
  const end = d.occurrenceStart[id + 1]!;
  if (fl & F_CANDIDATE && end - first > 1) {
    let taken = 0;
    for (let k = first; k < end && taken < MAX_ELSEWHERE; k++) {
      const j = d.occurrenceList[k]!;
      if (j === i) continue;
      taken++;
      const sj = d.sentenceOf[j]!;
      const fromJ = d.sentenceStarts[sj]!;
      const toJ = sj + 1 < d.sentenceStarts.length ? d.sentenceStarts[sj + 1]! : d.length;
      out[n++] = f1(T.ElsewhereM1, j - 1 >= fromJ ? d.word[j - 1]! : BOUNDARY);
      out[n++] = f1(T.ElsewhereP1, j + 1 < toJ ? d.word[j + 1]! : BOUNDARY);
    }
  }
  for (let g = d.gazStart[i]!; g < d.gazStart[i + 1]! && n < MAX_FEATURES - 2; g++) {
    const code = d.gazCodes[g]!;
    out[n++] = f1(T.Gazetteer, code);
    out[n++] = f2(T.GazetteerShape, code, capitalised);
  }
  // The lists the neighbouring words are in, as single words ("Erling" before a listed
  // surname is a given name even when the list lacks it).
  if (i - 1 >= from) n = neighbourLists(d, i - 1, T.GazetteerM1, out, n);
  if (i + 1 < to) n = neighbourLists(d, i + 1, T.GazetteerP1, out, n);
  return n;
}
