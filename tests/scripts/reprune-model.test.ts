import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quantize, runTimeLayout } from '../../scripts/ner/model-file.js';
import { modelFiles, readModel, reprune } from '../../scripts/ner/reprune-model.js';
import { madeUpWeights, scorerOf } from './made-up-model.js';

/** A model file re-pruned for a speed experiment must still be the same model, less its small weights. */
describe('reprune', () => {
  const { hashes, avg } = madeUpWeights();
  const { counts, bytes } = runTimeLayout(quantize(hashes, avg, 0.65));
  const before = scorerOf(counts, bytes);

  it('gives back the same bytes at 0', () => {
    const same = reprune(bytes, counts, 0);
    expect(same.counts).toEqual(counts);
    expect(Buffer.from(same.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps each weight of at least the threshold as it was and drops the rest, with features left empty', () => {
    const smaller = reprune(bytes, counts, 2.1);
    // The dense row keeps its 12 weights over 2.1 (still dense); 0x0d07 keeps 2.5, 0x7f10 keeps 7,
    // 0x1234 keeps 3 and -3; 0x0d17 was already pruned.
    expect(smaller.counts).toEqual({ featureCount: 4, sparseWeights: 4, denseRows: 1 });
    const after = scorerOf(smaller.counts, smaller.bytes);
    for (const hash of hashes) expect([...after(hash)]).toEqual([...before(hash)].map((w) => (Math.abs(w) >= 2.1 ? w : 0)));
  });

  it('stores a dense row left with fewer than DENSE_MIN weights sparse, and drops features left empty', () => {
    const smaller = reprune(bytes, counts, 3.6);
    // The dense row keeps its 6 weights of 3.75 to 5 (now sparse); 0x7f10 keeps 7; 0x0d07 and 0x1234 lose all theirs.
    expect(smaller.counts).toEqual({ featureCount: 2, sparseWeights: 7, denseRows: 0 });
    const after = scorerOf(smaller.counts, smaller.bytes);
    for (const hash of hashes) expect([...after(hash)]).toEqual([...before(hash)].map((w) => (Math.abs(w) >= 3.6 ? w : 0)));
  });

  it('writes the shipped model’s files back byte for byte at 0', () => {
    const dir = fileURLToPath(new URL('../../models/', import.meta.url));
    const { file, bytes: shipped } = readModel(dir);
    const files = modelFiles(file, reprune(shipped, file, 0));
    expect(files.length).toBe(file.weightFiles + 1);
    for (const [name, text] of files) expect(text === readFileSync(`${dir}${name}`, 'utf8'), name).toBe(true);
  });
});
