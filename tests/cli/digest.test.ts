import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/index.js';
import { runCli } from '../helpers.js';

const FOLDER = 'tests/fixtures/digest';

describe('precis digest --json: the story record', () => {
  it('prints one record per story with the documented fields, summary offsets into each article', async () => {
    const run = await runCli(['digest', '--json', FOLDER]);
    expect(run.code).toBe(0);
    const stories = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const records = new Map<string, ArticleRecord>(
      (await runCli(['--json', FOLDER])).stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as ArticleRecord)
        .map((r) => [r.source, r]),
    );
    stories.forEach((s, i) => {
      expect(s.story).toBe(i + 1);
      expect(typeof s.title).toBe('string');
      expect(Array.isArray(s.entities) && Array.isArray(s.quotes)).toBe(true);
      for (const a of s.articles) {
        expect(Object.keys(a)).toEqual(expect.arrayContaining(['source', 'title', 'date', 'duplicateOf']));
        if (a.duplicateOf !== null) expect(s.articles.some((o: { source: string }) => o.source === a.duplicateOf)).toBe(true);
      }
      for (const sentence of s.summary) {
        expect(Object.keys(sentence).sort()).toEqual(['end', 'source', 'start', 'text']);
        expect(records.get(sentence.source)!.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    });
    expect(stories.flatMap((s) => s.articles)).toHaveLength(readdirSync(FOLDER).length);
  });

  // Before (rvi12): only the article's and the summary sentence's keys were held, so a renamed
  // `outlets` or `aliases` went unseen. The keys are docs/json-record.md's story record, each object's
  // (sorted); a fixture story has them all: copies, entities, attributed quotes.
  it('holds every object of the story record to the documented keys', async () => {
    const shapes = new Map<string, Set<string>>();
    const shape = (name: string, o: object) => shapes.set(name, new Set([...(shapes.get(name) ?? []), Object.keys(o).sort().join(',')]));
    for (const s of (await runCli(['digest', '--json', FOLDER])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))) {
      shape('story', s);
      for (const a of s.articles) shape('article', a);
      for (const e of s.entities) shape('entity', e);
      for (const g of s.quotes) {
        shape('speaker', g);
        for (const q of g.quotes) {
          shape('quote', q);
          for (const at of q.sources) shape('source', at);
        }
      }
    }
    expect(shapes).toEqual(
      new Map([
        ['story', new Set(['articles,date,entities,outlets,quotes,size,story,summary,title'])],
        ['article', new Set(['byline,date,duplicateOf,source,title'])],
        ['entity', new Set(['aliases,articles,count,name,type'])],
        ['speaker', new Set(['quotes,speaker'])],
        ['quote', new Set(['kind,sources,text'])],
        ['source', new Set(['end,source,start'])],
      ]),
    );
  });

  it('digests .ndjson records of an earlier --json run like the articles themselves', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-digest-'));
    const file = path.join(dir, 'records.ndjson');
    writeFileSync(file, (await runCli(['--json', FOLDER])).stdout);
    const fromRecords = await runCli(['digest', '--json', file]);
    const fromArticles = await runCli(['digest', '--json', FOLDER]);
    expect(fromRecords.code).toBe(0);
    expect(fromRecords.stdout).toBe(fromArticles.stdout);
  });
});

describe('precis digest: bad inputs and output', () => {
  it('reports a missing file and a line that is not a record in one line each, and digests the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-digest-'));
    const bad = path.join(dir, 'bad.ndjson');
    writeFileSync(bad, '{"source": "x", "error": "failed earlier"}\nnot json\n{"hello": 1}\n');
    const run = await runCli(['digest', '--json', bad, 'no-such-file.txt', FOLDER]);
    expect(run.code).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors.every((e) => e.startsWith('precis: '))).toBe(true);
    expect(run.stdout.trim().split('\n').length).toBeGreaterThan(1);
  });

  it('reports a folder named like an .ndjson file and digests the rest', async () => {
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'precis-digest-')), 'folder.ndjson');
    mkdirSync(folder);
    const run = await runCli(['digest', '--json', folder, FOLDER]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`precis: cannot read ${folder}: is a folder\n`);
    expect(run.stdout).toBe((await runCli(['digest', '--json', FOLDER])).stdout);
  });

  it('--out writes digest.md and prints nothing to stdout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-digest-'));
    const run = await runCli(['digest', '--out', dir, FOLDER]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const md = readFileSync(path.join(dir, 'digest.md'), 'utf8');
    expect(md).toMatch(/^# Digest: 3 stories from 8 articles/);
    expect(md).toContain('(copy of ');
    expect(readdirSync(dir)).toEqual(['digest.md']);
  });

  it('--out with --json writes digest.ndjson, the records --json prints', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-digest-'));
    const run = await runCli(['digest', '--json', '--out', dir, FOLDER]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/wrote 3 stories from 8 articles to .*digest\.ndjson/);
    expect(readdirSync(dir)).toEqual(['digest.ndjson']);
    expect(readFileSync(path.join(dir, 'digest.ndjson'), 'utf8')).toBe((await runCli(['digest', '--json', FOLDER])).stdout);
  });

  // Before: "wrote 1 story from 1 articles".
  it('--out says a single article in the singular', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-digest-'));
    const run = await runCli(['digest', '--out', dir, path.join(FOLDER, 'bank-merger.txt')]);
    expect(run.stderr).toBe(`precis: wrote 1 story from 1 article to ${path.join(dir, 'digest.md')}\n`);
  });

  it('--out onto a file: one line before reading anything, exit 1, the file untouched', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'precis-digest-')), 'digest');
    writeFileSync(file, 'mine');
    const run = await runCli(['digest', '--out', file, FOLDER]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`precis: cannot write to ${file}: not a folder\n`);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  // Before (rvi12): no test met a digest.md that could not be written; its exit code 1 turned into 0 went unseen.
  it('--out where digest.md cannot be written: one line, exit 1, nothing said to be written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-digest-'));
    mkdirSync(path.join(dir, 'digest.md'));
    const run = await runCli(['digest', '--out', dir, path.join(FOLDER, 'bank-merger.txt')]);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: `precis: cannot write ${path.join(dir, 'digest.md')}: is a folder\n` });
  });

  it('shows multi-article stories in full and single-article ones compactly at the end', async () => {
    const run = await runCli(['digest', FOLDER]);
    expect(run.code).toBe(0);
    const singles = run.stdout.indexOf('Single-article stories (1)');
    expect(singles).toBeGreaterThan(run.stdout.indexOf('2. '));
    expect(run.stdout.slice(singles)).toContain('3. Halvern Bank agrees to buy Ostrava Savings');
  });
});

describe('precis eval digest', () => {
  // Before: "BCubed P 0.0 R 0.0 F1 0.0", exit 0, as if the grouping had failed.
  it('says so when the stories file is empty or names none of the articles, exit 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-digest-'));
    writeFileSync(path.join(dir, 'empty.tsv'), '');
    const empty = await runCli(['eval', 'digest', '--stories', path.join(dir, 'empty.tsv'), FOLDER]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe(`precis: ${path.join(dir, 'empty.tsv')}: no stories in it (expected file<TAB>story lines)\n`);
    writeFileSync(path.join(dir, 'other.tsv'), 'file\tstory\nelsewhere.txt\ta\n');
    const other = await runCli(['eval', 'digest', '--stories', path.join(dir, 'other.tsv'), FOLDER]);
    expect(other.code).toBe(1);
    expect(other.stderr).toBe(`precis: none of the 1 files named in ${path.join(dir, 'other.tsv')} is among the articles read from ${FOLDER}\n`);
    expect(other.stdout).toBe('');
  });

  it('scores BCubed against a stories file and copy pairs against a copies file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-digest-'));
    const stories = [
      'file\tstory',
      'marova-wire.txt\tm',
      'marova-wire.repost.txt\tm',
      'marova-wire.page.html\tm',
      'marova-daily.txt\tm',
      'marova-radio.txt\tm',
      'tessaly-wire.txt\tt',
      'tessaly-coast.txt\tt',
      'bank-merger.txt\tb',
    ];
    writeFileSync(path.join(dir, 'stories.tsv'), stories.join('\n') + '\n');
    writeFileSync(path.join(dir, 'copies.tsv'), 'copy\toriginal\nmarova-wire.repost.txt\tmarova-wire.txt\nmarova-wire.page.html\tmarova-wire.txt\n');
    const run = await runCli(['eval', 'digest', '--json', '--stories', path.join(dir, 'stories.tsv'), '--copies', path.join(dir, 'copies.tsv'), FOLDER]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.bcubed).toEqual({ precision: 100, recall: 100, f1: 100 });
    expect(result.copies).toMatchObject({ precision: 100, recall: 100, goldPairs: 3 });
    // The keys are the contract scripts read (a renamed one went unseen: rvi12's mutation testing).
    expect(new Set(Object.keys(result))).toEqual(new Set(['folder', 'articles', 'stories', 'goldStories', 'seconds', 'bcubed', 'copies']));
    expect(new Set(Object.keys(result.copies))).toEqual(new Set(['precision', 'recall', 'predictedPairs', 'goldPairs']));
    expect(result).toMatchObject({ folder: FOLDER, goldStories: 3 });
  });
});
