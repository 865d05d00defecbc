import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableOrder } from '../../../src/core/entities/hash-table.js';
import { LABEL_COUNT } from '../../../src/core/entities/labels.js';
import { WEIGHT_CHARS_PER_FILE, type ModelFile, type SerializedGazetteer } from '../../../src/core/entities/model.js';

const models = new URL('../../../models/', import.meta.url);
const json = <T>(name: string) => JSON.parse(readFileSync(new URL(name, models), 'utf8')) as T;
const uint32s = (base64: string) => {
  const bytes = Buffer.from(base64, 'base64');
  return Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readUInt32LE(i * 4));
};
const inOrder = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('the shipped model files', () => {
  const head = json<ModelFile>('ner.json');
  const weights = Array.from({ length: head.weightFiles }, (_, i) => json<{ weights: string }>(`ner-weights-${i + 1}.json`).weights);

  it('each stay under 1 MiB, the repository’s limit per file', () => {
    for (const name of readdirSync(models)) expect([name, statSync(new URL(name, models)).size < 1 << 20]).toEqual([name, true]);
  });

  it('name as many weight files as there are, each but the last full', () => {
    const parts = readdirSync(models).filter((n) => /^ner-weights-\d+\.json$/.test(n));
    expect(parts.length).toBe(head.weightFiles);
    for (const part of weights.slice(0, -1)) expect(part.length).toBe(WEIGHT_CHARS_PER_FILE);
  });

  it('hold as many bytes as ner.json’s counts say: hashes, row references, sparse and dense weights', () => {
    const bytes = weights.reduce((sum, part) => sum + Buffer.from(part, 'base64').length, 0);
    expect(bytes).toBe(4 * (2 * head.featureCount + head.sparseWeights + head.denseRows * LABEL_COUNT));
  });

  // Loading inserts keys front to back this way: in any other order it costs a cache miss per key.
  it('store the feature and gazetteer hashes in the order a hash table fills its slots', () => {
    const features = uint32s(weights.join('')).slice(0, head.featureCount);
    expect(tableOrder(features)).toEqual(inOrder(head.featureCount));
    const gazetteer = json<SerializedGazetteer>('ner-gazetteer.json');
    expect(tableOrder(uint32s(gazetteer.hashes))).toEqual(inOrder(gazetteer.count));
  });
});
