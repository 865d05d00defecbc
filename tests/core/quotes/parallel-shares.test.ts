import { describe, expect, it } from 'vitest';
import { reportedPairs as reported } from './reported-fixture.js';

describe('a second poll figure after a share’s statement', () => {
  it('ends the statement before a share with the verb left out ("…, 30% opposed")', () => {
    expect(reported('In the harbour survey, 55% say they like the design, 30% opposed.')).toEqual([['55%', 'they like the design']]);
  });

  it('ends it before a share with a verb of its own, also one the tagger reads as a noun', () => {
    expect(reported('In the Dunmore survey, 41% say they are cautious, 27% call themselves hopeful about the ferry.')).toEqual([['41%', 'they are cautious']]);
    expect(reported('So far, 50 trustees have said they oppose the toll, 12 have said they support the toll and 40 have not yet made up their minds.')).toEqual(
      [
        ['50 trustees', 'they oppose the toll'],
        ['12', 'they support the toll'],
      ],
    );
  });

  it('goes on past an amount that is part of what was said ("… by 5%, 3% higher than …")', () => {
    expect(reported('Ana Ruiz said fares rose by 5%, 3% higher than the board had planned.')).toEqual([
      ['Ana Ruiz', 'fares rose by 5%, 3% higher than the board had planned'],
    ]);
  });

  it('takes no figure for a second share when no figure speaks before the cue ("in the stormy weeks of March, 300 were …")', () => {
    expect(reported('Ana Ruiz said that in the stormy weeks of March, 300 were turned away at the pier.')).toEqual([
      ['Ana Ruiz', 'in the stormy weeks of March, 300 were turned away at the pier'],
    ]);
    expect(reported('Ana Ruiz said the ferry line employs 900 people in Dover, and 40 were laid off last year.')).toEqual([
      ['Ana Ruiz', 'the ferry line employs 900 people in Dover, and 40 were laid off last year'],
    ]);
  });
});
