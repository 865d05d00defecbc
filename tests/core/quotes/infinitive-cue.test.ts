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

  it('finds no statement after a refusal, a hedge or a noun ("declined to say", "fair to say", "evidence to suggest")', () => {
    expect(reported('Oren Vale declined to say that the new wall would hold.')).toEqual([]);
    expect(reported('It is fair to say that the new wall will hold.')).toEqual([]);
    expect(reported('The board had no evidence to suggest that the wall leaked.')).toEqual([]);
  });

  it('finds none when "to" hangs on a verb of a clause of its own, whose subject is not the sentence’s', () => {
    expect(reported('The town read a post that appeared to argue that the wall would fail.')).toEqual([]);
  });
});
