/**
 * The trained tagger as shipped: feature hashes and their weights (sparse rows of bytes) in
 * models/ner.json, the gazetteer's phrase hashes in models/ner-gazetteer.json, both base64 in JSON
 * files that scripts/train-ner.ts writes. Loading builds open-addressing tables, so scoring
 * a feature is a probe and a short run of weights: no Map, no strings.
 */
import { decodeBase64 } from './base64.js';
import type { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './labels.js';
import { MAX_FEATURES, intrinsicFeatures, labelFeatures, type PreparedDocument } from './features.js';
import type { CachingScorer } from './tagger.js';

/** The serialised form (the content of models/ner.json). */
export interface SerializedModel {
  readonly format: 1;
  readonly labels: readonly string[];
  /** Number of features; `features` holds that many little-endian uint32 hashes. */
  readonly featureCount: number;
  readonly features: string;
  /**
   * Sparse rows, one per feature in `features` order: a count n, a scale code e (byte),
   * then n pairs (label, signed byte b). The weight is b / 127 · minWeight · exp(e · scaleStep).
   */
  readonly weights: string;
  readonly minWeight: number;
  readonly scaleStep: number;
}

/** The serialised gazetteer (the content of models/ner-gazetteer.json). */
export interface SerializedGazetteer {
  readonly count: number;
  readonly maxLength: number;
  /** `count` little-endian uint32 phrase hashes. */
  readonly hashes: string;
  /** One GAZETTEER_LISTS bit mask per phrase. */
  readonly masks: string;
}

export interface NerModel extends CachingScorer {
  readonly gazetteer: Gazetteer;
  readonly featureCount: number;
}

function readUint32(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0, b = 0; i < count; i++, b += 4) out[i] = (bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24)) >>> 0;
  return out;
}

/**
 * Open addressing over int32 keys (none is 0) with non-negative int32 values, key and value
 * side by side so a probe touches one cache line. Load factor about 0.5.
 */
class HashTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(keys: Uint32Array, values: ArrayLike<number>) {
    let size = 1;
    while (size < keys.length * 1.5) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i]! & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = keys[i]! | 0;
      this.slots[slot * 2 + 1] = values[i]!;
    }
  }
  /** The value stored for `key`, or -1. */
  find(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.slots[slot * 2]!;
      if (k === key) return this.slots[slot * 2 + 1]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Low mantissa bits of a packed weight that hold its label (LABEL_COUNT <= 32). */
const LABEL_MASK = 31;

export function loadModel(m: SerializedModel, g: SerializedGazetteer): NerModel {
  if (m.format !== 1 || m.labels.length !== LABEL_COUNT) throw new Error('models/ner.json does not match this version of precis; run npm run train:ner');
  const hashes = readUint32(decodeBase64(m.features), m.featureCount);
  // Rows stay sparse at run time too (about three labels per feature), so scoring a feature
  // costs its few non-zero weights rather than all LABEL_COUNT of them. Memory reads are what
  // bound the speed, so each weight is one float32 whose lowest 5 mantissa bits hold its
  // label (a relative change below 1e-5), and the hash table's value packs the row's start
  // and length: a feature costs one read in the table and one short run of entries.
  const entries = decodeBase64(m.weights);
  const rowOf = new Int32Array(m.featureCount);
  const packed = new Float32Array((entries.length - 2 * m.featureCount) / 2);
  const packedBits = new Int32Array(packed.buffer);
  for (let f = 0, at = 0, e = 0; f < m.featureCount; f++) {
    const n = entries[at]!;
    const scale = (m.minWeight * Math.exp(entries[at + 1]! * m.scaleStep)) / 127;
    at += 2;
    rowOf[f] = (e << 5) | n;
    for (let k = 0; k < n; k++, at += 2, e++) {
      const b = entries[at + 1]!;
      packed[e] = (b < 128 ? b : b - 256) * scale;
      packedBits[e] = (packedBits[e]! & ~LABEL_MASK) | entries[at]!;
    }
  }

  const table = new HashTable(hashes, rowOf);
  const phraseHashes = readUint32(decodeBase64(g.hashes), g.count);
  const phrases = new HashTable(phraseHashes, decodeBase64(g.masks));

  const score = (features: Int32Array, count: number, scores: Float64Array | Float32Array) => {
    for (let k = 0; k < count; k++) {
      const row = table.find(features[k]! | 0);
      if (row < 0) continue;
      for (let e = row >> 5, end = e + (row & 31); e < end; e++) scores[packedBits[e]! & LABEL_MASK]! += packed[e]!;
    }
  };
  const buffer = new Int32Array(MAX_FEATURES);

  // Label-history weights for every (prev, prev2), prev and prev2 from -1 (sentence start).
  const labelTable: Float32Array[] = [];
  for (let prev = -1; prev < LABEL_COUNT; prev++) {
    for (let prev2 = -1; prev2 < LABEL_COUNT; prev2++) {
      const v = new Float32Array(LABEL_COUNT);
      score(buffer, labelFeatures(prev, prev2, buffer, 0), v);
      labelTable.push(v);
    }
  }

  // Intrinsic weights per spelling; bounded so a long batch cannot grow it without limit.
  const intrinsicCache = new Map<string, Float32Array>();
  const CACHE_LIMIT = 100_000;

  return {
    featureCount: m.featureCount,
    intrinsic(d: PreparedDocument, i: number) {
      const key = d.keys[i]!;
      let v = intrinsicCache.get(key);
      if (v === undefined) {
        if (intrinsicCache.size >= CACHE_LIMIT) intrinsicCache.clear();
        v = new Float32Array(LABEL_COUNT);
        score(buffer, intrinsicFeatures(d, i, buffer, 0), v);
        intrinsicCache.set(key, v);
      }
      return v;
    },
    labels(prev: number, prev2: number) {
      return labelTable[(prev + 1) * (LABEL_COUNT + 1) + prev2 + 1]!;
    },
    gazetteer: {
      maxLength: g.maxLength,
      lookup(hash) {
        const mask = phrases.find(hash | 0);
        return mask < 0 ? 0 : mask;
      },
    },
    score,
  };
}
