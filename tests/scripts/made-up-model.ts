import { LABELS, LABEL_COUNT } from '../../src/core/entities/labels.js';
import { loadModel, type NerModel } from '../../src/core/entities/model.js';

/**
 * Made-up averaged weights for the model file's tests: a row over every label (stored dense),
 * rows of one to three labels (sparse), a row all under the pruning threshold of 0.65 (dropped),
 * in an order a table reorders.
 */
export function madeUpWeights(): { hashes: number[]; avg: Float64Array } {
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
  return { hashes, avg };
}

type Counts = { featureCount: number; sparseWeights: number; denseRows: number };

/** The model in these counts and bytes, with no gazetteer. */
export function modelOf(counts: Counts, bytes: Uint8Array): NerModel {
  return loadModel(
    { format: 2, labels: LABELS, ...counts, weights: [Buffer.from(bytes).toString('base64')] },
    { count: 0, maxLength: 1, hashes: '', masks: '' },
  );
}

/** A feature's scores, one per label, from the model in these counts and bytes (no gazetteer). */
export function scorerOf(counts: Counts, bytes: Uint8Array): (hash: number) => Float64Array {
  const model = modelOf(counts, bytes);
  return (hash) => {
    const out = new Float64Array(LABEL_COUNT);
    model.score(Int32Array.of(hash), 1, out);
    return out;
  };
}
