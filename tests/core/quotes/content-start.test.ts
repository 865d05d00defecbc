import { describe, expect, it } from 'vitest';
import { clauseAfter } from './parsed-fixture.js';

describe('contentStart', () => {
  it("starts the speaker's words after a colon right after the cue, with no marks (vrb8)", () => {
    expect(clauseAfter('A fisherman asked: Will the new gates keep the storms out of the bay?', 'asked', 'ask')).toBe(
      'Will the new gates keep the storms out of the bay',
    );
    expect(clauseAfter('Oren Vale wrote: The wall will hold for years.', 'wrote', 'write')).toBe('The wall will hold for years');
  });
  it('steps over an aside between commas in the subject after the colon (an age, an apposition; rec10)', () => {
    expect(clauseAfter('Harbour police said: A sailor, 34, was arrested on Friday.', 'said', 'say')).toBe('A sailor, 34, was arrested on Friday');
    expect(clauseAfter('Oren Vale wrote: The ferry firm, a family business since 1950, will close in May.', 'wrote', 'write')).toBe(
      'The ferry firm, a family business since 1950, will close in May',
    );
    // (Still no list: "in three ports: Dover, Hull and Poole".)
    expect(clauseAfter('The board wrote to three ports: Dover, Hull and Poole.', 'wrote', 'write')).toBeNull();
  });
  it('takes no colon after a capitalised label or before words in marks', () => {
    expect(clauseAfter('The court heard the case. Charged: The harbour office says she faces two counts.', 'Charged', 'charge')).toBeNull();
    expect(clauseAfter('Oren Vale said: Oren Vale said "The wall will hold."', 'said', 'say')).toBeNull();
  });
  it('starts the clause after "that"', () => {
    expect(clauseAfter('Oren Vale said that the wall would hold.', 'said', 'say')).toBe('the wall would hold');
  });
  it('skips the listener of "told"', () => {
    expect(clauseAfter('Oren Vale told reporters the wall would hold.', 'told', 'tell')).toBe('the wall would hold');
  });
  it('skips an adjunct before "that"', () => {
    expect(clauseAfter('Oren Vale said in a statement that the wall would hold.', 'said', 'say')).toBe('the wall would hold');
  });
  it('skips a time phrase before a clause with its own subject', () => {
    expect(clauseAfter('Oren Vale said on Friday he would rebuild the wall.', 'said', 'say')).toBe('he would rebuild the wall');
  });
  it('skips a time phrase after the listener ("told reporters this week he …")', () => {
    expect(clauseAfter('Oren Vale told reporters this week he would rebuild the wall.', 'told', 'tell')).toBe('he would rebuild the wall');
  });
  it('starts an asked question at its "whether"', () => {
    expect(clauseAfter('Oren Vale asked whether the wall would hold.', 'asked', 'ask')).toBe('whether the wall would hold');
  });
  it('skips a verbless phrase of place and time before "that" ("warned on Tuesday that …")', () => {
    expect(clauseAfter('Oren Vale warned on Tuesday that the wall would not hold.', 'warned', 'warn')).toBe('the wall would not hold');
    expect(clauseAfter('Oren Vale noted this week that the wall would not hold.', 'noted', 'note')).toBe('the wall would not hold');
    expect(clauseAfter('Oren Vale said on the “Harbour Hour” show on Sunday that the wall would hold.', 'said', 'say')).toBe('the wall would hold');
  });
  it('reads "that" before a day as the clause’s opener when no clause follows the day ("told the Gazette that Friday’s vote …")', () => {
    expect(clauseAfter('Oren Vale told the Gazette that Friday’s vote had split the town.', 'told', 'tell')).toBe('Friday’s vote had split the town');
  });
  it('skips a phrase before a subject pronoun and its verb ("wrote in both letters he was …")', () => {
    expect(clauseAfter('Oren Vale wrote in both letters he was proud of the new wall.', 'wrote', 'write')).toBe('he was proud of the new wall');
  });
  it('reads "that" after the cue’s own object as a relative pronoun, and stops at a subordinate clause', () => {
    expect(clauseAfter('Oren Vale denied the charge that a rival had filed in March.', 'denied', 'deny')).toBeNull();
    expect(clauseAfter('The wall was first noted when he walked past it.', 'noted', 'note')).toBeNull();
  });
  it('gives no clause for a passive cue with no agent, whose subject is what was said ("was announced the day …")', () => {
    expect(clauseAfter('The plan was announced the day the harbour board closed.', 'announced', 'announce')).toBeNull();
    expect(clauseAfter('The deal was announced the week the ferry firm collapsed.', 'announced', 'announce')).toBeNull();
    expect(clauseAfter('The fares were reported the day the depot opened.', 'reported', 'report')).toBeNull();
  });
  it('keeps the clause of an impersonal passive, a perfect with "’s" and a listener as subject', () => {
    expect(clauseAfter('It was reported that the wall would hold.', 'reported', 'report')).toBe('the wall would hold');
    expect(clauseAfter('Oren Vale’s said the wall would hold.', 'said', 'say')).toBe('the wall would hold');
    expect(clauseAfter('Oren Vale was told that the wall would hold.', 'told', 'tell')).toBe('the wall would hold');
  });
});
