import { describe, expect, it } from 'vitest';
import { quantize, runTimeLayout } from '../../scripts/ner/model-file.js';
import { LABELS, LABEL_COUNT } from '../../src/core/entities/labels.js';
import { loadModel } from '../../src/core/entities/model.js';
import { madeUpWeights, scorerOf } from './made-up-model.js';

/**
 * The trainer writes the weights in the layout loading uses as it is (model.ts); the two must
 * agree on every offset, flag and bit, or a feature scores another feature's weights.
 */
describe('the model file’s run-time layout', () => {
  const { hashes, avg } = madeUpWeights();
  const q = quantize(hashes, avg, 0.65);
  const { counts, bytes } = runTimeLayout(q);
  const score = scorerOf(counts, bytes);

  it('keeps one dense row and the sparse weights of the others, the pruned feature out', () => {
    expect(counts).toEqual({ featureCount: 4, sparseWeights: 6, denseRows: 1 });
  });

  it('scores each kept feature with its own weights, to a byte’s step of its row’s largest', () => {
    hashes.forEach((hash, f) => {
      const got = score(hash);
      const step = Math.max(...avg.subarray(f * LABEL_COUNT, (f + 1) * LABEL_COUNT).map(Math.abs)) / 127;
      for (let y = 0; y < LABEL_COUNT; y++) {
        const want = Math.abs(avg[f * LABEL_COUNT + y]!) < 0.65 ? 0 : avg[f * LABEL_COUNT + y]!;
        expect([hash, y, Math.abs(got[y]! - want) <= step]).toEqual([hash, y, true]);
        expect([hash, y, got[y] === 0]).toEqual([hash, y, want === 0]);
      }
    });
  });

  it('scores a feature it does not hold as nothing', () => {
    expect([...score(0x5555)]).toEqual(new Array(LABEL_COUNT).fill(0));
  });

  it('refuses weights that do not match the counts, or a model of the former format, with a clear error', () => {
    const gazetteer = { count: 0, maxLength: 1, hashes: '', masks: '' };
    const short = Buffer.from(bytes.subarray(0, bytes.length - 4)).toString('base64');
    expect(() => loadModel({ format: 2, labels: LABELS, ...counts, weights: [short] }, gazetteer)).toThrow(/ner\.json does not match/);
    const former = { format: 1, labels: LABELS, ...counts, weights: [Buffer.from(bytes).toString('base64')] } as unknown as Parameters<typeof loadModel>[0];
    expect(() => loadModel(former, gazetteer)).toThrow(/ner\.json does not match/);
  });
});
