import { describe, expect, it } from 'vitest';
import { typedNames as namesOf } from './names.js';
import { withOilBenchmarks } from '../../../src/core/entities/benchmarks.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

describe('oil benchmarks', () => {
  it('reads the grades as MISC, a country before them as a place and Brent crude as an organisation', () => {
    const words = 'U.S. West Texas Intermediate ( WTI ) rose , Brent crude fell and Brent council met'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'ORG', start: 0, end: 4 },
      { type: 'ORG', start: 5, end: 6 },
      { type: 'LOC', start: 9, end: 10 },
      { type: 'LOC', start: 13, end: 14 },
    ];
    expect(withOilBenchmarks(spans, words)).toEqual([
      { type: 'LOC', start: 0, end: 1 },
      { type: 'MISC', start: 1, end: 4 },
      { type: 'MISC', start: 5, end: 6 },
      { type: 'ORG', start: 9, end: 10 },
      { type: 'LOC', start: 13, end: 14 },
    ]);
    // A title-case headline.
    const headline: TokenSpan[] = [{ type: 'LOC', start: 0, end: 1 }];
    expect(withOilBenchmarks(headline, 'Brent Crude Rises As Output Falls'.split(' '))).toEqual([{ type: 'ORG', start: 0, end: 1 }]);
  });

  it('lists no organisation for the US grade in an oil report', () => {
    const found = namesOf(
      `LONDON, Dec 4 (Reuters) - Oil rose on Friday. Brent crude futures rose 45 cents to $49.16 a barrel. U.S. West Texas Intermediate (WTI) crude futures gained 38 cents.`,
    );
    expect(found.filter((n) => n.includes('Intermediate') || n.includes('WTI'))).toEqual([]);
    expect(found).toContain('PLACE U.S.');
  });

  it('reads the Brent field, a platform or pipeline there, as a place', () => {
    const words = 'workers left the Brent oil field and the Brent platform ; Brent oil fell'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 8, end: 9 },
      { type: 'LOC', start: 11, end: 12 },
    ];
    expect(withOilBenchmarks(spans, words)).toEqual([
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 8, end: 9 },
      { type: 'ORG', start: 11, end: 12 },
    ]);
    expect(namesOf('Workers returned to the Brent oil field on Tuesday.')).toEqual(['PLACE Brent']);
  });
});
