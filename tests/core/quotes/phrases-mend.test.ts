import { describe, expect, it } from 'vitest';
import { sentenceQuotes } from './sentence-fixture.js';

// Review rvq3: a floated quantifier after an opening time phrase is the subject itself (made-up sentence).

describe('"both" after an opening phrase of time', () => {
  it('speaks ("On Monday both said the vote was fair.")', () => {
    expect(sentenceQuotes('On Monday both said the vote was fair.')).toEqual([['both', ['the vote was fair']]]);
  });
});
