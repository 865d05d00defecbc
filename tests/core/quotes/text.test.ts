import { describe, expect, it } from 'vitest';
import { isQuoteMark } from '../../../src/core/quotes/text.js';

describe('isQuoteMark', () => {
  it('knows straight and curly quotation marks', () => {
    for (const mark of ['"', '“', '”']) expect(isQuoteMark(mark)).toBe(true);
  });
  it('does not take a letter or comma for one', () => {
    expect(isQuoteMark('a')).toBe(false);
    expect(isQuoteMark(',')).toBe(false);
  });
});
