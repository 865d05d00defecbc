/**
 * Word clusters: classes of words learned from unlabelled text (GloVe-derived vectors grouped
 * by k-means at a few granularities, scripts/ner/build-clusters.ts). A word the tagger never
 * saw in training shares its cluster with ones it did ("Tulane" with other colleges, "TikTok"
 * with apps), so cluster features carry what the labelled words taught over to new ones
 * (Turian, Ratinov & Bengio 2010; Ratinov & Roth 2009). Shipped as models/ner-clusters.json.
 */
import { decodeBase64 } from './base64.js';
import { HashTable, readInt32 } from './hash-table.js';

/** The serialised table (the content of models/ner-clusters.json). */
export interface SerializedClusters {
  readonly format: 1;
  readonly count: number;
  /** Cluster counts, one clustering each (e.g. 64, 256, 1024), at most MAX_LEVELS, each ≤ 1024. */
  readonly granularities: readonly number[];
  /** `count` little-endian uint32 word hashes (wordHash: lower case, digits as 0). */
  readonly hashes: string;
  /** `count` little-endian uint32s, each word's clusters packed as WordClusters.of gives them. */
  readonly clusters: string;
}

/** Bits per granularity in a packed value: cluster ids below 1024. */
export const CLUSTER_BITS = 10;
export const CLUSTER_MASK = (1 << CLUSTER_BITS) - 1;
export const MAX_LEVELS = 3;

export interface WordClusters {
  /** Number of granularities in a packed value. */
  readonly levels: number;
  /**
   * The word's clusters packed CLUSTER_BITS per granularity, coarsest lowest
   * (level g is (packed >> g * CLUSTER_BITS) & CLUSTER_MASK), or -1 for a word not in the table.
   */
  of(wordHash: number): number;
}

export function loadClusters(c: SerializedClusters): WordClusters {
  const levels = c.granularities.length;
  if (c.format !== 1 || levels > MAX_LEVELS || c.granularities.some((k) => k > CLUSTER_MASK + 1)) {
    throw new Error('models/ner-clusters.json does not match this version of precis; run npm run build:clusters');
  }
  const table = new HashTable(readInt32(decodeBase64(c.hashes), c.count), readInt32(decodeBase64(c.clusters), c.count));
  return { levels, of: (wordHash) => table.find(wordHash) };
}
