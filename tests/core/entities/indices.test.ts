import { describe, expect, it } from 'vitest';
import { namedEntities } from './names.js';
import { withStockIndices } from '../../../src/core/entities/indices.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

describe('stock indices', () => {
  it('reads a compiler and a count of shares as an index, not the compiler', () => {
    const words = 'the S&P 500 rose , Euro STOXX 50 fell and S&P cut Varnia while Nikkei 50 scored'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'ORG', start: 1, end: 2 },
      { type: 'LOC', start: 5, end: 7 },
      { type: 'ORG', start: 10, end: 11 },
      { type: 'LOC', start: 12, end: 13 },
      { type: 'PER', start: 14, end: 15 },
    ];
    expect(withStockIndices(spans, words).map((s) => s.type)).toEqual(['MISC', 'MISC', 'ORG', 'LOC', 'PER']);
  });

  it('lists no organisation for "the S&P 500" in a market report', () => {
    const found = namedEntities(
      `LONDON, Dec 4 (Reuters) - Oil prices rose on Friday as hopes for vaccines lifted the demand outlook. On Wall Street, the S&P 500 and the Dow Jones Industrial Average hit record highs, while the Nasdaq Composite also climbed. S&P cut Varnia to junk last month.`,
    );
    // The agency's one mention, not the index's.
    expect(found.filter((e) => e.name.startsWith('S&P')).map((e) => `${e.type} ${e.name} ${e.count}`)).toEqual(['ORGANIZATION S&P 1']);
  });
});
