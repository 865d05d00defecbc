/**
 * A speed experiment's tool, not a way to make a model: the shipped model with every weight of
 * magnitude under P dropped (and the features left with none), without retraining, written in
 * the same format so a copy of the package can be timed against main (docs/performance.md:
 * how much a smaller model speeds the tagger). Labels change; cross-validation, not this, says
 * what a smaller model costs (`npm run train:ner -- … --cv 5 --cv-prune P`).
 *
 *   npx tsx scripts/ner/reprune-model.ts P OUT_DIR   (writes OUT_DIR/ner.json and its weight files)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeBase64Parts } from '../../src/core/entities/base64.js';
import { readInt32 } from '../../src/core/entities/hash-table.js';
import { LABEL_COUNT } from '../../src/core/entities/labels.js';
import { DENSE_FLAG, LABEL_MASK, ROW_SHIFT, type ModelFile } from '../../src/core/entities/model.js';
import { DENSE_MIN, laidOut, weightFileParts, type WeightRow } from './model-file.js';

type Counts = Pick<ModelFile, 'featureCount' | 'sparseWeights' | 'denseRows'>;

/**
 * The model's bytes (SerializedModel's layout) with weights under `prune` dropped. Kept keys
 * are inserted in the file's order (the table's), and rows keep their order, so at 0 the bytes
 * come out as they went in.
 */
export function reprune(bytes: Uint8Array, counts: Counts, prune: number): { counts: Counts; bytes: Uint8Array } {
  const n = counts.featureCount;
  const hashes = readInt32(bytes, n);
  const refs = readInt32(bytes, n, 4 * n);
  const sparse = readInt32(bytes, counts.sparseWeights, 8 * n);
  const dense = readInt32(bytes, counts.denseRows * LABEL_COUNT, 4 * (2 * n + counts.sparseWeights));
  const value = new Float32Array(1);
  const bits = new Int32Array(value.buffer);
  const big = (b: number) => ((bits[0] = b), Math.abs(value[0]!) >= prune);
  const kept: { hash: number; weights: number[]; at: number }[] = [];
  for (let f = 0; f < n; f++) {
    const ref = refs[f]!;
    const at = ref >> ROW_SHIFT;
    const row = (ref & DENSE_FLAG) !== 0 ? [...dense.subarray(at, at + LABEL_COUNT)].filter((b) => b !== 0) : [...sparse.subarray(at, at + (ref & LABEL_MASK))];
    const weights = row.filter(big);
    // Rows in their old order: the dense ones after every sparse one.
    if (weights.length > 0) kept.push({ hash: hashes[f]!, weights, at: (ref & DENSE_FLAG) !== 0 ? at + 2 ** 30 : at });
  }
  const rows = kept.map(({ weights }): WeightRow => {
    if (weights.length < DENSE_MIN) return { dense: false, bits: weights };
    const spread = new Array<number>(LABEL_COUNT).fill(0);
    for (const b of weights) spread[b & LABEL_MASK] = b;
    return { dense: true, bits: spread };
  });
  const rowOrder = kept.map((_, f) => f).sort((a, b) => kept[a]!.at - kept[b]!.at);
  return laidOut(
    kept.map((row) => row.hash),
    rows,
    rowOrder,
  );
}

/** The model in `dir` as loading reads it: ner.json and the bytes of its weight files. */
export function readModel(dir: string): { file: ModelFile; bytes: Uint8Array } {
  const file = JSON.parse(readFileSync(join(dir, 'ner.json'), 'utf8')) as ModelFile;
  const parts = Array.from(
    { length: file.weightFiles },
    (_, i) => (JSON.parse(readFileSync(join(dir, `ner-weights-${i + 1}.json`), 'utf8')) as { weights: string }).weights,
  );
  return { file, bytes: decodeBase64Parts(parts) };
}

/** The files (name, text) of the model `file` with `result`'s counts and bytes, written as the trainer writes them. */
export function modelFiles(file: ModelFile, result: { counts: Counts; bytes: Uint8Array }): [string, string][] {
  const weightParts = weightFileParts(result.bytes);
  return [
    ['ner.json', `${JSON.stringify({ ...file, ...result.counts, weightFiles: weightParts.length })}\n`],
    ...weightParts.map((weights, i): [string, string] => [`ner-weights-${i + 1}.json`, `${JSON.stringify({ weights })}\n`]),
  ];
}

function main(): void {
  const [threshold, out] = process.argv.slice(2);
  const prune = Number(threshold);
  if (!out || !(prune >= 0)) {
    process.stderr.write('usage: npx tsx scripts/ner/reprune-model.ts P OUT_DIR (P: a weight threshold, 0 or more)\n');
    process.exit(2);
  }
  const { file, bytes } = readModel('models');
  const result = reprune(bytes, file, prune);
  const files = modelFiles(file, result);
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  process.stderr.write(`kept ${result.counts.featureCount} of ${file.featureCount} features, ${files.length - 1} weight files in ${out}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
