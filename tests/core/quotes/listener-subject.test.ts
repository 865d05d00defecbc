import { describe, expect, it } from 'vitest';
import { clauseAfter, quotePairs } from './parsed-fixture.js';

describe('contentStart: the clause subject inside what looks like the listener', () => {
  it('reads the phrase after "warned" as the subject when an auxiliary follows it', () => {
    expect(clauseAfter('Tom Pell warned the pier could collapse by the spring.', 'warned', 'warn')).toBe('the pier could collapse by the spring');
    expect(clauseAfter('The Acme board warned it may close the Dover yard.', 'warned', 'warn')).toBe('it may close the Dover yard');
    // A name on a noun is one phrase, the subject whole.
    expect(clauseAfter('Tom Pell warned the Acme board would sell the ferry.', 'warned', 'warn')).toBe('the Acme board would sell the ferry');
  });
  it('starts the subject after "told" and its listener where the capitals change', () => {
    expect(clauseAfter('Ann Roe told MPs harbour fees would rise in May.', 'told', 'tell')).toBe('harbour fees would rise in May');
    expect(clauseAfter('Ann Roe told the Gazette progress had been made on the pier.', 'told', 'tell')).toBe('progress had been made on the pier');
    expect(clauseAfter('Ann Roe told her weekly press briefing Dover had the best fleet.', 'told', 'tell')).toBe('Dover had the best fleet');
    // The last change before the verb: the listener's own name stays the listener's.
    expect(clauseAfter('Ann Roe told news agency Harbour Wire such a sale would have to wait.', 'told', 'tell')).toBe('such a sale would have to wait');
  });
  it('keeps the listener when no subject stands out before the verb', () => {
    // A relative clause's object ("which Roe told reporters would cost …") is no clause of "told".
    expect(quotePairs('The ferry, which Ann Roe told reporters would cost more, is late again.')).toEqual([]);
    // (Nor the change from an article to a name: "the Gazette" is one listener.)
    expect(quotePairs('The ferry, which Ann Roe told the Gazette would cost more, is late again.')).toEqual([]);
    expect(clauseAfter('Ann Roe told the sailors gathered in the hall that the pier was safe.', 'told', 'tell')).toBe('the pier was safe');
  });
  // rvq12: a relative clause with no "which" on what was told, its listener named: the capitals change, yet the
  // verb after it is the main clause's.
  it('reports nothing when "told" stands in a relative clause on a noun before its subject', () => {
    expect(quotePairs('The figure Ann Roe told Dover councillors was wrong.')).toEqual([]);
    expect(quotePairs('Pell doubts the new harbour fee Ann Roe told Dover councillors was fair.')).toEqual([]);
    expect(quotePairs('The story he told Radio Kent listeners has changed twice since May.')).toEqual([]);
    expect(quotePairs('What Tom Pell told BBC reporters was untrue.')).toEqual([]);
  });
  it('still finds the subject after an opening phrase, a title or a time before the speaker', () => {
    expect(quotePairs('In an interview Ann Roe told BBC Radio Kent fares would rise.')).toEqual([['Ann Roe', 'fares would rise']]);
    expect(quotePairs('The council leader Tom Pell told BBC Radio Kent fares would rise.')).toEqual([['Tom Pell', 'fares would rise']]);
    expect(quotePairs('Yesterday Ann Roe told BBC Radio Kent fares would rise.')).toEqual([['Ann Roe', 'fares would rise']]);
    expect(quotePairs('After sea trials Ann Roe told BBC Radio Kent fares would rise.')).toEqual([['Ann Roe', 'fares would rise']]);
    expect(quotePairs('Last week Ann Roe told BBC Radio Kent fares would rise.')).toEqual([['Ann Roe', 'fares would rise']]);
    // (A body speaking is no name or pronoun after a relative's noun.)
    expect(quotePairs('The harbour board told BBC Radio Kent fares would rise.')).toEqual([['The harbour board', 'fares would rise']]);
  });
  it('lists the statement with its speaker', () => {
    expect(quotePairs('The harbour board warned the new levy would drive trawlers to Hull.')).toEqual([
      ['The harbour board', 'the new levy would drive trawlers to Hull'],
    ]);
  });
});
