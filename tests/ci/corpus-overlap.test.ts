import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

interface OverlapRun {
  code: number;
  stdout: string;
}

/** Runs .ci/corpus-overlap.mjs on a corpora folder holding one article with the given text. */
function runOverlap(article: string): Promise<OverlapRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-overlap-'));
  writeFileSync(path.join(dir, 'article.txt'), article);
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, '.ci', 'corpus-overlap.mjs'), dir], (error, stdout) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: error ? Number(error.code) : 0, stdout });
    });
  });
}

describe('.ci/corpus-overlap.mjs', () => {
  it('fails when a tracked file holds a run of words from a corpus text, naming the file', async () => {
    // A corpus that happens to hold the README's opening paragraph, differently punctuated and cased.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const paragraph = readme.split(/\n\s*\n/).find((p) => p.split(/\s+/).length > 20 && !p.startsWith('#'));
    const copied = await runOverlap(`Some other words first.\n${paragraph!.toUpperCase().replaceAll(/[,.]/g, ' ;')}\n`);
    expect(copied.code).toBe(1);
    expect(copied.stdout).toMatch(/^README\.md: "/m);
    expect(copied.stdout).toMatch(/runs of 9 words copied from the corpora/);
  });

  it('reads a fixture across the escapes of its string literal ("…\\n\\nThe", "Roe\\u2019s")', async () => {
    // This file holds the run only as a literal, whose escapes would otherwise glue a letter to the next word.
    const copied = await runOverlap('Wexby Tarn told the quayside\n\nthat Orlo\u2019s skiff drifted.');
    // (The run expected is written backwards, so that the test's own text does not hold it.)
    const run = 'skiff s orlo that quayside the told tarn wexby'.split(' ').reverse().join(' ');
    expect(copied.stdout).toContain(`tests/ci/corpus-overlap.test.ts: "${run}"`);
    expect(copied.code).toBe(1);
  });

  it('passes a corpus that shares no run of nine words with the project', async () => {
    // Built here rather than written out, so that this file does not itself hold the text.
    const unseen = Array.from({ length: 30 }, (_, i) => `zqx${i * 7}`).join(' ');
    const clean = await runOverlap(unseen);
    expect(clean.stdout).toMatch(/no 9-word run of \d+ tracked files is in/);
    expect(clean.code).toBe(0);
  });
});
