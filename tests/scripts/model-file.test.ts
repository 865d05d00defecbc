import { describe, expect, it } from 'vitest';
import { quantize, runTimeLayout } from '../../scripts/ner/model-file.js';
import { LABELS, LABEL_COUNT } from '../../src/core/entities/labels.js';
import { loadModel } from '../../src/core/entities/model.js';

/**
 * The trainer writes the weights in the layout loading uses as it is (model.ts); the two must
 * agree on every offset, flag and bit, or a feature scores another feature's weights.
 */
describe('the model file’s run-time layout', () => {
  // Made-up averaged weights: a row over every label (stored dense), rows of one to three
  // labels (sparse), a row all under the pruning threshold (dropped), in an order a table reorders.
  const hashes = [0x3a11, 0x0d07, 0x7f10, 0x0d17, 0x1234];
  const avg = new Float64Array(hashes.length * LABEL_COUNT);
  for (let y = 0; y < LABEL_COUNT; y++) avg[y] = (y % 2 ? 1 : -1) * (1 + y / 4);
  avg[LABEL_COUNT + 3] = 2.5;
  avg[2 * LABEL_COUNT + 0] = -0.9;
  avg[2 * LABEL_COUNT + 16] = 7;
  avg[2 * LABEL_COUNT + 8] = 0.2;
  avg[3 * LABEL_COUNT + 5] = 0.3;
  avg[4 * LABEL_COUNT + 1] = 3;
  avg[4 * LABEL_COUNT + 2] = -3;
  avg[4 * LABEL_COUNT + 4] = 1.5;

  const q = quantize(hashes, avg, 0.65);
  const { counts, bytes } = runTimeLayout(q);
  const model = loadModel(
    { format: 2, labels: LABELS, ...counts, weights: [Buffer.from(bytes).toString('base64')] },
    { count: 0, maxLength: 1, hashes: '', masks: '' },
  );
  const score = (hash: number) => {
    const out = new Float64Array(LABEL_COUNT);
    model.score(Int32Array.of(hash), 1, out);
    return out;
  };

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
