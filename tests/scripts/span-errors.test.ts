import { describe, expect, it } from 'vitest';
import { spanErrors } from '../../scripts/ner/span-errors.js';
import type { ConllDocument } from '../../src/core/eval/conll.js';

// Made-up sentence: "Halvik Forums said Tova Lind met Varnia Bank staff in Skerra"
const words = ['Halvik', 'Forums', 'said', 'Tova', 'Lind', 'met', 'Varnia', 'Bank', 'staff', 'in', 'Skerra', 'today'];
const doc: ConllDocument = {
  words,
  sentenceStarts: [0],
  gold: [
    { type: 'ORG', start: 0, end: 2 },
    { type: 'PER', start: 3, end: 5 },
    { type: 'ORG', start: 6, end: 8 },
    { type: 'LOC', start: 10, end: 11 },
  ],
};

describe('spanErrors', () => {
  it('sorts each wrong gold name by kind and lists names overlapping no gold one', () => {
    const errors = spanErrors(doc, [
      { type: 'PER', start: 0, end: 2 }, // mistyped
      { type: 'PER', start: 3, end: 5 }, // right
      { type: 'ORG', start: 7, end: 8 }, // boundary
      { type: 'LOC', start: 11, end: 12 }, // spurious; Skerra missed
      { type: 'MISC', start: 9, end: 10 }, // not scored
    ]);
    expect(errors.map((e) => [e.kind, e.type, e.text, e.found])).toEqual([
      ['mistyped', 'ORG', 'Halvik Forums', 'Halvik Forums/PER'],
      ['boundary', 'ORG', 'Varnia Bank', 'Bank/ORG'],
      ['missed', 'LOC', 'Skerra', ''],
      ['spurious', 'LOC', 'today', ''],
    ]);
    expect(errors[0]!.context).toBe('Halvik Forums said Tova Lind met Varnia');
  });

  it('finds nothing wrong in a perfect tagging', () => {
    expect(spanErrors(doc, doc.gold)).toEqual([]);
  });
});
