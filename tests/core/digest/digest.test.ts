import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/index.js';
import { FIXTURES, runCli } from '../../helpers.js';

const DIR = path.join(FIXTURES, 'digest');

/**
 * The fixture folder (three reports of one quake, two of another, one bank deal, and two copies
 * of a report: a re-post and an HTML page), digested by the CLI, which reads HTML as HTML.
 */
async function digestFixtures(...flags: string[]): Promise<Story[]> {
  const run = await runCli(['digest', '--json', ...flags, DIR]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => {
      const story = JSON.parse(line) as Story;
      return {
        ...story,
        articles: story.articles.map((a) => ({ ...a, source: path.basename(a.source), duplicateOf: a.duplicateOf && path.basename(a.duplicateOf) })),
        summary: story.summary.map((x) => ({ ...x, source: path.basename(x.source) })),
        quotes: story.quotes.map((q) => ({
          ...q,
          quotes: q.quotes.map((y) => ({ ...y, sources: y.sources.map((z) => ({ ...z, source: path.basename(z.source) })) })),
        })),
      };
    });
}

let stories: Story[];
beforeAll(async () => {
  stories = await digestFixtures();
});

const sources = (s: Story) => s.articles.map((a) => a.source).sort();

describe('digest: grouping', () => {
  it('puts the reports of one earthquake together and keeps the other earthquake apart', () => {
    const marova = stories.find((s) => s.articles.some((a) => a.source === 'marova-daily.txt'))!;
    const tessaly = stories.find((s) => s.articles.some((a) => a.source === 'tessaly-wire.txt'))!;
    expect(marova).not.toBe(tessaly);
    expect(sources(marova)).toEqual(['marova-daily.txt', 'marova-radio.txt', 'marova-wire.page.html', 'marova-wire.repost.txt', 'marova-wire.txt']);
    expect(sources(tessaly)).toEqual(['tessaly-coast.txt', 'tessaly-wire.txt']);
  });

  it('leaves an unrelated article as a story of its own', () => {
    const bank = stories.find((s) => s.articles.some((a) => a.source === 'bank-merger.txt'))!;
    expect(sources(bank)).toEqual(['bank-merger.txt']);
  });

  // In a folder of two, each vector compared holds little beyond the features the two share, so a
  // few ordinary words in common had made a bank deal and an earthquake one story.
  const storiesOf = async (...files: string[]) => {
    const run = await runCli(['digest', '--json', ...files.map((f) => path.resolve(DIR, f))]);
    expect(run.code).toBe(0);
    return run.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as Story).size)
      .sort();
  };

  it('keeps two unrelated articles apart when they are the whole folder', async () => {
    expect(await storiesOf('bank-merger.txt', 'tessaly-wire.txt')).toEqual([1, 1]);
    expect(await storiesOf('bank-merger.txt', 'marova-daily.txt')).toEqual([1, 1]);
  });

  it('still puts two reports of one event together when they are the whole folder', async () => {
    expect(await storiesOf('tessaly-coast.txt', 'tessaly-wire.txt')).toEqual([2]);
    expect(await storiesOf('marova-daily.txt', 'marova-radio.txt')).toEqual([2]);
  });

  // In a folder of five, a word two articles share still weighs more on tf-idf than it would in a
  // large one: an election and a film prize that share a few ordinary words had been one story.
  const UNRELATED = path.join(FIXTURES, 'digest-unrelated');
  const unrelated = ['election.txt', 'film.txt', 'football.txt', 'phones.txt', 'rates.txt'].map((f) => path.join(UNRELATED, f));

  it('keeps five unrelated articles apart when they are the whole folder', async () => {
    expect(await storiesOf(...unrelated)).toEqual([1, 1, 1, 1, 1]);
  });

  it('still puts two reports of one event together among five unrelated articles', async () => {
    expect(await storiesOf(...unrelated, 'tessaly-coast.txt', 'tessaly-wire.txt')).toEqual([1, 1, 1, 1, 1, 2]);
  });
});

describe('digest: copies', () => {
  const marova = () => stories.find((s) => s.articles.some((a) => a.source === 'marova-daily.txt'))!;
  it('flags a re-post (boilerplate, re-wrapped, last paragraph dropped) and an HTML page as copies of one original', () => {
    const copies = marova().articles.filter((a) => a.duplicateOf !== null);
    expect(copies).toHaveLength(2);
    const original = marova().articles.find((a) => a.source === copies[0]!.duplicateOf)!;
    expect(original.duplicateOf).toBeNull();
    expect(copies.every((c) => c.duplicateOf === original.source)).toBe(true);
    expect(['marova-wire.txt', 'marova-wire.page.html', 'marova-wire.repost.txt']).toContain(original.source);
  });

  it('does not flag follow-ups on the same story as copies', () => {
    for (const name of ['marova-daily.txt', 'marova-radio.txt']) expect(marova().articles.find((a) => a.source === name)!.duplicateOf).toBeNull();
  });

  it('counts a copy once: not in the size, the summary or the quotes', () => {
    expect(marova().size).toBe(3);
    const copies = new Set(
      marova()
        .articles.filter((a) => a.duplicateOf !== null)
        .map((a) => a.source),
    );
    expect(marova().summary.some((s) => copies.has(s.source))).toBe(false);
    for (const speaker of marova().quotes) for (const q of speaker.quotes) expect(q.sources.some((s) => copies.has(s.source))).toBe(false);
  });
});

describe('digest: the story view', () => {
  const marova = () => stories.find((s) => s.articles.some((a) => a.source === 'marova-daily.txt'))!;
  it('summarises across articles in 3 to 5 sentences, none repeated', () => {
    expect(marova().summary.length).toBeGreaterThanOrEqual(3);
    expect(marova().summary.length).toBeLessThanOrEqual(5);
    expect(new Set(marova().summary.map((s) => s.source)).size).toBeGreaterThan(1);
    expect(new Set(marova().summary.map((s) => s.text)).size).toBe(marova().summary.length);
  });

  it('merges a name across articles and aliases ("Varnholt" is "Ilse Varnholt")', () => {
    const governor = marova().entities.filter((e) => e.name.includes('Varnholt'));
    expect(governor).toHaveLength(1);
    expect(governor[0]!.articles).toBe(3);
  });

  it('groups quotes by speaker and shows a quote reported twice once, with both sources', () => {
    const varnholt = marova().quotes.find((q) => q.speaker === 'Ilse Varnholt')!;
    expect(varnholt).toBeDefined();
    const everyHour = varnholt.quotes.filter((q) => q.text.includes('Every hour counts'));
    expect(everyHour.some((q) => q.sources.length >= 2)).toBe(true);
  });
});

describe('digest: ordering and filters', () => {
  it('lists bigger stories first and numbers them from 1', () => {
    expect(stories.map((s) => s.story)).toEqual(stories.map((_, i) => i + 1));
    expect(stories.map((s) => s.size)).toEqual([3, 2, 1]);
  });

  it('--min-size and --top keep the biggest stories', async () => {
    expect((await digestFixtures('--min-size', '2')).map((s) => s.size)).toEqual([3, 2]);
    expect((await digestFixtures('--top', '1')).map((s) => s.size)).toEqual([3]);
  });

  it('--since leaves out articles dated before it and keeps undated ones', async () => {
    const later = await digestFixtures('--since', '2024-03-06');
    const all = later.flatMap((s) => s.articles.map((a) => a.source));
    expect(all).not.toContain('marova-wire.page.html');
    expect(all).toContain('marova-wire.txt');
    expect(all).toHaveLength(7);
  });
});
