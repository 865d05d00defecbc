import { describe, expect, it } from 'vitest';
import { typedNames as namesOf } from './names.js';
import { withEventsAsMisc } from '../../../src/core/entities/events.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

describe('awards and events', () => {
  it('reads a name ending in a word for an award, cup or race as no person, organisation or place', () => {
    const words = 'Varn won the Halvik Film Awards , the Tarsk Cup and a Rolf Award before the Ostby Marathon'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'ORG', start: 3, end: 6 },
      { type: 'LOC', start: 8, end: 10 },
      { type: 'PER', start: 12, end: 14 },
      { type: 'ORG', start: 16, end: 18 },
    ];
    expect(withEventsAsMisc(spans, words).map((s) => s.type)).toEqual(['MISC', 'MISC', 'MISC', 'MISC']);
  });

  it('leaves a one-word name and other heads alone ("Cup" alone, "Halvik Games")', () => {
    const words = 'Cup said Halvik Games rose'.split(' ');
    const spans: TokenSpan[] = [
      { type: 'PER', start: 0, end: 1 },
      { type: 'ORG', start: 2, end: 4 },
    ];
    expect(withEventsAsMisc(spans, words)).toEqual(spans);
  });

  it('lists no award ceremony among the names of a report', () => {
    const found = namesOf(`Critics said the Varnby Awards will honour Tova Lind, who won the Ostby Prize last year.`);
    expect(found).toEqual(['PERSON Tova Lind']);
    const nominated = namesOf(`Tova Lind and Ruud Marsk were nominated for Tony Awards, and Marsk won the Tarsk Trophy.`);
    expect(nominated.some((n) => n.includes('Awards'))).toBe(false);
  });
});
