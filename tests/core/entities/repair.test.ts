import { describe, expect, it } from 'vitest';
import { repairSpans } from '../../../src/core/entities/repair.js';

describe('repairSpans', () => {
  it('joins touching spans that form a name tagged elsewhere in the document', () => {
    const words = ['Lena', 'Moss', 'spoke', '.', 'Lena', 'Moss', 'left'];
    const spans = [
      { type: 'PER', start: 0, end: 2 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'PER', start: 5, end: 6 },
    ] as const;
    expect(repairSpans(spans, words)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'PER', start: 4, end: 6 },
    ]);
  });

  it('leaves touching spans apart when the document never names them together', () => {
    const spans = [{ type: 'LOC', start: 0, end: 1 }, { type: 'ORG', start: 1, end: 2 }] as const;
    expect(repairSpans(spans, ['Norway', 'Telenor', 'rose'])).toEqual(spans);
  });

  it('reads "Kim II Sung" as one person', () => {
    const words = ['Kim', 'II', 'Sung', 'led'];
    expect(repairSpans([{ type: 'PER', start: 0, end: 1 }, { type: 'ORG', start: 1, end: 3 }], words)).toEqual([{ type: 'PER', start: 0, end: 3 }]);
    expect(repairSpans([{ type: 'PER', start: 0, end: 1 }], words)).toEqual([{ type: 'PER', start: 0, end: 3 }]);
  });

  it('keeps a regnal numeral out of a following name only when no capitalised word follows', () => {
    expect(repairSpans([{ type: 'PER', start: 0, end: 1 }], ['Elizabeth', 'II', 'died'])).toEqual([{ type: 'PER', start: 0, end: 1 }]);
  });
});
