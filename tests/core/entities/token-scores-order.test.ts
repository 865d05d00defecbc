import { describe, expect, it } from 'vitest';
import { quantize, runTimeLayout } from '../../../scripts/ner/model-file.js';
import { UNLISTED, intrinsicFeatures, neighbourClusterFeature } from '../../../src/core/entities/features.js';
import { LABEL_COUNT } from '../../../src/core/entities/labels.js';
import { prepareDocument } from '../../../src/core/entities/prepare.js';
import { EntityScratch } from '../../../src/core/entities/scratch.js';
import { modelOf } from '../../scripts/made-up-model.js';

/**
 * tokenScores adds a token's own row, then its neighbours' cluster rows in NEIGHBOUR_OFFSETS
 * order, so that its sums are the decoder's to the bit. On the shipped model's weights the
 * sums come out the same in any order (float32 weights of like size sum exactly in float64):
 * model.test.ts stays green with the neighbours added in reverse or the own row last. Here
 * made-up weights tell: the own row is 2^60, the first neighbour's -2^60, the second's about
 * 1; in that order the sum is the last, about 1, while an order that adds the 1 to a 2^60
 * first loses it (0).
 */
describe('tokenScores’s order of addition', () => {
  const huge = 2 ** 60;
  const label = 1;
  const words = ['Ann', 'Orlow', 'Varnet', 'told', 'Quill'];
  const emptyModel = modelOf({ featureCount: 0, sparseWeights: 0, denseRows: 0 }, new Uint8Array(0));
  const d = prepareDocument({ words, sentenceStarts: [0] }, emptyModel.gazetteer, new EntityScratch());
  const i = 2; // four neighbours in the sentence, none in a cluster (the model has no cluster table)
  const own = new Int32Array(128);
  intrinsicFeatures(d, i, own, 0);
  const rows = [own[0]!, neighbourClusterFeature(0, UNLISTED, 0), neighbourClusterFeature(1, UNLISTED, 0)];
  const avg = new Float64Array(rows.length * LABEL_COUNT);
  [huge, -huge, 1].forEach((w, r) => (avg[r * LABEL_COUNT + label] = w));
  const q = quantize(rows, avg, 0.5);
  const { counts, bytes } = runTimeLayout(q);
  const model = modelOf(counts, bytes);
  const weight = (feature: number) => {
    const out = new Float64Array(LABEL_COUNT);
    model.score(Int32Array.of(feature), 1, out);
    return out[label]!;
  };
  const [a, b, c] = rows.map(weight);

  it('uses weights for which the order of addition shows', () => {
    expect(c).toBeGreaterThan(0.5);
    expect(a! + b! + c!).toBe(c);
    expect(a! + c! + b!).toBe(0);
    expect(b! + c! + a!).toBe(0);
  });

  it('adds the token’s own row first, then its neighbours’ rows in NEIGHBOUR_OFFSETS order', () => {
    const got = new Float64Array(LABEL_COUNT);
    model.tokenScores(prepareDocument({ words, sentenceStarts: [0] }, model.gazetteer, new EntityScratch()), i, got);
    expect(got[label]).toBe(c);
    expect([...got].filter((_, y) => y !== label)).toEqual(new Array(LABEL_COUNT - 1).fill(0));
  });
});
