import { describe, expect, it } from 'vitest';
import { reportedPairs as reported } from './reported-fixture.js';

describe('a poll’s share as the speaker', () => {
  it('lets a percentage speak ("Some 47% say …", "half, 49%, say …")', () => {
    expect(reported('Some 47% say the board should spend more on the wall.')).toEqual([['Some 47%', 'the board should spend more on the wall']]);
    expect(reported('Just shy of half, 49%, say the new wall is an improvement.')).toEqual([['49%', 'the new wall is an improvement']]);
  });

  it('lets a fraction with its number or article speak ("three-fourths say …", "Nearly a third say …")', () => {
    expect(reported('Young voters see the wall as a problem, and three-fourths say the board should build a second one.')).toEqual([
      ['three-fourths', 'the board should build a second one'],
    ]);
    expect(reported('Nearly a third say they do not know what the wall will cost.')).toEqual([['Nearly a third', 'they do not know what the wall will cost']]);
  });
});
