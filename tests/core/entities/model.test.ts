import { describe, expect, it } from 'vitest';
import {
  NEIGHBOUR_OFFSETS,
  UNLISTED,
  capitalisedOf,
  historyFeature,
  intrinsicFeatures,
  labelFeatures,
  neighbourClusterFeature,
  neighbourOf,
  prevLabelWordFeature,
} from '../../../src/core/entities/features.js';
import { CLUSTER_BITS, CLUSTER_MASK } from '../../../src/core/entities/clusters.js';
import { getNerModel } from '../../../src/core/entities/index.js';
import { LABEL_COUNT } from '../../../src/core/entities/labels.js';
import { prepareDocument } from '../../../src/core/entities/prepare.js';
import { EntityScratch } from '../../../src/core/entities/scratch.js';

/**
 * The fast path must give the decoder the very sums it would get by scoring feature by
 * feature (tables summed in float32 as they are filled, then added label by label in the
 * same order), so that tagging stays the same to the bit.
 */
describe('the shipped model’s fast path', () => {
  const m = getNerModel();
  const words = [
    'Ms',
    'Quilla',
    'Varnet',
    'of',
    'the',
    'Orlow',
    'Harbour',
    'Trust',
    'told',
    'reporters',
    'in',
    'London',
    'on',
    'Monday',
    'that',
    'the',
    'bank',
    'would',
    'grow',
    '.',
  ];
  const d = prepareDocument({ words, sentenceStarts: [0] }, m.gazetteer, new EntityScratch());
  /** One feature's weights, as the model stores them (float32 values). */
  const weights = (feature: number) => {
    const out = new Float64Array(LABEL_COUNT);
    m.score(Int32Array.of(feature), 1, out);
    return out;
  };
  /** Features' weights summed as a float32 table is filled: rounded after every addition. */
  const table32 = (features: Iterable<number>) => {
    const sum = new Float32Array(LABEL_COUNT);
    for (const f of features) {
      const w = weights(f);
      for (let y = 0; y < LABEL_COUNT; y++) sum[y] = sum[y]! + w[y]!;
    }
    return Float64Array.from(sum);
  };

  /** tokenScores of every token of `doc` against its features scored one by one. */
  const expectTokenScores = (doc: typeof d) => {
    for (let i = 0; i < doc.length; i++) {
      const buffer = new Int32Array(128);
      const expected = table32(buffer.subarray(0, intrinsicFeatures(doc, i, buffer, 0)));
      for (let p = 0; p < NEIGHBOUR_OFFSETS.length; p++) {
        const j = neighbourOf(doc, i, p);
        if (j < 0) continue;
        const packed = doc.cluster[j]!;
        const rows = packed < 0 ? [neighbourClusterFeature(p, UNLISTED, 0)] : [];
        for (let g = 0; g < doc.clusterLevels && packed >= 0; g++) rows.push(neighbourClusterFeature(p, g, (packed >> (g * CLUSTER_BITS)) & CLUSTER_MASK));
        for (const row of rows) {
          const w = table32([row]);
          for (let y = 0; y < LABEL_COUNT; y++) expected[y]! += w[y]!;
        }
      }
      const got = new Float64Array(LABEL_COUNT);
      m.tokenScores(doc, i, got);
      expect(got).toEqual(expected);
    }
  };

  it('sums a token’s own features and its neighbours’ clusters as scoring them one by one would', () => {
    expectTokenScores(d);
  });

  it('keeps apart the spellings of one word in a document, and the same spelling in another', () => {
    // One word id for all four spellings: each must get its own intrinsic weights.
    const spellings = ['Harbour', 'said', 'HARBOUR', 'harbour', 'Harbour', 'Varnet', '.'];
    expectTokenScores(prepareDocument({ words: spellings, sentenceStarts: [0] }, m.gazetteer, new EntityScratch()));
    expectTokenScores(prepareDocument({ words: [...spellings].reverse(), sentenceStarts: [0] }, m.gazetteer, new EntityScratch()));
  });

  it('adds a hypothesis’s label-history and state features to the token’s scores in order, and finds the highest', () => {
    const base = Float64Array.from({ length: LABEL_COUNT }, (_, y) => Math.sin(y + 1) * 3.7);
    const cases: [number, number, number, number][] = [];
    for (let i = 0; i < d.length; i++)
      for (let prev = -1; prev < LABEL_COUNT; prev++)
        for (const [prev2, history] of [
          [-1, -1],
          [0, 4],
          [5, 1],
        ] as const)
          cases.push([i, prev, prev2, history]);
    for (const [i, prev, prev2, history] of cases) {
      const buffer = new Int32Array(4);
      const label = table32(buffer.subarray(0, labelFeatures(prev, prev2, buffer, 0)));
      const word = weights(prevLabelWordFeature(d, i, prev));
      const past = weights(historyFeature(history, capitalisedOf(d, i)));
      const expected = base.map((b, y) => b + label[y]! + word[y]! + past[y]!);
      const got = new Float64Array(LABEL_COUNT);
      expect(m.hypothesisScores(d, i, prev, prev2, history, base, got)).toBe(Math.max(...expected));
      expect(got).toEqual(expected);
    }
  });
});
