import { describe, expect, it } from 'vitest';
import { rankQuotes } from '../../../src/core/quotes/index.js';
import type { Quote } from '../../../src/core/types.js';

function quote(text: string, kind: Quote['kind'], speaker: string | null, start: number): Quote {
  const part = { text, start, end: start + text.length };
  return { ...part, kind, cue: 'said', cueSpan: null, speaker: speaker ? { name: speaker, mentions: [], resolved: true } : null, via: null, parts: [part] };
}

describe('rankQuotes', () => {
  const short = quote('It is fine.', 'direct', 'Tom Becker', 0);
  const long = quote('The wall was built for the storms of a century ago and will not hold against the next one.', 'direct', 'Tom Becker', 100);
  const paraphrase = quote('the wall was built for the storms of a century ago and will not hold against the next one', 'indirect', 'Tom Becker', 300);
  const anonymous = quote('The wall was built for the storms of a century ago and will not hold against the next one.', 'direct', null, 500);

  it('prefers long, direct, attributed quotes', () => {
    expect(rankQuotes([short, long, paraphrase, anonymous], 1)).toEqual([long]);
  });

  it('returns the chosen quotes in article order', () => {
    expect(rankQuotes([anonymous, paraphrase, long], 2).map((q) => q.start)).toEqual([100, 300]);
  });

  it('returns no more quotes than there are, and none for n = 0', () => {
    expect(rankQuotes([short], 3)).toEqual([short]);
    expect(rankQuotes([short, long], 0)).toEqual([]);
  });
});
