import { describe, expect, it } from 'vitest';
import { reportedPairs as reported } from './reported-fixture.js';

describe('a cue in an infinitive ("to say …")', () => {
  it('gives the sentence’s subject what follows "to say" when a plain clause follows', () => {
    expect(reported('Oren Vale stopped by on Friday to say the old pier had always been his favourite.')).toEqual([
      ['Oren Vale', 'the old pier had always been his favourite'],
    ]);
    expect(reported('Harbour voters are more likely to say that the new wall will hold.')).toEqual([['Harbour voters', 'the new wall will hold']]);
  });

  it('ends what was said before a second infinitive of purpose ("to say …, and to ask for help")', () => {
    expect(reported('Oren Vale went to the council to say the pier plan had failed and to ask for help.')).toEqual([['Oren Vale', 'the pier plan had failed']]);
    expect(reported('Ann Roe wrote to the board to say Oren Vale was wrong, and to demand a vote.')).toEqual([['Ann Roe', 'Oren Vale was wrong']]);
    // (An infinitive inside the statement is its own: "she wanted to stay and to fight".)
    expect(reported('Ann Roe went to the pier to say she wanted to stay and to fight.')).toEqual([['Ann Roe', 'she wanted to stay and to fight']]);
  });

  it('gives a name right after a verb the statement ("led Harbour Democrats to say …")', () => {
    expect(reported('The storm led Harbour Democrats to say that the new wall will hold.')).toEqual([['Harbour Democrats', 'the new wall will hold']]);
  });

  it('reads "to say" after a noun closing a phrase on the verb as purpose ("rushed to the studio to say …")', () => {
    expect(reported('Dover critics rushed to the studio to say he did not speak for the town.')).toEqual([['Dover critics', 'he did not speak for the town']]);
    expect(reported('Oren Vale took to the radio to say that the pier had reopened.')).toEqual([['Oren Vale', 'the pier had reopened']]);
  });

  it('takes a name and its finite verb as a plain clause ("more likely to say Vale still has …"), not a name alone', () => {
    expect(reported('Harbour sailors were more likely to say Oren Vale still has a chance.')).toEqual([['Harbour sailors', 'Oren Vale still has a chance']]);
    expect(reported('Harbour sailors rushed to the pier to tell Oren Vale goodbye.')).toEqual([]);
  });

  it('takes a noun phrase and its finite verb after "to say" ("took to Twitter to say the plan was dead"; rec10), not after other cues', () => {
    expect(reported('Oren Vale took to Twitter to say the pier plan was dead.')).toEqual([['Oren Vale', 'the pier plan was dead']]);
    expect(reported('Dover sailors met on Friday to say the harbour fees had doubled.')).toEqual([['Dover sailors', 'the harbour fees had doubled']]);
    // ("to claim their share … will be paid": claim's object, the other sense; "to predict patterns based on …": a participle.)
    expect(reported('Dover sailors hurried to claim their share of the fund will be paid in May.')).toEqual([]);
  });

  it('reads "according to reports …" as a source, not an infinitive cue whose clause is what the reports say', () => {
    const pairs = reported(
      'From March 2009 to May 2010, Ann Roe, once an aide to Mr. Pell, held six meetings with harbour staff on behalf of Mr. Cole to talk about the pier, according to reports Mr. Vale filed as a lobbyist.',
    );
    expect(pairs.map((p) => p[1])).not.toContain('Mr. Vale filed as a lobbyist');
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

  it('finds no statement after a forecast or an order given ("unlikely to say", "was told by the board to say")', () => {
    expect(reported('Harbour voters are unlikely to say that the new wall will hold.')).toEqual([]);
    expect(reported('Jo Marsh was told by the board to say that the fees were fair.')).toEqual([]);
    expect(reported('Oren Vale was ordered by the court to say that the pier was safe.')).toEqual([]);
  });

  it('finds none when "to" hangs on a verb of a clause of its own, whose subject is not the sentence’s', () => {
    expect(reported('The town read a post that appeared to argue that the wall would fail.')).toEqual([]);
  });
});
