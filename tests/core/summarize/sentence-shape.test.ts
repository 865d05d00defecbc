import { describe, expect, it } from 'vitest';
import { sentenceShapeFactor } from '../../../src/core/summarize/sentence-shape.js';

describe('sentenceShapeFactor', () => {
  it('leaves an ordinary news sentence alone', () => {
    expect(sentenceShapeFactor('The council approved the park on Tuesday after a long debate.', 20)).toBe(1);
  });

  it('lowers a sentence under eight words', () => {
    expect(sentenceShapeFactor('He agreed.', 2)).toBeLessThan(1);
  });

  it('lowers a sentence past 35 words in proportion to its length', () => {
    expect(sentenceShapeFactor('long', 70)).toBeCloseTo(0.5, 10);
  });

  it('lowers a picture caption that opens with a short label and a colon', () => {
    expect(sentenceShapeFactor('Perfect pair: the two friends held up a sign at their junior prom in town.', 20)).toBeLessThan(1);
  });

  it('does not mistake a quote introduced by "said:" for a caption', () => {
    expect(sentenceShapeFactor('Mr Ruiz said: "The park is the best use of the land we have had."', 20)).toBe(1);
  });
});
