/**
 * The trained tagger as shipped: feature hashes and their weight rows in models/ner.json and
 * its ner-weights-N.json parts, the gazetteer's phrase hashes in models/ner-gazetteer.json, all
 * base64 in JSON files that scripts/train-ner.ts writes. Loading builds open-addressing tables,
 * so scoring a feature is a probe and a short run of weights: no Map, no strings.
 */
import { decodeBase64, decodeBase64Parts } from './base64.js';
import { CLUSTER_BITS, CLUSTER_MASK, loadClusters, type SerializedClusters } from './clusters.js';
import { HashTable, readInt32 } from './hash-table.js';
import { hashString } from './hash.js';
import { IntrinsicCache } from './intrinsic-cache.js';
import type { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './labels.js';
import {
  MAX_FEATURES,
  NEIGHBOUR_OFFSETS,
  UNLISTED,
  capitalisedOf,
  historyFeature,
  intrinsicFeatures,
  labelFeatures,
  neighbourClusterFeature,
  neighbourOf,
  prevLabelWordFeature,
} from './features.js';
import type { PreparedDocument } from './prepare.js';
import type { CachingScorer } from './tagger.js';

/**
 * The serialised model. Its arrays are stored as loading uses them, so that loading is a
 * base64 decode and typed-array views, no loop over the weights (scripts/ner/model-file.ts
 * writes them): one little-endian byte string, in order,
 * - `featureCount` int32 feature hashes, in the order a HashTable fills its slots (tableOrder);
 * - `featureCount` int32 row references, one per hash (see loadModel);
 * - `sparseWeights` float32 weights of the sparse rows, each with its label in its lowest
 *   mantissa bits (LABEL_MASK);
 * - `denseRows` × LABEL_COUNT float32 weights of the dense rows, zeros included.
 */
export interface SerializedModel {
  readonly format: 2;
  readonly labels: readonly string[];
  readonly featureCount: number;
  readonly sparseWeights: number;
  readonly denseRows: number;
  /** The byte string in base64, in parts (see ModelFile), each a multiple of 4 characters. */
  readonly weights: readonly string[];
}

/**
 * models/ner.json: the model without its arrays, which are split, in order, over
 * models/ner-weights-1.json … ner-weights-N.json ({"weights": "<base64>"}), so that no file
 * passes 1 MiB (the repository's limit per file) as the model grows.
 */
export type ModelFile = Omit<SerializedModel, 'weights'> & { readonly weightFiles: number };

/** Most base64 characters of weights one file holds: a multiple of 4, so each part decodes alone. */
export const WEIGHT_CHARS_PER_FILE = 900_000;

/** The serialised gazetteer (the content of models/ner-gazetteer.json). */
export interface SerializedGazetteer {
  readonly count: number;
  readonly maxLength: number;
  /** `count` little-endian uint32 phrase hashes, in the order a HashTable fills its slots (tableOrder). */
  readonly hashes: string;
  /** One GAZETTEER_LISTS bit mask per phrase. */
  readonly masks: string;
}

export interface NerModel extends CachingScorer {
  readonly gazetteer: Gazetteer;
  readonly featureCount: number;
}

/** Low mantissa bits of a packed weight that hold its label (LABEL_COUNT <= 32). */
export const LABEL_MASK = 31;
/** Row references (see loadModel): the flag of a dense row, and where the offset starts. */
export const DENSE_FLAG = 32;
export const ROW_SHIFT = 6;

if (LABEL_COUNT !== 17) throw new Error('addDense is unrolled for 17 labels');

/**
 * scores[y] += weights[at + y] for the 17 labels, unrolled: a fixed run of independent adds
 * with no loop branch to mispredict, about twice as fast as the loop on these short rows.
 */
function addDense(scores: Float64Array, weights: Float32Array, at: number): void {
  scores[0]! += weights[at]!;
  scores[1]! += weights[at + 1]!;
  scores[2]! += weights[at + 2]!;
  scores[3]! += weights[at + 3]!;
  scores[4]! += weights[at + 4]!;
  scores[5]! += weights[at + 5]!;
  scores[6]! += weights[at + 6]!;
  scores[7]! += weights[at + 7]!;
  scores[8]! += weights[at + 8]!;
  scores[9]! += weights[at + 9]!;
  scores[10]! += weights[at + 10]!;
  scores[11]! += weights[at + 11]!;
  scores[12]! += weights[at + 12]!;
  scores[13]! += weights[at + 13]!;
  scores[14]! += weights[at + 14]!;
  scores[15]! += weights[at + 15]!;
  scores[16]! += weights[at + 16]!;
}

export function loadModel(m: SerializedModel, g: SerializedGazetteer, c?: SerializedClusters): NerModel {
  const n = m.featureCount;
  const bytes = m.format === 2 && m.labels.length === LABEL_COUNT ? decodeBase64Parts(m.weights) : undefined;
  if (bytes?.length !== 4 * (2 * n + m.sparseWeights + m.denseRows * LABEL_COUNT)) {
    throw new Error('models/ner.json does not match this version of precis; run npm run train:ner');
  }
  // Rows stay sparse at run time too (about three labels per feature), so scoring a feature
  // costs its few non-zero weights rather than all LABEL_COUNT of them. Memory reads are what
  // bound the speed, so each weight is one float32 whose lowest 5 mantissa bits hold its
  // label (a relative change below 1e-5), and the hash table's value packs the row's start
  // and length: a feature costs one read in the table and one short run of entries.
  //
  // Except for the features that carry weights for many labels (the bias, common words and
  // shapes): few in the model, they are most of what is summed, so their rows are stored
  // dense, all LABEL_COUNT weights (zeros included), and added by a fixed unrolled run
  // (addDense) instead of one label lookup per weight. Adding a zero leaves a sum unchanged,
  // so scores are the same to the bit.
  //
  // A row reference packs offset << ROW_SHIFT | flag | length: the length (< 32) of a sparse
  // row, or DENSE_FLAG and the offset into `dense`. The file holds all of these as they are.
  const hashes = readInt32(bytes, n);
  const rowOf = readInt32(bytes, n, 4 * n);
  // Copies (1.5 MB, a fraction of a millisecond), so the hashes and references are not kept.
  const packedBits = readInt32(bytes, m.sparseWeights, 8 * n).slice();
  const packed = new Float32Array(packedBits.buffer);
  const dense = new Float32Array(readInt32(bytes, m.denseRows * LABEL_COUNT, 4 * (2 * n + m.sparseWeights)).slice().buffer);

  const table = new HashTable(hashes, rowOf);
  const phraseHashes = readInt32(decodeBase64(g.hashes), g.count);
  const phrases = new HashTable(phraseHashes, decodeBase64(g.masks));

  // Two passes: first every feature's row, then the weights. The probes of the first pass do
  // not depend on each other, so the CPU overlaps their cache misses instead of waiting on
  // each in turn; the second pass adds in the same order as a single pass would.
  const rows = new Int32Array(MAX_FEATURES);
  const findRows = (features: Int32Array, count: number): number => {
    let found = 0;
    for (let k = 0; k < count; k++) {
      const row = table.find(features[k]! | 0);
      rows[found] = row;
      if (row >= 0) found++;
    }
    return found;
  };
  // One loop per target type, so each stays monomorphic: the decoder sums in float64, the
  // cached intrinsic and label tables in float32 (rounding after every addition).
  const score = (features: Int32Array, count: number, scores: Float64Array) => {
    const found = findRows(features, count);
    for (let r = 0; r < found; r++) {
      const row = rows[r]!;
      if ((row & DENSE_FLAG) !== 0) addDense(scores, dense, row >> ROW_SHIFT);
      else for (let e = row >> ROW_SHIFT, end = e + (row & LABEL_MASK); e < end; e++) scores[packedBits[e]! & LABEL_MASK]! += packed[e]!;
    }
  };
  const score32 = (features: Int32Array, count: number, scores: Float32Array, at: number) => {
    const found = findRows(features, count);
    for (let r = 0; r < found; r++) {
      const row = rows[r]!;
      if ((row & DENSE_FLAG) !== 0) for (let y = 0, o = row >> ROW_SHIFT; y < LABEL_COUNT; y++) scores[at + y]! += dense[o + y]!;
      else for (let e = row >> ROW_SHIFT, end = e + (row & LABEL_MASK); e < end; e++) scores[at + (packedBits[e]! & LABEL_MASK)]! += packed[e]!;
    }
  };
  const buffer = new Int32Array(MAX_FEATURES);

  // Label-history weights for every (prev, prev2), prev and prev2 from -1 (sentence start).
  const labelWeights = new Float32Array((LABEL_COUNT + 1) * (LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = -1; prev < LABEL_COUNT; prev++) {
    for (let prev2 = -1; prev2 < LABEL_COUNT; prev2++) {
      score32(buffer, labelFeatures(prev, prev2, buffer, 0), labelWeights, ((prev + 1) * (LABEL_COUNT + 1) + prev2 + 1) * LABEL_COUNT);
    }
  }

  // The history feature's weights for its 12 values (history -1 to 4, capitalised or not):
  // each hypothesis a beam extends scores one, so a table read here saves a probe there.
  const historyWeights = new Float32Array(12 * LABEL_COUNT);
  for (let history = -1; history <= 4; history++) {
    for (let capitalised = 0; capitalised < 2; capitalised++) {
      buffer[0] = historyFeature(history, capitalised);
      score32(buffer, 1, historyWeights, ((history + 1) * 2 + capitalised) * LABEL_COUNT);
    }
  }

  // Neighbour cluster weights per (position, granularity, cluster), and per position for a
  // word not in the table: a neighbour's clusters cost a few dense adds instead of a probe
  // each. Rows are filled on first use, so loading does not pay for all 4 × 1,345 of them.
  const clusters = c === undefined ? undefined : loadClusters(c);
  const levelStart = [0];
  for (const k of c?.granularities ?? []) levelStart.push(levelStart[levelStart.length - 1]! + k);
  const levels = levelStart.length - 1;
  const slots = levelStart[levels]! + 1; // the last: not in the table
  const clusterWeights = new Float32Array(NEIGHBOUR_OFFSETS.length * slots * LABEL_COUNT);
  const filled = new Uint8Array(NEIGHBOUR_OFFSETS.length * slots);
  /** Offset in clusterWeights of neighbour p's row for cluster `id` of granularity g (g = UNLISTED: none). */
  const clusterRow = (p: number, g: number, id: number): number => {
    const row = p * slots + (g === UNLISTED ? slots - 1 : levelStart[g]! + id);
    if (filled[row] === 0) {
      buffer[0] = neighbourClusterFeature(p, g, id);
      score32(buffer, 1, clusterWeights, row * LABEL_COUNT);
      filled[row] = 1;
    }
    return row * LABEL_COUNT;
  };

  // Intrinsic weights per spelling; bounded so a long batch cannot grow it without limit.
  const intrinsicCache = new IntrinsicCache(100_000);

  const sparseRow = new Float32Array(LABEL_COUNT);
  const fillIntrinsic = (d: PreparedDocument, i: number, at: number) => score32(buffer, intrinsicFeatures(d, i, buffer, 0), intrinsicCache.weights, at);

  return {
    featureCount: m.featureCount,
    // The token's own row, then each neighbour cluster row added whole: per label the same
    // additions in the same order as scoring one by one (so the same sums to the bit).
    tokenScores(d: PreparedDocument, i: number, scores: Float64Array) {
      const key = d.keys[i]!;
      const hash = hashString(key);
      let own = intrinsicCache.find(key, hash);
      if (own < 0) {
        own = intrinsicCache.add(key, hash);
        fillIntrinsic(d, i, own);
      }
      const ownWeights = intrinsicCache.weights;
      for (let y = 0; y < LABEL_COUNT; y++) scores[y] = ownWeights[own + y]!;
      for (let p = 0; p < NEIGHBOUR_OFFSETS.length; p++) {
        const j = neighbourOf(d, i, p);
        if (j < 0) continue;
        const packed = d.cluster[j]!;
        if (packed < 0) addDense(scores, clusterWeights, clusterRow(p, UNLISTED, 0));
        for (let g = 0; g < levels && packed >= 0; g++) addDense(scores, clusterWeights, clusterRow(p, g, (packed >> (g * CLUSTER_BITS)) & CLUSTER_MASK));
      }
    },
    // The previous label with the word is looked up (a dense row read as it is, a sparse one
    // spread over zeros: adding 0 leaves a sum as it was), the history's row tabulated.
    hypothesisScores(d: PreparedDocument, i: number, prev: number, prev2: number, history: number, base: Float64Array, scores: Float64Array) {
      const lab = ((prev + 1) * (LABEL_COUNT + 1) + prev2 + 1) * LABEL_COUNT;
      const hist = ((history + 1) * 2 + capitalisedOf(d, i)) * LABEL_COUNT;
      const row = table.find(prevLabelWordFeature(d, i, prev) | 0);
      let word = dense;
      let at = row >> ROW_SHIFT;
      if (row < 0 || (row & DENSE_FLAG) === 0) {
        sparseRow.fill(0);
        if (row >= 0) for (let e = at, end = e + (row & LABEL_MASK); e < end; e++) sparseRow[packedBits[e]! & LABEL_MASK] = packed[e]!;
        word = sparseRow;
        at = 0;
      }
      let max = -Infinity;
      for (let y = 0; y < LABEL_COUNT; y++) {
        const sum = base[y]! + labelWeights[lab + y]! + word[at + y]! + historyWeights[hist + y]!;
        scores[y] = sum;
        if (sum > max) max = sum;
      }
      return max;
    },
    gazetteer: {
      maxLength: g.maxLength,
      clusters,
      lookup(hash) {
        const mask = phrases.find(hash | 0);
        return mask < 0 ? 0 : mask;
      },
    },
    score,
  };
}
