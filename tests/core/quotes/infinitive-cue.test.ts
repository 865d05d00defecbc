import { describe, expect, it } from 'vitest';
import { reportedPairs as reported } from './reported-fixture.js';

describe('a cue in an infinitive ("to say …")', () => {
  it('gives the sentence’s subject what follows "to say" when a plain clause follows', () => {
    expect(reported('Oren Vale posted on Friday to say he had never backed the old pier.')).toEqual([['Oren Vale', 'he had never backed the old pier']]);
    expect(reported('Harbour voters are more likely to say that the new wall will hold.')).toEqual([['Harbour voters', 'the new wall will hold']]);
  });

  it('gives a name right after a verb the statement ("led Harbour Democrats to say …")', () => {
    expect(reported('The storm led Harbour Democrats to say that the new wall will hold.')).toEqual([['Harbour Democrats', 'the new wall will hold']]);
  });

  it('reads "to say" after a noun closing a phrase on the verb as purpose ("rushed to the studio to say …")', () => {
    expect(reported('Dover critics rushed to the studio to say he did not speak for the town.')).toEqual([['Dover critics', 'he did not speak for the town']]);
    expect(reported('Oren Vale took to the radio to say that the pier had reopened.')).toEqual([['Oren Vale', 'the pier had reopened']]);
  });

  it('finds none when the noun before "to" follows "for" or "of", its own subject or owner ("a chance for voters to say")', () => {
    expect(reported('The vote gave Oren Vale a chance for sailors to say they want the pier.')).toEqual([]);
    expect(reported('The board defended the right of towns to say they want the pier.')).toEqual([]);
  });

  it('finds no statement after a refusal, a hedge or a noun ("declined to say", "fair to say", "evidence to suggest")', () => {
    expect(reported('Oren Vale declined to say that the new wall would hold.')).toEqual([]);
    expect(reported('It is fair to say that the new wall will hold.')).toEqual([]);
    expect(reported('The board had no evidence to suggest that the wall leaked.')).toEqual([]);
  });

  it('finds none when "to" hangs on a verb of a clause of its own, whose subject is not the sentence’s', () => {
    expect(reported('The town read a post that appeared to argue that the wall would fail.')).toEqual([]);
  });
});
