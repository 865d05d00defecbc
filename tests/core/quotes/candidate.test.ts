import { describe, expect, it } from 'vitest';
import { cueLemma } from '../../../src/core/quotes/candidate.js';
import { parse, tokenIndex } from './parsed-fixture.js';

/** The cue lemma and wink's tag of the `nth` token `word` in the fixture. */
function cueOf(body: string, word: string, nth = 0): [string | undefined, string] {
  const p = parse(body);
  const i = tokenIndex(p, word, nth);
  return [cueLemma(p.tokens, i), p.tokens[i]!.pos];
}

describe('a present-tense cue the tagger reads as a noun', () => {
  it('is a verb after a name set off by commas, inside the sentence ("Voters, Ida Fenn notes, applaud …")', () => {
    expect(cueOf('Harbour voters, Ida Fenn notes, applaud the new wall.', 'notes')).toEqual(['note', 'NOUN']);
  });

  it('is a verb in its bare form after "who", before a subject pronoun and its verb ("women who claim he …")', () => {
    expect(cueOf('There are women who claim he wants the vote.', 'claim')).toEqual(['claim', 'NOUN']);
  });

  it('is a verb in its -s form after a relative pronoun ("…, who notes that …", "the report, which notes, “…”")', () => {
    expect(cueOf('Tom Pell, an analyst at Gull, who notes that the firm has vowed to cut costs, was not convinced.', 'notes')).toEqual(['note', 'NOUN']);
    expect(cueOf('The release cited the Gull Press report, which notes, "Two in five boats are late."', 'notes')).toEqual(['note', 'NOUN']);
    // (Review rvq5: the second "notes", the one after "which"; the first had been tested.)
    expect(cueOf('The board read notes about the vote, which notes were kept.', 'notes', 1)[0]).toBeUndefined();
  });

  it('stays a noun after a relative pronoun when the clause\'s own verb follows ("who reports say/NOUN was armed")', () => {
    expect(cueOf('The suspect, who reports say was armed, fled the harbour.', 'reports')[0]).toBeUndefined();
    expect(cueOf('Those who states praise get the money.', 'states')[0]).toBeUndefined();
  });

  it('stays a noun after a name with no comma before it ("the Ida Fenn notes")', () => {
    expect(cueOf('The board read the Ida Fenn notes, then left.', 'notes')[0]).toBeUndefined();
  });
});
