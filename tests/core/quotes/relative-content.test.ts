import { describe, expect, it } from 'vitest';
import { sentenceQuotes } from './sentence-fixture.js';

// Review rvq3: a statement inside a relative clause between commas ends at the comma that closes
// the clause, before the sentence's main verb (made-up sentences).

describe('a cue in a relative clause between commas', () => {
  it('ends the statement at the closing comma after "who has since said" (wink tags "since" SCONJ)', () => {
    expect(sentenceQuotes('The mayor, who has since said he regrets it, left the hall.')).toEqual([['The mayor', ['he regrets it']]]);
  });

  it('ends the statement there after an infinitive cue ("who went on to say", "who then went on to tell")', () => {
    expect(sentenceQuotes('The mayor, who went on to say he regrets it, left the hall.')).toEqual([['The mayor', ['he regrets it']]]);
    expect(sentenceQuotes('Ana Roe, who then went on to tell reporters the vote was rigged, left the room early.')).toEqual([
      ['Ana Roe', ['the vote was rigged']],
    ]);
  });

  it('ends a short statement there too ("The wall, which Pell said would fail, held …")', () => {
    expect(sentenceQuotes('The wall, which Tom Pell said would fail, held for a week.')).toEqual([['Tom Pell', ['The wall', 'would fail']]]);
  });
});
