import { describe, expect, it } from 'vitest';
import { clauseAfter } from './parsed-fixture.js';

describe('contentStart: a clause with no "that"', () => {
  it('takes a clause with no "that" after "explained", as after the other cues that need it (vrb8)', () => {
    expect(clauseAfter('Oren Vale explained he would have to win most of the seats.', 'explained', 'explain')).toBe('he would have to win most of the seats');
    expect(clauseAfter('Oren Vale explained the slogan was a reply to the polls.', 'explained', 'explain')).toBe('the slogan was a reply to the polls');
  });
  it('takes no clause after "explained" and its object alone', () => {
    expect(clauseAfter('Oren Vale explained the plan to the harbour board on Monday.', 'explained', 'explain')).toBeNull();
    // An object with a relative clause that has no pronoun (review rvr8): a second determiner after its noun.
    expect(clauseAfter('Oren Vale explained the rules the pilots must follow.', 'explained', 'explain')).toBeNull();
    expect(clauseAfter('Oren Vale explained the changes the board made last year.', 'explained', 'explain')).toBeNull();
  });
  it('starts the clause right after the cue when "that" is left out', () => {
    expect(clauseAfter('Oren Vale said the wall would hold.', 'said', 'say')).toBe('the wall would hold');
  });
  it('starts the clause at "being" or at a negated gerund (rec12)', () => {
    expect(clauseAfter('Oren Vale said being able to dock for a day did not help the yard.', 'said', 'say')).toBe(
      'being able to dock for a day did not help the yard',
    );
    expect(clauseAfter('Oren Vale said not holding the regatta would be a mistake.', 'said', 'say')).toBe('not holding the regatta would be a mistake');
    expect(clauseAfter('Oren Vale said not to worry about the pier.', 'said', 'say')).toBeNull();
  });
  it('gives no clause for a cue that takes an object, not a statement', () => {
    expect(clauseAfter('Oren Vale announced a plan for the harbour.', 'announced', 'announce')).toBeNull();
  });
});
