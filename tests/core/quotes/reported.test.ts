import { describe, expect, it } from 'vitest';
import { tokenIndex } from './parsed-fixture.js';
import { contents, reported, subjects } from './reported-fixture.js';

describe('findReportedSpeech', () => {
  it('finds "X said that …" with its content and subject', () => {
    const { p, found } = reported('Oren Vale said that the new wall would hold through the winter.');
    expect(contents(p, found)).toEqual(['the new wall would hold through the winter']);
    expect(subjects(p, found)).toEqual(['Oren Vale']);
    expect(found[0]!.kind).toBe('indirect');
  });

  it('ends a relative clause between commas before the main verb: "the ties, which experts say is …, was welcomed"', () => {
    const { p, found } = reported('The new sign of the ties between the towns, which experts say is aimed at the capital, was welcomed by the mayor.');
    expect(contents(p, found)).toEqual(['The new sign of the ties between the towns … is aimed at the capital']);
    expect(subjects(p, found)).toEqual(['experts']);
  });

  it('ends at the speaker\'s next action in the cue\'s perfect form: "has said A and has called for B"', () => {
    const { p, found } = reported('Oren Vale has said she wants a new wall for the harbour and has repeatedly called for more money.');
    expect(contents(p, found)).toEqual(['she wants a new wall for the harbour']);
  });

  it('takes a possessive listener whole, and an aside after it: "told his audience, to applause, that …"', () => {
    const { p, found } = reported('Oren Vale told his closest advisers, to loud applause, that the new wall would hold.');
    expect(contents(p, found)).toEqual(['the new wall would hold']);
  });

  it('takes no bare time adjunct for content ("said Sunday in Dover as …"), but a time that owns a noun opens a clause', () => {
    const bare = reported('Oren Vale said Sunday in Dover as the crowd roared at the gates.');
    expect(contents(bare.p, bare.found)).toEqual([]);
    const { p, found } = reported("Oren Vale said Monday's decision will make the choice even more stark.");
    expect(contents(p, found)).toEqual(["Monday's decision will make the choice even more stark"]);
  });

  it('finds content that comes before its cue: "…, X said."', () => {
    const { p, found } = reported('The new wall would hold through the winter, Oren Vale said.');
    expect(contents(p, found)).toEqual(['The new wall would hold through the winter']);
    expect(subjects(p, found)).toEqual(['Oren Vale']);
  });

  it('finds "according to X"', () => {
    const { p, found } = reported('The new wall will hold through the winter, according to Oren Vale.');
    expect(contents(p, found)).toEqual(['The new wall will hold through the winter']);
    expect(subjects(p, found)).toEqual(['Oren Vale']);
  });

  it('gives the cue’s tokens', () => {
    const { p, found } = reported('Oren Vale said that the new wall would hold through the winter.');
    expect(found[0]!.cue).toEqual({ first: tokenIndex(p, 'said'), end: tokenIndex(p, 'said') + 1 });
  });

  it('finds nothing in a sentence with no speech verb', () => {
    expect(reported('The new wall held through the winter storms.').found).toEqual([]);
  });

  it('finds nothing for a cue with too little content ("he said no")', () => {
    expect(reported('Later Oren Vale said no.').found).toEqual([]);
  });

  it('skips a cue inside quotation marks', () => {
    const { found } = reported('Oren Vale said that the new wall would hold through the winter.', (p) => {
      const flags = new Uint8Array(p.tokens.length);
      flags[tokenIndex(p, 'said')] = 1;
      return flags;
    });
    expect(found).toEqual([]);
  });

  it('finds one statement per sentence, in order', () => {
    const { p, found } = reported('Oren Vale said that the new wall would hold. Ida Fenn said that the old pier would not.');
    expect(subjects(p, found)).toEqual(['Oren Vale', 'Ida Fenn']);
  });

  it('gives a second verb of the sentence’s subject, past an auxiliary or an adverb, to that subject ("… and has said …")', () => {
    const { p, found } = reported('Oren Vale describes himself as a builder and has said that the new wall would hold.');
    expect(contents(p, found)).toEqual(['the new wall would hold']);
    expect(subjects(p, found)).toEqual(['Oren Vale']);
  });

  it('takes a participle after "while" past an adverb ("while also saying …")', () => {
    const { p, found } = reported('Oren Vale praised the harbour crews while also saying that the new wall needed more work.');
    expect(contents(p, found)).toEqual(['the new wall needed more work']);
    expect(subjects(p, found)).toEqual(['Oren Vale']);
  });

  it('finds nothing when the coordinated cue is negated ("but did not say …")', () => {
    const { found } = reported('Oren Vale praised the harbour crews but did not say that the new wall needed more work.');
    expect(found).toEqual([]);
  });

  it('takes a participle after a dash as after a comma ("… – saying …")', () => {
    const { p, found } = reported('Oren Vale toured the harbour – saying the new wall needed more work.');
    expect(contents(p, found)).toEqual(['the new wall needed more work']);
    expect(subjects(p, found)).toEqual(['Oren Vale']);
  });

  it('reads a present-tense cue the tagger takes for a noun after a name between commas ("…, Ida Fenn notes.")', () => {
    const { p, found } = reported('The new wall will not hold past the winter, Ida Fenn notes.');
    expect(contents(p, found)).toEqual(['The new wall will not hold past the winter']);
    expect(subjects(p, found)).toEqual(['Ida Fenn']);
  });

  it('reads the clause after the cue, not an opening subordinate clause, when both are there ("When …, the mayor said …")', () => {
    const { p, found } = reported('When the storm pressed the town, the mayor said families of fishermen file claims every spring.');
    expect(contents(p, found)).toEqual(['families of fishermen file claims every spring']);
    expect(subjects(p, found)).toEqual(['the mayor']);
  });

  it('reads a present-tense cue the tagger takes for a noun before a clause with a noun-phrase or pronoun subject', () => {
    const notes = reported('Ida Fenn notes the harbour board hid four reports from the town.');
    expect(contents(notes.p, notes.found)).toEqual(['the harbour board hid four reports from the town']);
    const claim = reported('Many harbour lawmakers claim it will cost the town its ferry.');
    expect(contents(claim.p, claim.found)).toEqual(['it will cost the town its ferry']);
    expect(subjects(claim.p, claim.found)).toEqual(['Many harbour lawmakers']);
  });
});
