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
  it('lists the statement with its speaker', () => {
    expect(quotePairs('The harbour board warned the new levy would drive trawlers to Hull.')).toEqual([
      ['The harbour board', 'the new levy would drive trawlers to Hull'],
    ]);
  });
});
