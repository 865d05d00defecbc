import { describe, expect, it } from 'vitest';
import { LABELS, spansToLabels } from '../../../src/core/entities/labels.js';
import { labelsToSpans } from '../../../src/core/entities/tagger.js';

const labels = (...names: string[]) => Uint8Array.from(names.map((n) => LABELS.indexOf(n)));

describe('BILOU labels', () => {
  it('round-trips spans through labels', () => {
    const spans = [
      { type: 'PER', start: 0, end: 3 },
      { type: 'LOC', start: 4, end: 5 },
    ] as const;
    expect(labelsToSpans(spansToLabels(spans, 6))).toEqual(spans);
  });

  it('closes a span the next label does not continue (greedy decoding is unconstrained)', () => {
    expect(labelsToSpans(labels('B-ORG', 'I-ORG', 'O', 'U-LOC'))).toEqual([
      { type: 'ORG', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
    ]);
  });

  it('starts a span at an I or L that continues nothing', () => {
    expect(labelsToSpans(labels('O', 'I-PER', 'L-PER', 'L-ORG'))).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'ORG', start: 3, end: 4 },
    ]);
  });

  it('closes a span at each sentence start, past starts that fall among O labels', () => {
    const tagged = labels('O', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O', 'B-PER', 'I-PER', 'L-PER', 'U-LOC');
    expect(labelsToSpans(tagged, [0, 1, 4, 5, 7, 9])).toEqual([
      { type: 'ORG', start: 2, end: 4 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'PER', start: 6, end: 7 },
      { type: 'PER', start: 7, end: 9 },
      { type: 'LOC', start: 9, end: 10 },
    ]);
    // More starts among the O labels than labels after them before the next start: all passed at once.
    expect(labelsToSpans(labels('O', 'O', 'O', 'O', 'B-LOC', 'L-LOC'), [0, 1, 2, 3, 5])).toEqual([
      { type: 'LOC', start: 4, end: 5 },
      { type: 'LOC', start: 5, end: 6 },
    ]);
  });

  it('never lets a span cross a sentence start', () => {
    expect(labelsToSpans(labels('B-PER', 'I-PER', 'L-PER'), [0, 2])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'PER', start: 2, end: 3 },
    ]);
  });
});
