import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// A one-sentence CoNLL file written for this test (made-up names): a corpus the gates can score in a second.
const SAMPLE = `-DOCSTART- -X- -X- O

Tova NNP I-NP I-PER
Lind NNP I-NP I-PER
visited VBD I-VP O
Skerra NNP I-NP I-LOC
. . O O
`;

interface GatesRun {
  code: number;
  stdout: string;
}

/** Runs .ci/gates.mjs on a corpora folder holding sample.conll, with the given gates as its floors. */
function runGates(gates: unknown[]): Promise<GatesRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-gates-'));
  writeFileSync(path.join(dir, 'sample.conll'), SAMPLE);
  const floors = path.join(dir, 'floors.json');
  writeFileSync(floors, JSON.stringify({ gates }));
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, '.ci', 'gates.mjs'), dir, floors], (error, stdout) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: error ? Number(error.code) : 0, stdout });
    });
  });
}

const entityGate = (min: number, needs?: string) => ({
  name: 'sample',
  ...(needs ? { needs } : {}),
  args: ['eval', 'entities', '--conll', '{corpora}/sample.conll'],
  checks: [{ metric: 'overall.f1', min }],
});

describe('.ci/gates.mjs', () => {
  it('passes a figure at or over its floor and fails one under it', async () => {
    const ok = await runGates([entityGate(0)]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/gates: ok {3}sample: overall\.f1 = [\d.]+ \(floor 0\)/);
    const failed = await runGates([entityGate(101)]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/gates: FAIL sample: overall\.f1/);
  });

  it('skips a gate whose corpus is missing, and runs it when the corpus is there', async () => {
    const skipped = await runGates([entityGate(101, '{corpora}/no-such-corpus')]);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/gates: skip sample: .*no-such-corpus not found/);
    const run = await runGates([entityGate(101, '{corpora}/sample.conll')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/gates: FAIL sample/);
  });
});
