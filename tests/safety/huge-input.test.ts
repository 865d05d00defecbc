import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS } from '../../src/core/nlp/parse.js';
import { analyze } from '../../src/index.js';
import { runCli } from '../helpers.js';

/** One line of words and quote marks with no sentence end, about `chars` long. */
function endlessLine(chars: number): string {
  const words = ['council', 'harbour', 'Kim', 'said', 'plan', 'bridge', '“quoted', 'words”', 'Beijing', 'the', 'of', 'vote'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const w = words[(i * 7 + (i >> 3)) % words.length]!;
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ');
}

// A completion check, not a timing: the limits are far above the work. The full analysis of a
// line grows faster than its length (quotes and entities on one 2 MB sentence took 24 s of CPU
// on a loaded machine, and over 120 s inside vitest), so it runs on a line just past the parse
// chunk, where a block too long to split is parsed whole all the same; the 2 MB line takes what
// `precis summary` takes, the path the documents promise for it.
describe('huge input', () => {
  it('summarises a 2 MB line with no sentence end, as precis summary does', () => {
    const record = analyze(endlessLine(2_000_000), { parts: { quotes: false, entities: false } });
    expect(record.summary).toHaveLength(1);
    expect(record.summary[0]!.text.length).toBeGreaterThan(1_900_000);
    expect(record.stats.words).toBeGreaterThan(200_000);
  }, 120_000);

  it('analyses in full a line longer than a parse chunk, as its one sentence', () => {
    const line = endlessLine(1.5 * CHUNK_CHARS);
    const record = analyze(line);
    expect(record.summary).toHaveLength(1);
    expect(record.summary[0]!.text).toBe(line);
    const mentions = record.entities.flatMap((e) => e.mentions);
    // (Some, or the check below would pass on an analysis that found nothing.)
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(line.slice(mention.start, mention.end)).toBe(mention.text);
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
