import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSummaryCommand } from '../../src/cli/commands/eval-summary.js';
import { evenSample, findPairs } from '../../src/io/eval-pairs.js';
import { UserError } from '../../src/cli/context.js';
import { runCommand } from '../helpers.js';
import { cleanArticle, parseArticle, referenceSentenceCount } from '../../src/index.js';

// Small corpora we write ourselves, laid out like bbc-dev (articles/ vs summaries/) and
// cnndm-dev (<n>.article.txt beside <n>.highlights.txt).
const ARTICLE_A = `Harbour Repairs Finished Early

Repairs to the north harbour wall finished two weeks early, the port authority said on Monday. The work cost 3 million pounds, less than the budget set last year.

Fishing boats had used the south harbour since the storm in January damaged the wall. Skippers said the move had added an hour to every trip.

The port authority said the north harbour would reopen to boats on Friday.`;
const SUMMARY_A =
  'Repairs to the north harbour wall finished two weeks early, the port authority said on Monday.The port authority said the north harbour would reopen to boats on Friday.';
const ARTICLE_B = `(CNN)A rare white stork has nested on a church roof in the village of Elmsby for the first time in forty years. Bird watchers have travelled from across the country to see it. The stork arrived in April and has built a nest of sticks on the bell tower. Villagers have named the bird Gus.`;
const HIGHLIGHTS_B = 'A rare white stork has nested on a church roof in Elmsby .\nVillagers named the bird Gus .\n';

function corpus(): { root: string; bbcArticles: string; bbcSummaries: string; cnn: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'precis-eval-'));
  const bbcArticles = path.join(root, 'bbc', 'articles');
  const bbcSummaries = path.join(root, 'bbc', 'summaries');
  mkdirSync(path.join(bbcArticles, 'news'), { recursive: true });
  mkdirSync(path.join(bbcSummaries, 'news'), { recursive: true });
  writeFileSync(path.join(bbcArticles, 'news', '001.txt'), ARTICLE_A);
  writeFileSync(path.join(bbcSummaries, 'news', '001.txt'), SUMMARY_A);
  writeFileSync(path.join(bbcArticles, 'news', '002.txt'), ARTICLE_A);
  const cnn = path.join(root, 'cnn');
  mkdirSync(cnn);
  writeFileSync(path.join(cnn, '0000.article.txt'), ARTICLE_B);
  writeFileSync(path.join(cnn, '0000.highlights.txt'), HIGHLIGHTS_B);
  writeFileSync(path.join(cnn, 'manifest.tsv'), 'n\tsource\n0000\ttest\n');
  return { root, bbcArticles, bbcSummaries, cnn };
}

const run = (argv: string[], cwd: string) => runCommand(evalSummaryCommand, argv, cwd);

describe('precis eval summary', () => {
  it('prints a table of ROUGE-1/2/L for all four methods, lead included', async () => {
    const c = corpus();
    const r = await run(['--refs', c.bbcSummaries, c.bbcArticles], c.root);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('1 articles');
    expect(lines[1]).toMatch(/^method\s+R-1\s+R-2\s+R-L$/);
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(['default', 'textrank', 'lexrank', 'lead-k']);
  });

  it('warns about articles without a reference and scores the rest', async () => {
    const c = corpus();
    const r = await run(['--refs', c.bbcSummaries, c.bbcArticles], c.root);
    expect(r.stderr).toMatch(/1 article\(s\) without a reference skipped/);
  });

  // Before (rvi12): no test had a pair it could not read; its exit code 1 turned into 0 went unseen.
  it('reports a pair it cannot read in one line, raises the exit code and scores the rest', async () => {
    const c = corpus();
    writeFileSync(path.join(c.cnn, '0001.article.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7, 0]));
    writeFileSync(path.join(c.cnn, '0001.highlights.txt'), 'A heron nested in Elmsby .\n');
    const r = await run(['--refs', c.cnn, '--method', 'lead', '--json', c.cnn], c.root);
    expect(r.stderr).toMatch(/^precis: [^\n]*0001[^\n]*: not a text file \(binary data\)\n$/);
    expect(JSON.parse(r.stdout).articles).toBe(1);
    expect(r.ctx.exitCode).toBe(1);
  });

  it('pairs <n>.article.txt with <n>.highlights.txt and scores a method with lead beside it as JSON', async () => {
    const c = corpus();
    const r = await run(['--refs', c.cnn, '--method', 'textrank', '--sentences', '2', '--json', c.cnn], c.root);
    const out = JSON.parse(r.stdout);
    expect(out.articles).toBe(1);
    expect(out.results.map((x: { method: string }) => x.method)).toEqual(['textrank', 'lead']);
    for (const x of out.results) for (const k of ['rouge1', 'rouge2', 'rougeL']) expect(x[k]).toBeGreaterThan(0);
    // The keys are the contract scripts read (a renamed one went unseen: rvi12's mutation testing).
    expect(new Set(Object.keys(out))).toEqual(new Set(['articles', 'length', 'metric', 'results']));
    expect(out.length).toBe('2 sentences');
  });

  it('scores lead 1.0 when the reference is the first two sentences (match-length counts two)', async () => {
    const c = corpus();
    writeFileSync(
      path.join(c.cnn, '0000.highlights.txt'),
      '(CNN)A rare white stork has nested on a church roof in the village of Elmsby for the first time in forty years.\nBird watchers have travelled from across the country to see it.\n',
    );
    const r = await run(['--refs', c.cnn, '--method', 'lead', '--json', c.cnn], c.root);
    const lead = JSON.parse(r.stdout).results[0];
    expect([lead.rouge1, lead.rouge2, lead.rougeL]).toEqual([1, 1, 1]);
  });

  it('throws a UserError for a missing articles path or refs folder', async () => {
    const c = corpus();
    await expect(run(['--refs', c.cnn, path.join(c.root, 'nope')], c.root)).rejects.toBeInstanceOf(UserError);
    await expect(run(['--refs', path.join(c.root, 'nope'), c.cnn], c.root)).rejects.toBeInstanceOf(UserError);
  });

  it('refuses --sentences together with --match-length', async () => {
    const c = corpus();
    await expect(run(['--refs', c.cnn, '--sentences', '3', '--match-length', c.cnn], c.root)).rejects.toMatchObject({ code: 'commander.conflictingOption' });
  });

  it('throws a UserError when no article has a reference', async () => {
    const c = corpus();
    await expect(run(['--refs', c.cnn, c.bbcArticles], c.root)).rejects.toBeInstanceOf(UserError);
  });
});

describe('findPairs', () => {
  it('skips highlights and non-article files in a cnndm-style folder', () => {
    const c = corpus();
    expect(findPairs(c.cnn, c.cnn).pairs.map((p) => p.name)).toEqual(['0000.article.txt']);
  });
});

describe('evenSample', () => {
  it('spreads a fixed sample over the whole list', () => {
    expect(evenSample([...'abcdefghij'], 3)).toEqual(['a', 'd', 'g']);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
  });
});

describe('referenceSentenceCount', () => {
  const parsed = parseArticle(cleanArticle(ARTICLE_A));

  it('counts the sentences of a reference glued with no space between them', () => {
    expect(referenceSentenceCount(SUMMARY_A, parsed)).toBe(2);
  });

  it('counts a glued sentence that is not in the article by its sentence end', () => {
    expect(referenceSentenceCount(`${SUMMARY_A}Boats return next week.`, parsed)).toBe(3);
  });

  it('counts one sentence per line in a highlights file', () => {
    expect(referenceSentenceCount('First point .\nSecond point .\nThird point .\n', parsed)).toBe(3);
  });
});
