import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from '../helpers.js';

/**
 * docs/json-record.md is the one statement of the `--json` contract: each object has a `###`
 * section whose table lists its keys, one per row. These tests hold the page and the output to
 * each other: a key emitted but not documented, or documented but not emitted, fails.
 */

type Json = Record<string, unknown>;

/** `### Name` → the keys in the first column of its table (`| \`key\` | … |`). */
function documentedKeys(markdown: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,6}) (.+)$/.exec(line);
    if (heading) {
      current = heading[1] === '###' ? [] : undefined;
      if (current) sections.set(heading[2]!.trim(), current);
      continue;
    }
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (row && current) current.push(row[1]!);
  }
  return sections;
}

/** The distinct key lists of the objects, each sorted: one entry when they all agree. */
function keyShapes(objects: readonly Json[]): string[][] {
  const shapes = new Map<string, string[]>();
  for (const o of objects) {
    const keys = Object.keys(o).sort();
    shapes.set(keys.join(','), keys);
  }
  return [...shapes.values()];
}

function emittedObjects(record: Json): Map<string, Json[]> {
  const list = (v: unknown) => v as Json[];
  const quotes = list(record.quotes);
  const entities = list(record.entities);
  const speakers = quotes.map((q) => q.speaker).filter((s): s is Json => s !== null);
  return new Map<string, Json[]>([
    ['Record', [record]],
    ['Block', list(record.blocks)],
    ['Stats', [record.stats as Json]],
    ['Summary sentence', list(record.summary)],
    ['Quote', quotes],
    ['Speaker', speakers],
    ['Entity', entities],
    ['Span', quotes.map((q) => q.cueSpan).filter((s): s is Json => s !== null)],
    ['Text span', [...quotes.flatMap((q) => list(q.parts)), ...speakers.flatMap((s) => list(s.mentions)), ...entities.flatMap((e) => list(e.mentions))]],
  ]);
}

const documented = documentedKeys(readFileSync(path.join(ROOT, 'docs', 'json-record.md'), 'utf8'));

describe('docs/json-record.md against precis --json', async () => {
  // A fixture with a heading, a byline, direct and reported quotes with speakers and cues.
  const run = await runCli(['--json', path.join(FIXTURES, 'articles', 'harbour-bridge.txt')]);
  const record = JSON.parse(run.stdout) as Json;
  const emitted = emittedObjects(record);

  it('documents exactly the objects the record holds, plus the error record', () => {
    expect([...documented.keys()].sort()).toEqual([...emitted.keys(), 'Error'].sort());
  });

  for (const [name, objects] of emitted) {
    it(`lists exactly the keys of every ${name} emitted`, () => {
      expect(objects.length).toBeGreaterThan(0);
      expect(keyShapes(objects)).toEqual([[...(documented.get(name) ?? [])].sort()]);
    });
  }

  const cwd = mkdtempSync(path.join(tmpdir(), 'precis-json-record-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('lists exactly the keys of the error record', async () => {
    const failed = await runCli(['--json', 'missing.txt'], { cwd });
    expect(failed.code).toBe(1);
    const error = JSON.parse(failed.stdout) as Json;
    expect(keyShapes([error])).toEqual([[...(documented.get('Error') ?? [])].sort()]);
  });
});
