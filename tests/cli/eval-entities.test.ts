import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Two short CoNLL-format documents written for this test (IOB1 tags).
const SAMPLE = `-DOCSTART- -X- -X- O

Angela NNP I-NP I-PER
Merkel NNP I-NP I-PER
met VBD I-VP O
officials NNS I-NP O
of IN I-PP O
the DT I-NP O
World NNP I-NP I-ORG
Bank NNP I-NP I-ORG
in IN I-PP O
Berlin NNP I-NP I-LOC
on IN I-PP O
Monday NNP I-NP O
. . O O

-DOCSTART- -X- -X- O

Shares NNS I-NP O
in IN I-PP O
Siemens NNP I-NP I-ORG
rose VBD I-VP O
in IN I-PP O
Frankfurt NNP I-NP I-LOC
. . O O
`;

function sampleFile(content = SAMPLE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-eval-entities-'));
  const file = path.join(dir, 'sample.conll');
  writeFileSync(file, content);
  return file;
}

describe('precis eval entities', () => {
  it('prints precision, recall and F1 per type and overall', async () => {
    const r = await runCli(['eval', 'entities', '--conll', sampleFile()]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^2 documents, 20 tokens/);
    expect(lines[1]).toMatch(/^type\s+precision\s+recall\s+F1\s+gold\s+found\s+correct$/);
    expect(lines.slice(2, 6).map((l) => l.split(/\s+/)[0])).toEqual(['PER', 'ORG', 'LOC', 'overall']);
    expect(lines[5]).toMatch(/^overall(\s+\d+\.\d\d){3}\s+5\s+\d+\s+\d+$/);
    expect(lines[6]).toMatch(/^any type(\s+\d+\.\d\d){3}\s+5\s+\d+\s+\d+$/);
    // The second table: the same documents as article text through the full analysis.
    expect(lines[8]).toMatch(/^end to end/);
    expect(lines.slice(10).map((l) => l.split(/\s+/)[0])).toEqual(['PER', 'ORG', 'LOC', 'overall', 'any']);
    expect(lines[13]).toMatch(/^overall(\s+\d+\.\d\d){3}\s+5\s+\d+\s+\d+$/);
  });

  it('prints the same scores as JSON with --json', async () => {
    const file = sampleFile();
    const r = await runCli(['eval', 'entities', '--conll', file, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ documents: 2, tokens: 20, overall: { gold: 5 } });
    expect(Object.keys(json.byType)).toEqual(['PER', 'ORG', 'LOC']);
    expect(json.byType.LOC.gold).toBe(2);
    expect(json.endToEnd.overall.gold).toBe(5);
    // The article path finds what the tagger finds on these plain sentences: a broken alignment of its mentions to the gold tokens scores 0 here.
    expect(json.endToEnd.overall).toMatchObject({ predicted: json.overall.predicted, correct: json.overall.correct });
    expect(json.overall.correct).toBeGreaterThan(0);
    expect(Object.keys(json.endToEnd.byType)).toEqual(['PER', 'ORG', 'LOC']);
    expect(json.overall.f1).toBeGreaterThanOrEqual(0);
    expect(json.overall.f1).toBeLessThanOrEqual(100);
    // The keys are the contract scripts read (a renamed one went unseen: rvi12's mutation testing).
    expect(new Set(Object.keys(json))).toEqual(new Set(['file', 'documents', 'tokens', 'seconds', 'overall', 'byType', 'untyped', 'endToEnd']));
    expect(new Set(Object.keys(json.endToEnd))).toEqual(new Set(['overall', 'byType', 'untyped']));
    expect(json.file).toBe(file);
  });

  it('exits 1 when the overall F1 is below --min-f1', async () => {
    const file = sampleFile();
    const ok = await runCli(['eval', 'entities', '--conll', file, '--min-f1', '0']);
    expect(ok.code).toBe(0);
    const strict = await runCli([
      'eval',
      'entities',
      '--conll',
      sampleFile(SAMPLE.replace('Siemens NNP I-NP I-ORG', 'Siemens NNP I-NP I-PER')),
      '--min-f1',
      '100',
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/below --min-f1 100/);
  });

  it('with --sentences A-B, scores only those sentences, numbered across documents', async () => {
    const r = await runCli(['eval', 'entities', '--conll', sampleFile(), '--sentences', '2-2', '--json']);
    expect(r.code).toBe(0);
    // Only the second document's sentence: Siemens and Frankfurt.
    expect(JSON.parse(r.stdout)).toMatchObject({ sentences: '2-2', documents: 1, tokens: 7, overall: { gold: 2 } });
    const bad = await runCli(['eval', 'entities', '--conll', sampleFile(), '--sentences', '3-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/range of sentences/);
    const none = await runCli(['eval', 'entities', '--conll', sampleFile(), '--sentences', '5-9']);
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses --min-f1 with --junk, which has no F1 to hold to it', async () => {
    const r = await runCli(['eval', 'entities', '--junk', 'no-such-folder', '--min-f1', '90']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--min-f1 applies to --conll only/);
  });

  // Before (rvi12): no test gave --sentences to --junk; its usage exit code turned into 1 went unseen.
  it('refuses --sentences with --junk, which scans articles, not sentences', async () => {
    const r = await runCli(['eval', 'entities', '--junk', 'no-such-folder', '--sentences', '1-2']);
    expect(r).toMatchObject({ code: 2, stderr: 'precis: --sentences applies to --conll only\n' });
  });

  it('fails with a one-line message for a missing file', async () => {
    const r = await runCli(['eval', 'entities', '--conll', 'no-such-file.conll']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read no-such-file\.conll: no such file/);
  });

  // Before: 'unknown CoNLL tag' and the binary's bytes raw on the terminal.
  it('refuses a binary file as every input is refused, in one line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-conll-'));
    const file = path.join(dir, 'blob.conll');
    writeFileSync(file, Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)));
    const r = await runCli(['eval', 'entities', '--conll', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`precis: cannot read ${file}: not a text file (binary data)\n`);
  });

  it('fails with a one-line message for a file that is not CoNLL', async () => {
    const r = await runCli(['eval', 'entities', '--conll', sampleFile('just some prose\nwithout tags\n')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('with --junk, reports the share of articles holding a junk name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-eval-junk-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Harbour reopens\n\nThe harbour at Halvik reopened on Monday, Greta Olsen of the port authority said.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Ferry sails\n\nThe ferry to Skerra sailed again, its captain Nils Varg said.\n');
    writeFileSync(path.join(dir, 'b.highlights.txt'), 'Mr Mr Mr\n');
    const r = await runCli(['eval', 'entities', '--junk', dir, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ folder: dir, articles: 2, withJunk: 0, percent: 0, percentClean: 100, top: [], byReason: {} });
    // The keys are the contract scripts read (a renamed one went unseen: rvi12's mutation testing).
    expect(new Set(Object.keys(json))).toEqual(
      new Set(['folder', 'articles', 'withJunk', 'percent', 'percentClean', 'briefsWithJunk', 'briefPercent', 'percentBriefsClean', 'byReason', 'top', 'hits']),
    );
    const text = await runCli(['eval', 'entities', '--junk', dir]);
    expect(text.stdout).toMatch(/^2 articles, 0 with a junk name \(0\.00%\)/);
  });

  // Before: 'precis: internal error: not a text file (binary data)', exit 70, and no figures.
  it('with --junk, reports a file it cannot read in one line and scans the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-eval-junk-'));
    // (The article sorts after the file that cannot be read: the scan goes on past it.)
    writeFileSync(path.join(dir, 'z.txt'), 'Harbour reopens\n\nThe harbour at Halvik reopened on Monday, Greta Olsen of the port authority said.\n');
    writeFileSync(path.join(dir, 'blob.txt'), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)));
    const r = await runCli(['eval', 'entities', '--junk', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`precis: cannot read ${path.join(dir, 'blob.txt')}: not a text file (binary data)\n`);
    expect(r.stdout).toMatch(/^1 articles, 0 with a junk name/);
  });

  // Before: the junk scan read files itself and scanned an empty one as an article (2 articles, exit 0).
  it('with --junk, reads files as every command does: an empty one is one line, not an article', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-eval-junk-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Harbour reopens\n\nThe harbour at Halvik reopened on Monday, Greta Olsen of the port authority said.\n');
    writeFileSync(path.join(dir, 'blank.md'), ' \n\n');
    const r = await runCli(['eval', 'entities', '--junk', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`precis: cannot read ${path.join(dir, 'blank.md')}: empty file\n`);
    expect(r.stdout).toMatch(/^1 articles, 0 with a junk name/);
  });

  // Before: '0 articles, 0 with a junk name (NaN%)', and null figures with --json.
  it('with --junk, gives no figures when no file could be read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-eval-junk-'));
    writeFileSync(path.join(dir, 'blob.txt'), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)));
    const r = await runCli(['eval', 'entities', '--junk', dir, '--json']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `precis: cannot read ${path.join(dir, 'blob.txt')}: not a text file (binary data)\nprecis: ${dir}: no article could be read\n`,
    });
  });

  it('with --junk, tells junk the brief shows from junk further down the list, and lists each article', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-eval-junk-'));
    // "Stoke" (wink: a verb) leads the organisations; "Hull", named once, is the sixth place, after five named twice or more: past the brief's five.
    // ("Spurs" served here until the modern-news model read it as the club, an organisation, which the brief then shows.)
    writeFileSync(
      path.join(dir, 'a.txt'),
      'Cup draw\n\nHalvik were paired at home with Stoke and Varnia will host Skerra. Stoke last won the cup in 1972, when Tova Lind, Ama Oduya, Nils Varg, Greta Olsen, Ian Salt and Lou Pike played for Halvik, Varnia, Skerra, Tarvik, Ellis and Kerrow.\n',
    );
    writeFileSync(
      path.join(dir, 'b.txt'),
      'Storm report\n\nStorms hit Halvik, Varnia, Skerra, Tarvik and Kerrow on Monday. Roads in Halvik, Varnia, Skerra, Tarvik and Kerrow were closed, and the ferry from Halvik to Hull stopped.\n',
    );
    writeFileSync(path.join(dir, 'c.txt'), 'Ferry sails\n\nThe ferry to Skerra sailed again, its captain Nils Varg said.\n');
    const r = await runCli(['eval', 'entities', '--junk', dir, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ articles: 3, withJunk: 2, briefsWithJunk: 1, briefPercent: 33.33, percentBriefsClean: 66.67 });
    expect(out.hits).toEqual([
      { file: 'a.txt', junk: ['ORGANIZATION Stoke (common word)'], inBrief: ['ORGANIZATION Stoke (common word)'] },
      { file: 'b.txt', junk: ['PLACE Hull (common word)'], inBrief: [] },
    ]);
    const text = await runCli(['eval', 'entities', '--junk', dir]);
    expect(text.stdout).toMatch(/^3 articles, 2 with a junk name \(66\.67%\), 1 whose brief shows one \(33\.33%\)/);
  });

  it('asks for exactly one of --conll and --junk', async () => {
    const r = await runCli(['eval', 'entities']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/one of --conll FILE or --junk FOLDER/);
  });
});
