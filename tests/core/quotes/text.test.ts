import { describe, expect, it } from 'vitest';
import { isNot, isPossessiveMark, isQuoteMark } from '../../../src/core/quotes/text.js';

describe('isQuoteMark', () => {
  it('knows straight and curly quotation marks', () => {
    for (const mark of ['"', '“', '”']) expect(isQuoteMark(mark)).toBe(true);
  });
  it('does not take a letter or comma for one', () => {
    expect(isQuoteMark('a')).toBe(false);
    expect(isQuoteMark(',')).toBe(false);
  });
});

describe('isPossessiveMark and isNot', () => {
  it('knows both spellings of the possessive mark wink splits off, and nothing else', () => {
    expect(["'s", '’s', 's', "'", '’', undefined].map(isPossessiveMark)).toEqual([true, true, false, false, false, false]);
  });
  it('knows "not" and its contraction, and no other negation', () => {
    expect(['not', "n't", 'never', 'no', undefined].map(isNot)).toEqual([true, true, false, false, false]);
  });
});
