import { describe, expect, it } from 'vitest';
import { articleFeatures, featureId, MAX_NAMES, MAX_TERMS, termIds } from '../../../src/core/digest/features.js';
import { minHash } from '../../../src/core/digest/minhash.js';
import type { ArticleRecord } from '../../../src/core/types.js';

const text = 'Ferries resume at Port Tessaly. The harbour wall cracked in two places, mayor Dorian Pelk said on Monday.';
const record = {
  source: 'tessaly.txt',
  title: 'Ferries resume at Port Tessaly',
  byline: null,
  date: null,
  text,
  summary: [{ index: 1, start: 32, end: text.length, text: text.slice(32) }],
  quotes: [],
  entities: [
    { name: 'Dorian Pelk', type: 'PERSON', count: 1, mentions: [] },
    { name: 'Monday', type: 'DATE', count: 1, mentions: [] },
  ],
} as unknown as ArticleRecord;

describe('articleFeatures', () => {
  it('gives a feature the same id in any article and any thread: ids are hashes, no vocabulary is shared', () => {
    const a = articleFeatures(record);
    const b = articleFeatures({ ...record, source: 'other.txt' });
    expect([...a.termIds]).toEqual([...b.termIds]);
    expect(a.termIds).toContain(featureId('harbour'));
    expect(a.termIds).toContain(featureId('pelk'));
    expect(a.termIds).toContain(featureId('num:monday'));
  });

  it('weighs title words, proper nouns and dates above body words', () => {
    const f = articleFeatures(record);
    const count = (feature: string) => f.termCounts[[...f.termIds].indexOf(featureId(feature))];
    expect(count('harbour')).toBe(1);
    // Capitalised only as the title's and the text's first word: not a proper noun.
    expect(count('ferrie')).toBe(2);
    expect(count('pelk')).toBe(4);
    // In the text (which starts with the title) as a proper noun, 4, and the title's extra count of 1.
    expect(count('tessaly')).toBe(5);
    expect(count('num:monday')).toBe(5);
  });

  it('gives the same features whatever names the entity tagger found: a retrained model must not move grouping', () => {
    const found = articleFeatures(record);
    const missed = articleFeatures({ ...record, entities: record.entities.filter((e) => e.type === 'DATE') });
    const retyped = articleFeatures({
      ...record,
      entities: [
        { name: 'Pelk', type: 'PLACE', count: 1, mentions: [] },
        { name: 'Port Tessaly', type: 'ORGANIZATION', count: 2, mentions: [] },
        record.entities[1]!,
      ],
    });
    for (const other of [missed, retyped]) {
      expect([...other.termIds]).toEqual([...found.termIds]);
      expect([...other.termCounts]).toEqual([...found.termCounts]);
    }
  });

  it("carries each summary sentence's content words as feature ids, for the story summary", () => {
    const [sentence] = articleFeatures(record).sentences;
    expect([...sentence!.terms]).toEqual([...termIds(sentence!.text)]);
    expect(sentence!.terms).toContain(featureId('harbour'));
    expect(sentence!.terms).not.toContain(featureId('the'));
  });
});

describe('articleFeatures on a very long article', () => {
  // 1,500 made-up words, each once, then "lighthouse" five times at the very end; 40 names.
  const made = Array.from({ length: 1500 }, (_, i) => `zo${i.toString(36)}qua`);
  const long = `${made.join(' ')} ${'lighthouse '.repeat(5)}`;
  const names = Array.from({ length: 40 }, (_, i) => ({ name: `Keeper ${i}`, type: 'PERSON', count: i === 39 ? 9 : 1, mentions: [] }));
  const f = articleFeatures({ ...record, title: '', text: long, summary: [], entities: names } as unknown as ArticleRecord);

  it('keeps at most MAX_TERMS features: the most frequent, then the first met', () => {
    expect(f.termIds).toHaveLength(MAX_TERMS);
    expect(f.termIds).toContain(featureId('lighthouse'));
    expect(f.termIds).toContain(featureId(made[0]!));
    expect(f.termIds).not.toContain(featureId(made[1499]!));
  });

  it('keeps at most MAX_NAMES names for the story view, the most mentioned first', () => {
    expect(f.entities).toHaveLength(MAX_NAMES);
    expect(f.entities[0]!.name).toBe('Keeper 39');
  });
});

describe('minHash', () => {
  it('estimates the resemblance of two sets (one permutation, densified)', () => {
    const a = new Set(Array.from({ length: 400 }, (_, i) => i * 2654435761));
    const b = new Set([...a].slice(0, 200));
    const sa = minHash(a).signature;
    const sb = minHash(b).signature;
    const same = sa.filter((x, i) => x === sb[i]).length / sa.length;
    // True Jaccard 0.5; 128 positions give a standard error of about 0.045.
    expect(same).toBeGreaterThan(0.35);
    expect(same).toBeLessThan(0.65);
    expect(minHash(new Set()).shingles).toBe(0);
  });
});
