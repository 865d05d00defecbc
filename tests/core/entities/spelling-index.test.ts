import { describe, expect, it } from 'vitest';
import { spellingIndex } from '../../../src/core/entities/spelling-index.js';

const tokens = (...values: string[]) => values.map((value) => ({ value }));

describe('spellingIndex', () => {
  it('answers exactly what a set of the kept spellings answers', () => {
    const values = ['The', 'tide', 'rose', '.', 'Ann', 'Roe', 'saw', 'the', 'tide', 'turn', 'at', 'élan', 'x-ray', 'a', ',', 'tied', 'edit', 'tidE'];
    const keep = (v: string) => v !== 'turn';
    const index = spellingIndex(tokens(...values), keep);
    const set = new Set(values.filter(keep));
    // Same-bucket neighbours ("tide"/"tied"/"tidE": one length, first and last letters alike or not) and words never written.
    for (const word of [...values, 'Tide', 'TIDE', 'tid', 'tides', 'turn', 'roe', 'b', 'éla', '', 'x-rays']) {
      expect([word, index.has(word)]).toEqual([word, set.has(word)]);
    }
  });

  it('answers for an article of no tokens, or of many', () => {
    expect(spellingIndex([], () => true).has('tide')).toBe(false);
    const many = Array.from({ length: 5000 }, (_, k) => `w${k}`);
    const index = spellingIndex(tokens(...many), () => true);
    expect(many.every((w) => index.has(w))).toBe(true);
    expect(index.has('w5000')).toBe(false);
  });
});
