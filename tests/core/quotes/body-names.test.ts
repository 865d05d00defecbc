import { describe, expect, it } from 'vitest';
import { bodyNameStart } from '../../../src/core/quotes/name-tokens.js';
import { parse, quotePairs, tokenIndex } from './parsed-fixture.js';

describe('bodyNameStart', () => {
  it('opens a body\'s name at its article, past each "of" or "for"', () => {
    const p = parse('Sales fell, the Office for Harbour Statistics of Dover said.');
    expect(bodyNameStart(p.tokens, tokenIndex(p, 'Dover'), 0)).toBe(tokenIndex(p, 'the'));
  });
  it('leaves a person and a place alone ("Tom Pell of Dover", no article)', () => {
    const p = parse('Sales fell, Tom Pell of Dover said.');
    expect(bodyNameStart(p.tokens, tokenIndex(p, 'Dover'), 0)).toBe(tokenIndex(p, 'Dover'));
  });
});

describe("extractQuotes: a statement before its cue, a body's name speaking", () => {
  it('takes the statement before "the Bank of Dover said", with the whole name as speaker', () => {
    expect(quotePairs('Harbour loans fell to 7,000 in May, the Bank of Dover said.')).toEqual([['Bank of Dover', 'Harbour loans fell to 7,000 in May']]);
    expect(quotePairs('Ferry fares rose by 2% in June, the Office for Harbour Statistics added.')).toEqual([
      ['Office for Harbour Statistics', 'Ferry fares rose by 2% in June'],
    ]);
  });
});
