import { describe, expect, it } from 'vitest';
import { AliasIndex, isAlias, storyEntities } from '../../../src/core/digest/entities.js';
import { storyQuotes } from '../../../src/core/digest/quotes.js';
import { orderStories, outletOf } from '../../../src/core/digest/story.js';
import type { Story } from '../../../src/core/digest/types.js';

const story = (title: string, size: number, outlets: number, date: string | null): Story => ({
  story: 0,
  title,
  articles: [],
  size,
  outlets,
  date,
  summary: [],
  entities: [],
  quotes: [],
});

describe('orderStories', () => {
  it('orders by original articles, then outlets, then the latest date, undated last', () => {
    const order = orderStories([
      story('small', 1, 1, '2024-05-01'),
      story('wide', 3, 3, null),
      story('narrow', 3, 1, '2024-05-01'),
      story('old', 1, 1, '2020-01-01'),
      story('undated', 1, 1, null),
    ]);
    expect(order.map((s) => s.title)).toEqual(['wide', 'narrow', 'small', 'old', 'undated']);
  });
});

describe('outletOf', () => {
  it('reads a URL host, a file folder, and a bare file name as its own outlet', () => {
    expect(outletOf('https://www.example.com/news/a.html')).toBe('example.com');
    expect(outletOf('feeds/valley-herald/a.txt')).toBe('feeds/valley-herald');
    expect(outletOf('a.txt')).toBe('a.txt');
  });
});

describe('storyEntities', () => {
  it('merges a surname and an acronym into the full names, counting articles once each', () => {
    const merged = storyEntities([
      [
        { name: 'Ilse Varnholt', type: 'PERSON', count: 2 },
        { name: 'United Nations', type: 'ORGANIZATION', count: 1 },
      ],
      [
        { name: 'Varnholt', type: 'PERSON', count: 3 },
        { name: 'UN', type: 'ORGANIZATION', count: 2 },
      ],
      [{ name: 'Aurel Dostan', type: 'PERSON', count: 1 }],
    ]);
    const varnholt = merged.find((e) => e.name === 'Ilse Varnholt')!;
    expect(varnholt).toMatchObject({ aliases: ['Varnholt'], count: 5, articles: 2 });
    expect(merged.find((e) => e.name === 'United Nations')).toMatchObject({ aliases: ['UN'], articles: 2 });
    expect(merged.map((e) => e.name)).not.toContain('Varnholt');
  });

  it('finds the earliest-added full name a short one stands for, by last word, run of last words or initials', () => {
    const index = new AliasIndex<string>();
    for (const name of ['Kelsland Seismic Institute', 'Ilse Varnholt', 'Aurel Varnholt', 'United Nations']) index.add(name, name);
    expect(index.find('Varnholt')).toBe('Ilse Varnholt');
    expect(index.find('Seismic Institute')).toBe('Kelsland Seismic Institute');
    expect(index.find('KSI')).toBe('Kelsland Seismic Institute');
    expect(index.find('U.N.')).toBe('United Nations');
    expect(index.find('Institute Seismic')).toBeUndefined();
    expect(index.find('Marta Varnholt')).toBeUndefined();
  });

  it('does not take a different first name for an alias', () => {
    expect(isAlias('Ilse', 'Ilse Varnholt')).toBe(true);
    expect(isAlias('Marta Varnholt', 'Ilse Varnholt')).toBe(false);
  });
});

describe('storyQuotes', () => {
  it('keeps a quote two outlets report once, with both sources, under the full speaker name', () => {
    const grouped = storyQuotes([
      { source: 'a.txt', quotes: [{ speaker: 'Ilse Varnholt', text: 'Every hour counts, and we are still digging.', kind: 'direct', start: 10, end: 50 }] },
      {
        source: 'b.txt',
        quotes: [
          { speaker: 'Varnholt', text: 'Every hour counts and we are still digging', kind: 'direct', start: 5, end: 45 },
          { speaker: null, text: 'Nobody knows yet.', kind: 'indirect', start: 60, end: 77 },
        ],
      },
    ]);
    expect(grouped.map((g) => g.speaker)).toEqual(['Ilse Varnholt', null]);
    expect(grouped[0]!.quotes).toHaveLength(1);
    expect(grouped[0]!.quotes[0]!.sources.map((s) => s.source)).toEqual(['a.txt', 'b.txt']);
  });
});
