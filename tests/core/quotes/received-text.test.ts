import { describe, expect, it } from 'vitest';
import { reportedPairs as reported } from './reported-fixture.js';

describe('a received text before a participle cue', () => {
  it('speaks for its unnamed sender, not for the one who got it ("crews received a call saying …")', () => {
    expect(reported('Harbour crews received a call saying a ferry had run aground.')).toEqual([['a call', 'a ferry had run aground']]);
  });

  it('leaves a text its subject sent to the subject ("Roe sent a letter saying …")', () => {
    expect(reported('Ann Roe sent a letter saying the levy would ruin the pilots.')).toEqual([['Ann Roe', 'the levy would ruin the pilots']]);
  });
});
