import { describe, expect, it } from 'vitest';
import { isEmphasis } from '../../../src/core/entities/emphasis.js';
import type { PlacedMention } from '../../../src/core/entities/framing.js';
import { namedEntities, typedNames } from './names.js';

const story = (body: string) => `Harlow Foods names a new boss\n\n${body}\n\nThe firm makes soups and sauces at two plants in Dunmere.`;

describe('words in capitals for emphasis', () => {
  it('reads a common word in capitals before a lower-case word as emphasis, not an organisation', () => {
    const found = typedNames(story('The NEW chief executive of Harlow Foods, Dana Quell, will start in May, the firm said.'));
    expect(found).toContain('ORGANIZATION Harlow Foods');
    expect(found.some((n) => n.endsWith(' NEW'))).toBe(false);
  });

  it('keeps an acronym spelling a word that the article defines in brackets', () => {
    const found = namedEntities(story('The Civic Arts Rescue Effort (CARE) met on Monday. Harlow Foods passed every test of the CARE panel.'));
    const mentions = found.filter((e) => e.type === 'ORGANIZATION').flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions.filter((t) => t === 'CARE')).toHaveLength(2);
  });

  it('keeps an acronym standing where an organisation acts or its officials are named', () => {
    const found = namedEntities(
      story('Harlow Foods passed every test, the CARE warned on Monday, and CARE chief Ola Venn agreed. Later a CARE official said it was safe.'),
    );
    const mentions = found.filter((e) => e.type === 'ORGANIZATION').flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions.filter((t) => t === 'CARE')).toHaveLength(3);
  });

  it('asks the training text whether the word is a common one', () => {
    const text = 'The NEW chief executive';
    const m: PlacedMention = { type: 'ORGANIZATION', start: 4, end: 7, text: 'NEW', words: ['NEW'], sentenceInitial: false, pos: 'PROPN' };
    expect(isEmphasis(m, text, () => true)).toBe(true);
    expect(isEmphasis(m, text, () => false)).toBe(false);
    expect(isEmphasis({ ...m, sentenceInitial: true }, text, () => true)).toBe(false);
    expect(isEmphasis(m, 'The NEW Chief', () => true)).toBe(false);
  });
});
