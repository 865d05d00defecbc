import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalQuotesCommand } from '../../src/cli/commands/eval-quotes.js';
import { UserError } from '../../src/cli/context.js';
import { runCommand } from '../helpers.js';

// A PolNeAR-shaped corpus of one document we wrote ourselves.
const TEXT = 'Harbour Wall Vote\n\nTom Becker said the gates had failed twice. "The money is gone," said Becker.\n';
function corpus(firstSource = 'Tom Becker'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'precis-polnear-'));
  const dir = path.join(root, 'dev', 'json');
  mkdirSync(dir, { recursive: true });
  const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
  writeFileSync(
    path.join(dir, 'doc1.json'),
    JSON.stringify({
      doc: 'doc1',
      text: TEXT,
      quotes: [
        { id: 'E1', cue: span('said the'), sources: [span(firstSource)], contents: [span('the gates had failed twice')], has_quote_mark: false },
        { id: 'E2', cue: span('said Becker'), sources: [span('Becker.')], contents: [span('"The money is gone,"')], has_quote_mark: true },
      ],
    }),
  );
  return root;
}

const run = (argv: string[], cwd: string) => runCommand(evalQuotesCommand, argv, cwd);

describe('precis eval quotes', () => {
  it('prints precision, the three recalls and speaker accuracy', async () => {
    const root = corpus();
    const r = await run(['--polnear', root], root);
    expect(r.stdout).toContain('PolNeAR dev: 1 documents, 2 attributions, 2 predicted quotes');
    expect(r.stdout).toMatch(/precision\s+100\.0%\s+\(2\/2\)/);
    expect(r.stdout).toMatch(/recall, speech\s+100\.0%\s+\(2\/2\)/);
    expect(r.stdout).toMatch(/recall, direct \(any cue\)\s+100\.0%\s+\(1\/1\)/);
    expect(r.stdout).toMatch(/recall, speech with quote marks\s+100\.0%\s+\(1\/1\)/);
    expect(r.stdout).toMatch(/speaker accuracy\s+100\.0%\s+\(2\/2\)/);
    expect(r.ctx.exitCode).toBe(0);
  });

  it('prints JSON with --json', async () => {
    const root = corpus();
    const r = await run(['--polnear', root, '--json'], root);
    const out = JSON.parse(r.stdout);
    expect(out.split).toBe('dev');
    expect(out.counts.gold).toBe(2);
    expect(out.figures.precision).toBe(1);
    expect(out.belowFloors).toEqual([]);
    // The keys are the contract scripts read (a renamed one went unseen: rvi12's mutation testing).
    expect(new Set(Object.keys(out))).toEqual(new Set(['split', 'counts', 'figures', 'floors', 'belowFloors']));
  });

  it('lists each wrong speaker with --errors, one tab-separated line each', async () => {
    const root = corpus('Harbour Wall');
    const r = await run(['--polnear', root, '--errors'], root);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('speaker\t'));
    expect(lines).toEqual([expect.stringContaining('speaker\tdoc1\tours: Tom Becker\tgold: Harbour Wall\tcue: said\t')]);
    expect((await run(['--polnear', root], root)).stdout).not.toMatch(/^speaker\t/m);
  });

  it('throws a UserError for a folder without the split', async () => {
    const root = corpus();
    await expect(run(['--polnear', root, '--split', 'train'], root)).rejects.toBeInstanceOf(UserError);
    await expect(run(['--polnear', path.join(root, 'missing')], root)).rejects.toThrow(/no train\/json|no dev\/json/);
  });

  it('reports a bad document on stderr, raises the exit code and scores the rest', async () => {
    const root = corpus();
    writeFileSync(path.join(root, 'dev', 'json', 'broken.json'), '{ not json');
    const r = await run(['--polnear', root], root);
    expect(r.stderr).toMatch(/broken\.json/);
    expect(r.ctx.exitCode).toBe(1);
    expect(r.stdout).toContain('1 documents');
  });

  it('with --check, fails when a figure is below the bar', async () => {
    const root = corpus();
    const dir = path.join(root, 'dev', 'json');
    const text = 'Harbour Wall Vote\n\nRain fell all day.\n';
    writeFileSync(
      path.join(dir, 'doc2.json'),
      JSON.stringify({
        doc: 'doc2',
        text,
        quotes: [
          {
            id: 'E1',
            cue: { start: 0, end: 4, text: 'said' },
            sources: [],
            contents: [{ start: 19, end: 36, text: 'Rain fell all day' }],
            has_quote_mark: true,
          },
        ],
      }),
    );
    const r = await run(['--polnear', root, '--check'], root);
    expect(r.stderr).toMatch(/below the bar: recall \(speech\), recall \(speech with quotation marks\)/);
    expect(r.ctx.exitCode).toBe(1);
  });

  it('with --misses, lists each missed speech attribution with the nearest quote found', async () => {
    const root = corpus();
    const text = 'Harbour Wall Vote\n\nMayor Lena Ortiz noted the flood risk on Monday. "We begin today," Ortiz said, and the crowd cheered loudly.\n';
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    writeFileSync(
      path.join(root, 'dev', 'json', 'doc3.json'),
      JSON.stringify({
        doc: 'doc3',
        text,
        quotes: [
          { id: 'E1', cue: span('noted'), sources: [span('Mayor Lena Ortiz')], contents: [span('the flood risk')], has_quote_mark: false },
          // Annotated far wider than the quote: a miss on boundaries, whose nearest quote is shown.
          {
            id: 'E2',
            cue: span('said'),
            sources: [span('Ortiz')],
            contents: [span('"We begin today," Ortiz said, and the crowd cheered loudly')],
            has_quote_mark: true,
          },
        ],
      }),
    );
    const r = await run(['--polnear', root, '--misses'], root);
    expect(r.stdout).toContain('doc3@');
    expect(r.stdout).toMatch(/cue "noted"\s+source "Mayor Lena Ortiz"\n\s+gold: the flood risk\n\s+ours: —/);
    expect(r.stdout).toMatch(/cue "said"\s+source "Ortiz"\n\s+gold: "We begin today," Ortiz said, and the crowd cheered loudly\n\s+ours: .*We begin today/);
    expect(r.stdout).toMatch(/covers \d+% of it, 100% of ours inside it/);
    expect(r.stdout).not.toContain('doc1@');
    const json = JSON.parse((await run(['--polnear', root, '--misses', '--json'], root)).stdout);
    expect(json.misses.map((m: { doc: string; cue: string }) => `${m.doc} ${m.cue}`)).toEqual(['doc3 noted', 'doc3 said']);
  });
});
