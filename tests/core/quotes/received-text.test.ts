import { describe, expect, it } from 'vitest';
import { reportedPairs as reported } from './reported-fixture.js';

describe('a received text before a participle cue', () => {
  it('speaks for its unnamed sender, not for the one who got it ("crews received a call saying …")', () => {
    expect(reported('Harbour crews received a call saying a ferry had run aground.')).toEqual([['a call', 'a ferry had run aground']]);
  });

  it('speaks also for a text its subject saw or found ("saw a sign saying …"; review rvr8)', () => {
    expect(reported('Ann Roe saw a sign saying the pier had closed.')).toEqual([['a sign', 'the pier had closed']]);
    expect(reported('The pilots found a note saying the levy would double.')).toEqual([['a note', 'the levy would double']]);
  });

  it('speaks also when the received texts are a bare plural ("received letters saying …")', () => {
    expect(reported('Ann Roe received letters saying the school would close.')).toEqual([['letters', 'the school would close']]);
    expect(reported('Some pilots got emails saying the pier had closed.')).toEqual([['emails', 'the pier had closed']]);
  });

  it('leaves a text its subject sent to the subject ("Roe sent a letter saying …")', () => {
    expect(reported('Ann Roe sent a letter saying the levy would ruin the pilots.')).toEqual([['Ann Roe', 'the levy would ruin the pilots']]);
  });
});
