import { describe, expect, it } from 'vitest';
import { rouge, rougeTokens } from '../../../src/core/eval/rouge.js';

describe('rougeTokens', () => {
  it('lower-cases and splits on every character outside a-z0-9, like rouge-score', () => {
    expect(rougeTokens("Locke 's $10.9bn deal, U.S.-led")).toEqual(['locke', 's', '10', '9bn', 'deal', 'u', 's', 'led']);
  });

  it('drops accented letters as rouge-score does (no Unicode letters in its token pattern)', () => {
    expect(rougeTokens('Café Über')).toEqual(['caf', 'ber']);
  });
});

describe('rouge', () => {
  // The example in google-research/rouge's README (rouge_scorer with default options).
  const target = 'The quick brown fox jumps over the lazy dog';
  const prediction = 'The quick brown dog jumps on the log.';

  it('gives ROUGE-1 F1 0.7059 on the rouge-score README example', () => {
    expect(rouge(prediction, target).rouge1.f1).toBeCloseTo(0.7059, 4);
  });

  it('gives ROUGE-L F1 0.5882 on the rouge-score README example', () => {
    expect(rouge(prediction, target).rougeL.f1).toBeCloseTo(0.5882, 4);
  });

  it('gives ROUGE-2 precision 2/7 and recall 2/8 on the same example', () => {
    const { rouge2 } = rouge(prediction, target);
    expect(rouge2.precision).toBeCloseTo(2 / 7, 10);
    expect(rouge2.recall).toBeCloseTo(2 / 8, 10);
  });

  it('scores 1 for identical texts, whatever the case and punctuation', () => {
    const s = rouge('Prices rose 5% in May.', 'prices ROSE 5 in may');
    expect([s.rouge1.f1, s.rouge2.f1, s.rougeL.f1]).toEqual([1, 1, 1]);
  });

  it('clips repeated n-grams to their count in the reference', () => {
    expect(rouge('the the the the', 'the cat').rouge1.precision).toBeCloseTo(1 / 4, 10);
  });

  it('scores 0 rather than NaN for an empty candidate or reference', () => {
    expect(rouge('', 'some words').rouge1.f1).toBe(0);
    expect(rouge('some words', '').rougeL.f1).toBe(0);
    expect(rouge('one', 'one').rouge2.f1).toBe(0);
  });

  it('measures ROUGE-L as one subsequence over the whole text, not per line (rougeL, not rougeLsum)', () => {
    // Per-line union LCS would match "a b" and "c d" in either order; one sequence cannot.
    expect(rouge('c d\na b', 'a b\nc d').rougeL.f1).toBeCloseTo(0.5, 10);
  });
});
