/**
 * Feature extraction for the greedy BILOU tagger, shared by training (scripts/train-ner.ts)
 * and run time so the two can never disagree. Features follow Ratinov & Roth (2009): the
 * word and its neighbours, word shape, affixes, the previous labels, gazetteer matches, and
 * document context (how a word is cased elsewhere in the document; the labels it was given
 * earlier in the document, "extended prediction history"; the words around its other
 * occurrences, "context aggregation"). No POS tags: CoNLL's PTB tags and wink's UPOS differ,
 * and the tagger must see the same features in training and in use.
 */
import { hashString } from './hash.js';
import { F_CANDIDATE, F_CAPITALISED, F_CAPS_SENTENCE, F_DOC_CAPITALISED, F_DOC_LOWER, F_FIRST, type PreparedDocument } from './prepare.js';
import { CLUSTER_BITS, CLUSTER_MASK } from './clusters.js';
import { MAX_FEATURES } from './scratch.js';
import { lexeme } from './token-scan.js';

export { MAX_FEATURES };

// Template ids: each feature is mix(template, values...). Numbers only need to be distinct.
const enum T {
  Bias = 1,
  Word,
  Exact,
  WordM1,
  WordP1,
  WordM2,
  WordP2,
  BigramM1,
  BigramP1,
  Shape,
  ShapeM1,
  ShapeP1,
  ShapeM1Shape,
  ShapeShapeP1,
  Prefix,
  Suffix,
  PrevLabel,
  PrevLabels,
  PrevLabelWord,
  FirstShape,
  CapsSentence,
  DocCapitalised,
  DocLower,
  History,
  Gazetteer,
  GazetteerShape,
  Length,
  ShapeWordM1,
  ShapeWordP1,
  CapsWord,
  ElsewhereM1,
  ElsewhereP1,
  GazetteerM1,
  GazetteerP1,
  Cluster,
  ClusterShape,
  ClusterM1,
  ClusterP1,
  ClusterM2,
  ClusterP2,
}

const BOUNDARY = hashString('<s>');

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

/** Other occurrences of a word whose neighbours become features of this one. */
const MAX_ELSEWHERE = 4;

/**
 * Features of the token itself (its spelling, shape and affixes): the same for every
 * occurrence of one spelling, so run time caches their summed weights by `keys[i]`.
 */
export function intrinsicFeatures(d: PreparedDocument, i: number, out: Int32Array, n: number): number {
  const key = d.keys[i]!;
  const x = lexeme(d.lexicon, key.charCodeAt(0) === 0 ? key.slice(1) : key);
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
  // The word's clusters, and the middle one with its shape ("Xx" in a cluster of surnames).
  const packed = d.cluster[i]!;
  if (packed < 0) out[n++] = f2(T.Cluster, UNLISTED, 0);
  else for (let g = 0; g < d.clusterLevels; g++) out[n++] = f2(T.Cluster, g, (packed >> (g * CLUSTER_BITS)) & CLUSTER_MASK);
  out[n++] = f2(T.ClusterShape, packed < 0 ? -1 : (packed >> (SHAPE_LEVEL * CLUSTER_BITS)) & CLUSTER_MASK, d.shape[i]!);
  return n;
}

/** In place of a granularity: the word is not in the cluster table (a rare word, as names often are). */
export const UNLISTED = 7;
/** The granularity whose cluster is paired with the word's shape (the middle one: 256 clusters). */
const SHAPE_LEVEL = 1;

/**
 * The neighbours whose clusters are features of a token, by offset. Chosen by
 * cross-validation on train: ±2 did better than ±1 and than ±3.
 */
export const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;

/** The feature of the neighbour NEIGHBOUR_OFFSETS[position] being in cluster `id` of granularity `level`. */
export function neighbourClusterFeature(position: number, level: number, id: number): number {
  return f2(T.ClusterM1 + position, level, id);
}

/** Token i's neighbour NEIGHBOUR_OFFSETS[position], or -1 when that is outside its sentence. */
export function neighbourOf(d: PreparedDocument, i: number, position: number): number {
  const j = i + NEIGHBOUR_OFFSETS[position]!;
  return j >= 0 && j < d.length && d.sentenceOf[j] === d.sentenceOf[i] ? j : -1;
}

/**
 * The clusters of token i's neighbours, one feature per granularity each. Training scores
 * them as features; run time adds weights tabulated per cluster (model.ts), the same sums.
 */
export function neighbourClusterFeatures(d: PreparedDocument, i: number, out: Int32Array, n: number): number {
  for (let p = 0; p < NEIGHBOUR_OFFSETS.length; p++) {
    const j = neighbourOf(d, i, p);
    if (j < 0) continue;
    const packed = d.cluster[j]!;
    if (packed < 0) out[n++] = neighbourClusterFeature(p, UNLISTED, 0);
    else for (let g = 0; g < d.clusterLevels; g++) out[n++] = neighbourClusterFeature(p, g, (packed >> (g * CLUSTER_BITS)) & CLUSTER_MASK);
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
 * Features that depend on the labels chosen before the token: the previous label with the
 * word, and `history`, the type this word was most often given earlier in the document (-1:
 * never seen, 4: seen, always O). A beam (tagger.ts) scores them once per hypothesis.
 */
export function stateFeatures(d: PreparedDocument, i: number, prev: number, history: number, out: Int32Array, n: number): number {
  out[n++] = prevLabelWordFeature(d, i, prev);
  out[n++] = historyFeature(history, capitalisedOf(d, i));
  return n;
}

/** stateFeatures' first: the previous label with the word. */
export function prevLabelWordFeature(d: PreparedDocument, i: number, prev: number): number {
  return f2(T.PrevLabelWord, prev, d.word[i]!);
}

/** stateFeatures' second, of `history` (-1 to 4) and capitalised (0 or 1): run time tabulates all 12. */
export function historyFeature(history: number, capitalised: number): number {
  return f2(T.History, history, capitalised);
}

export function capitalisedOf(d: PreparedDocument, i: number): number {
  return (d.flags[i]! & F_CAPITALISED) !== 0 ? 1 : 0;
}

/**
 * Features of the token in its context that no earlier label changes: neighbouring words
 * and shapes, document casing, gazetteer matches.
 */
export function contextFeatures(d: PreparedDocument, i: number, out: Int32Array, n: number): number {
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
  if (fl & F_FIRST) out[n++] = f1(T.FirstShape, sh);
  const capitalised = (fl & F_CAPITALISED) !== 0 ? 1 : 0;
  if (fl & F_CAPS_SENTENCE) {
    out[n++] = f1(T.CapsSentence, capitalised);
    out[n++] = f2(T.CapsWord, w, capitalised);
  }
  out[n++] = f2(T.DocCapitalised, fl & (F_DOC_CAPITALISED | F_DOC_LOWER | F_FIRST), capitalised);
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
