import { describe, expect, it } from 'vitest';
import { reportedPairs as reported } from './reported-fixture.js';

describe('a poll’s share as the speaker', () => {
  it('lets a percentage speak ("Some 47% say …", "half, 49%, say …")', () => {
    expect(reported('Some 47% say the board should spend more on the wall.')).toEqual([['Some 47%', 'the board should spend more on the wall']]);
    expect(reported('A little under half, 46%, say the new wall looks better.')).toEqual([['46%', 'the new wall looks better']]);
  });

  it('lets a fraction with its number or article speak ("three-fourths say …", "Nearly a third say …")', () => {
    expect(reported('Young sailors call the wall an eyesore, and three-fourths say the board should build a second one.')).toEqual([
      ['three-fourths', 'the board should build a second one'],
    ]);
    expect(reported('Nearly a third say they do not know what the wall will cost.')).toEqual([['Nearly a third', 'they do not know what the wall will cost']]);
  });
});
