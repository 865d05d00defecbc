import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import type { Quote } from '../../../src/core/types.js';
import { parse } from './parsed-fixture.js';

const quotesOf = (body: string): Quote[] => extractQuotes(parse(body), []);
const who = (body: string): (string | undefined)[][] => quotesOf(body).map((q) => [q.speaker?.name, q.via?.name]);

// Issue 13, fourth speaker round: who says each quote. Our own invented sentences.

describe('a poll reporting what a share of people said', () => {
  it('is the outer source when it opens the sentence', () => {
    expect(who('In a September Harbour Gazette poll, 75 percent of residents said the council cannot be trusted.')).toEqual([
      ['75 percent of residents', 'September Harbour Gazette poll'],
    ]);
  });

  it('is the outer source when it shows what they said', () => {
    expect(who('A Ledger poll in June showed that 72 percent of voters said it bothered them that the council took money.')).toEqual([
      ['72 percent of voters', 'Ledger poll'],
    ]);
  });

  it('is no outer source unless it is a poll', () => {
    expect(who('In a long speech, Ana Ruiz said the council cannot be trusted.')).toEqual([['Ana Ruiz', undefined]]);
  });
});
