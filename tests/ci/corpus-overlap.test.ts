import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

interface OverlapRun {
  code: number;
  stdout: string;
}

/** Runs .ci/corpus-overlap.mjs on a corpora folder holding one article with the given text (and an allow list, if given). */
function runOverlap(article: string, allow?: { text: string; why: string }[]): Promise<OverlapRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-overlap-'));
  const corpora = path.join(dir, 'corpora');
  mkdirSync(corpora);
  writeFileSync(path.join(corpora, 'article.txt'), article);
  const args = [path.join(ROOT, '.ci', 'corpus-overlap.mjs'), corpora];
  if (allow) {
    writeFileSync(path.join(dir, 'allow.json'), JSON.stringify(allow));
    args.push(path.join(dir, 'allow.json'));
  }
  return new Promise((resolve) => {
    execFile(process.execPath, args, (error, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: error ? Number(error.code) : 0, stdout: stdout + stderr });
    });
  });
}

/** The README's first long paragraph: text a tracked file certainly holds. */
function readmeParagraph(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return readme.split(/\n\s*\n/).find((p) => p.split(/\s+/).length > 20 && !p.startsWith('#'))!;
}

describe('.ci/corpus-overlap.mjs', () => {
  it('fails when a tracked file holds a run of words from a corpus text, naming the file', async () => {
    // A corpus that happens to hold the README's opening paragraph, differently punctuated and cased.
    const copied = await runOverlap(`Some other words first.\n${readmeParagraph().toUpperCase().replaceAll(/[,.]/g, ' ;')}\n`);
    expect(copied.code).toBe(1);
    expect(copied.stdout).toMatch(/^README\.md: "/m);
    expect(copied.stdout).toMatch(/runs of 7 words copied from the corpora/);
  });

  it('reads a fixture across the escapes of its string literal ("…\\n\\nThe", "Roe\\u2019s")', async () => {
    // This file holds the run only as a literal, whose escapes would otherwise glue a letter to the next word.
    const copied = await runOverlap('Wexby Tarn told the quayside\n\nthat Orlo\u2019s skiff drifted.');
    // (The run expected is written backwards, so that the test's own text does not hold it.)
    const run = 'skiff s orlo that quayside the told'.split(' ').reverse().join(' ');
    expect(copied.stdout).toContain(`tests/ci/corpus-overlap.test.ts: "${run}"`);
    expect(copied.code).toBe(1);
  });

  it('passes a corpus that shares no run of seven words with the project', async () => {
    // Built here rather than written out, so that this file does not itself hold the text.
    const unseen = Array.from({ length: 30 }, (_, i) => `zqx${i * 7}`).join(' ');
    const clean = await runOverlap(unseen);
    expect(clean.stdout).toMatch(/no 7-word run of \d+ tracked files is in/);
    expect(clean.code).toBe(0);
  });

  it('lets an allow-list entry exempt the runs inside it, and only those', async () => {
    const paragraph = readmeParagraph();
    const exempt = await runOverlap(paragraph, [{ text: paragraph, why: 'test' }]);
    expect(exempt.code).toBe(0);
    const half = paragraph.split(/\s+/).slice(0, 12).join(' ');
    const partly = await runOverlap(paragraph, [{ text: half, why: 'test' }]);
    expect(partly.code).toBe(1);
    expect(partly.stdout).not.toContain(
      `"${half
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu)!
        .slice(0, 7)
        .join(' ')}"`,
    );
  });

  it('refuses an allow-list entry shorter than a run, which could never exempt anything', async () => {
    const short = await runOverlap('zqx1 zqx2', [{ text: 'four words too few', why: 'test' }]);
    expect(short.code).toBe(2);
    expect(short.stdout).toMatch(/allow entry "four words too few" has 4 words; an entry needs at least 7/);
  });
});
