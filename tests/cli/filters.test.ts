import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SEED } from '../helpers.js';
import { folderWith, story } from './batch-fixtures.js';

/** `quotes --speaker` and `entities --type` filter the record: text, JSON and --out files alike. */

interface Rec {
  quotes: { speaker: { name: string } | null }[];
  entities: { type: string }[];
}
const record = (stdout: string) => JSON.parse(stdout) as Rec;

describe('quotes --speaker', () => {
  it('filters the JSON record too, keeping its shape', async () => {
    const all = record((await runCli(['quotes', '--json', SEED])).stdout);
    const r = await runCli(['quotes', '--speaker', 'park', '--json', SEED]);
    expect(r.code).toBe(0);
    const park = record(r.stdout);
    expect(Object.keys(park)).toEqual(Object.keys(all));
    expect(park.quotes.length).toBeGreaterThan(0);
    expect(park.quotes.length).toBeLessThan(all.quotes.length);
    for (const q of park.quotes) expect(q.speaker?.name.toLowerCase()).toContain('park');
  });

  it('prints the same quotes as text as it does in JSON', async () => {
    const json = record((await runCli(['quotes', '--speaker', 'park', '--json', SEED])).stdout);
    const text = (await runCli(['quotes', '--speaker', 'park', SEED])).stdout;
    expect(text.trimEnd().split('\n')).toHaveLength(json.quotes.length);
  });
});

describe('entities --type', () => {
  it('lists only the types asked for', async () => {
    const r = await runCli(['entities', '--type', 'person,place', SEED]);
    expect(r.code).toBe(0);
    const headers = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith(' '));
    expect(headers).toEqual(['People', 'Places']);
  });

  it('filters the JSON record too, keeping its shape', async () => {
    const all = record((await runCli(['entities', '--json', SEED])).stdout);
    const some = record((await runCli(['entities', '--type', 'Person,organisation', '--json', SEED])).stdout);
    expect(Object.keys(some)).toEqual(Object.keys(all));
    expect(new Set(some.entities.map((e) => e.type))).toEqual(new Set(['PERSON', 'ORGANIZATION']));
    expect(some.entities).toEqual(all.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION'));
  });

  it('filters what --out writes', async () => {
    const dir = folderWith({ 'story.txt': story(3, 4) });
    const out = path.join(dir, 'out');
    expect((await runCli(['entities', '--type', 'person', '--json', '--out', out, path.join(dir, 'story.txt')])).code).toBe(0);
    const written = record(readFileSync(path.join(out, 'story.json'), 'utf8'));
    expect(written.entities.length).toBeGreaterThan(0);
    expect(written.entities.every((e) => e.type === 'PERSON')).toBe(true);
  });

  it('refuses an unknown type as a usage error (exit 2), naming the known ones', async () => {
    const r = await runCli(['entities', '--type', 'person,planet', SEED]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown entity type planet; known types: person, organization, place, date/);
  });
});
