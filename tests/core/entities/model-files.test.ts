import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEIGHT_CHARS_PER_FILE, type ModelFile } from '../../../src/core/entities/model.js';

const models = new URL('../../../models/', import.meta.url);

describe('the shipped model files', () => {
  it('each stay under 1 MiB, the repository’s limit per file', () => {
    for (const name of readdirSync(models)) expect([name, statSync(new URL(name, models)).size < 1 << 20]).toEqual([name, true]);
  });

  it('name as many weight files as there are, each but the last full', () => {
    const head = JSON.parse(readFileSync(new URL('ner.json', models), 'utf8')) as ModelFile;
    const parts = readdirSync(models).filter((n) => /^ner-weights-\d+\.json$/.test(n));
    expect(parts.length).toBe(head.weightFiles);
    for (let i = 1; i < head.weightFiles; i++) {
      const { weights } = JSON.parse(readFileSync(new URL(`ner-weights-${i}.json`, models), 'utf8')) as { weights: string };
      expect(weights.length).toBe(WEIGHT_CHARS_PER_FILE);
    }
  });
});
