import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { runCli } from '../helpers.js';

describe('huge input', () => {
  it('summarises a 2 MB line with no sentence end', () => {
    const words = ['council', 'harbour', 'Kim', 'said', 'plan', 'bridge', '“quoted', 'words”', 'Beijing', 'the', 'of', 'vote'];
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 2_000_000; i++) {
      const w = words[(i * 7 + (i >> 3)) % words.length]!;
      parts.push(w);
      size += w.length + 1;
    }
    const record = analyze(parts.join(' '));
    expect(record.summary).toHaveLength(1);
    expect(record.summary[0]!.text.length).toBeGreaterThan(1_900_000);
    expect(record.stats.words).toBeGreaterThan(200_000);
  }, 120_000);

  it('refuses an input over --max-bytes with one clear line, and reads it when the limit allows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-huge-'));
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, 'Big Story\n\n' + Array.from({ length: 30_000 }, (_, i) => `Item ${i} went to vote ${i % 97} under rule ${i % 13}.`).join(' '));
    const refused = await runCli(['summary', '--max-bytes', '100000', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^precis: cannot read .*big\.txt: too large \(\d+ bytes; the limit is 100000, see --max-bytes\)\n$/);
    const allowed = await runCli(['summary', '-n', '2', file]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout.trim().split('\n')).toHaveLength(2);
  }, 120_000);

  it('refuses a 25 MB article by default, quickly', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-huge-'));
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, Buffer.alloc(25_000_000, 'word '));
    const r = await runCli(['summary', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/too large \(25000000 bytes; the limit is 10485760/);
  });
});
