import { describe, expect, it } from 'vitest';
import { readPolnearJson } from '../../../src/core/eval/polnear-format.js';

describe('readPolnearJson', () => {
  it('reads attributions and skips those without content', () => {
    const doc = readPolnearJson({
      doc: 'd1',
      text: 'abc',
      quotes: [
        {
          id: 'E1',
          cue: { start: 0, end: 1, text: 'said' },
          sources: [{ start: 0, end: 1, text: 'A' }],
          contents: [{ start: 1, end: 3, text: 'bc' }],
          has_quote_mark: false,
        },
        { id: 'E2', cue: null, sources: [], contents: [], has_quote_mark: false },
      ],
    });
    expect(doc.attributions).toHaveLength(1);
    expect(doc.attributions[0]!.sources[0]).toEqual({ text: 'A', start: 0, end: 1 });
  });

  it('rejects anything that is not a PolNeAR document', () => {
    expect(() => readPolnearJson({ text: 1 })).toThrow();
  });
});
