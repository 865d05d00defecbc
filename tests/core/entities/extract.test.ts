import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { parseArticle } from '../../../src/core/nlp/parse.js';
import type { Entity } from '../../../src/core/types.js';
import { fixture, seedText } from '../../helpers.js';

const entitiesOf = (raw: string) => {
  const parsed = parseArticle(cleanArticle(raw));
  return { text: parsed.article.text, entities: extractEntities(parsed) };
};
const find = (entities: readonly Entity[], name: string) => entities.find((e) => e.name === name);
const typeOf = (entities: readonly Entity[], name: string) => find(entities, name)?.type;

describe('extractEntities on the seed article', () => {
  const { text, entities } = entitiesOf(seedText());

  it.each([
    ['Kim Jong Un', 'PERSON'], ['Xi Jinping', 'PERSON'], ['Mao Zedong', 'PERSON'], ['Park Won-gon', 'PERSON'],
    ['China', 'PLACE'], ['North Korea', 'PLACE'], ['Pyongyang', 'PLACE'], ['Beijing', 'PLACE'], ['Washington', 'PLACE'],
    ['KCNA', 'ORGANIZATION'], ['United Nations', 'ORGANIZATION'],
  ])('finds %s as %s', (name, type) => {
    expect(typeOf(entities, name)).toBe(type);
  });

  it('reads the misprinted "Kim II Sung" as one person, apart from Kim Jong Un', () => {
    expect(typeOf(entities, 'Kim II Sung')).toBe('PERSON');
    expect(find(entities, 'Kim Jong Un')!.mentions.map((m) => m.text)).not.toContain('Kim II Sung');
  });

  it('leaves a bare "Kim" apart, since two Kims are named', () => {
    expect(find(entities, 'Kim Jong Un')!.mentions.every((m) => m.text === 'Kim Jong Un')).toBe(true);
    expect(typeOf(entities, 'Kim')).toBe('PERSON');
  });

  it('counts "UN" as a mention of the United Nations', () => {
    expect(find(entities, 'United Nations')!.mentions.map((m) => m.text)).toEqual(['United Nations', 'UN']);
  });

  it('gives every mention offsets that slice its text', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lists the most-mentioned entities first, with counts equal to their mentions', () => {
    for (const e of entities) expect(e.count).toBe(e.mentions.length);
    const counts = entities.map((e) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(entities[0]!.name).toBe('China');
  });

  it("keeps wink's dates and numbers", () => {
    expect(entities.some((e) => e.type === 'DATE' && /July 11/.test(e.name))).toBe(true);
  });
});

describe('extractEntities on modern news we wrote', () => {
  it('finds tech companies, their people and places', () => {
    const { entities } = entitiesOf(fixture('entities', 'tech.txt'));
    for (const name of ['Nvidia', 'Microsoft', 'Apple', 'European Commission']) expect(typeOf(entities, name)).toBe('ORGANIZATION');
    for (const name of ['Jensen Huang', 'Sam Altman']) expect(typeOf(entities, name)).toBe('PERSON');
    for (const name of ['New York', 'Santa Clara', 'California', 'Brussels']) expect(typeOf(entities, name)).toBe('PLACE');
    expect(find(entities, 'Jensen Huang')!.mentions.map((m) => m.text)).toEqual(['Jensen Huang', 'Huang']);
  });

  it('finds modern politicians and the places they meet in', () => {
    const { entities } = entitiesOf(fixture('entities', 'politics.txt'));
    for (const name of ['Keir Starmer', 'Emmanuel Macron', 'Volodymyr Zelensky', 'Mark Rutte', 'Joe Biden', 'Karine Jean-Pierre', 'Kemi Badenoch']) {
      expect(typeOf(entities, name)).toBe('PERSON');
    }
    for (const name of ['Paris', 'France', 'Ukraine', 'Kyiv', 'Washington']) expect(typeOf(entities, name)).toBe('PLACE');
    expect(typeOf(entities, 'European Union')).toBe('ORGANIZATION');
    expect(find(entities, 'Keir Starmer')!.count).toBe(3);
  });

  it('reads a title-case headline word by word, not as one long name', () => {
    const { entities } = entitiesOf(fixture('entities', 'politics.txt'));
    expect(find(entities, 'Emmanuel Macron')!.mentions.map((m) => m.text)).toEqual(['Macron', 'Emmanuel Macron', 'Macron']);
    expect(entities.some((e) => /Agree|Deal/.test(e.name))).toBe(false);
  });

  it('finds football clubs as organisations and players as people', () => {
    const { entities } = entitiesOf(fixture('entities', 'sport.txt'));
    for (const name of ['Manchester City', 'Arsenal', 'Liverpool', 'Chelsea', 'Real Madrid', 'Barcelona']) expect(typeOf(entities, name)).toBe('ORGANIZATION');
    for (const name of ['Mikel Arteta', 'Kylian Mbappe', 'Guardiola']) expect(typeOf(entities, name)).toBe('PERSON');
    for (const name of ['Spain', 'Lisbon']) expect(typeOf(entities, name)).toBe('PLACE');
  });
});
