import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/index.js';
import { describedBody } from '../../../src/core/quotes/described-body.js';

// Made-up names; offsets stand for where the entity tagger found each mention.
const org = (name: string, ...starts: number[]): Entity => ({
  name,
  type: 'ORGANIZATION',
  count: starts.length,
  mentions: starts.map((start) => ({ text: name, start, end: start + name.length })),
});
const place = (name: string): Entity => ({ name, type: 'PLACE', count: 1, mentions: [] });

describe('describedBody', () => {
  it('gives "the firm" the body named most often before it, the nearest on a tie', () => {
    const entities = [org('Harbour Board', 10, 40), org('Shipping Organisation', 60)];
    expect(describedBody(entities, ['the', 'firm'], 'firm', 100, 0)).toBe('Harbour Board');
    expect(describedBody([org('Harbour Board', 10), org('Pellam Energy', 60)], ['the', 'firm'], 'firm', 100, 0)).toBe('Pellam Energy');
  });
  it('gives a noun that ends names of its own only a name ending in it, in either spelling', () => {
    const entities = [org('Pellam Energy', 10, 20, 30), org('Tidewater Commission', 60), org('Gull Research Center', 70)];
    expect(describedBody(entities, ['the', 'commission'], 'commission', 100, 0)).toBe('Tidewater Commission');
    expect(describedBody(entities, ['the', 'centre'], 'centre', 100, 0)).toBe('Gull Research Center');
    expect(describedBody(entities, ['the', 'report'], 'report', 100, 0)).toBeNull();
  });
  it('takes no body named only later, only in the headline, or only in lower case', () => {
    expect(describedBody([org('Pellam Energy', 120)], ['the', 'firm'], 'firm', 100, 0)).toBeNull();
    expect(describedBody([org('Pellam Energy', 0)], ['the', 'firm'], 'firm', 100, 20)).toBeNull();
    const lower: Entity = { name: 'Pellam', type: 'ORGANIZATION', count: 1, mentions: [{ text: 'pellam', start: 10, end: 16 }] };
    expect(describedBody([lower], ['the', 'firm'], 'firm', 100, 0)).toBeNull();
  });
  it('lets a capitalised word of the description other than a place name the body itself', () => {
    const entities = [org('Pellam Energy', 10, 20), place('UK')];
    expect(describedBody(entities, ['the', 'UK', 'firm'], 'firm', 100, 0)).toBe('Pellam Energy');
    expect(describedBody(entities, ['the', 'GMA', 'trade', 'organisation'], 'organisation', 100, 0)).toBeNull();
  });
});
