import { describe, expect, it } from 'vitest';
import { isNameWord, nameRunStartingAt, trimTitles } from '../../../src/core/quotes/name-tokens.js';
import { parse, quotePairs, tokenIndex, tokenText } from './parsed-fixture.js';

describe('isNameWord', () => {
  const p = parse('Mayor Oren Vale opened the new harbour wall on Monday.');
  it('takes a capitalised proper noun as part of a name', () => {
    expect(isNameWord(p.tokens, tokenIndex(p, 'Vale'))).toBe(true);
  });
  it('refuses a lower-case word', () => {
    expect(isNameWord(p.tokens, tokenIndex(p, 'harbour'))).toBe(false);
  });
  it('refuses an index past the last token', () => {
    expect(isNameWord(p.tokens, p.tokens.length)).toBe(false);
  });
});

describe('nameRunStartingAt', () => {
  it('runs over every capitalised word of a name', () => {
    const p = parse('Yesterday Lise Anne Marrow opened the bridge.');
    const first = tokenIndex(p, 'Lise');
    expect(tokenText(p, first, nameRunStartingAt(p.tokens, first, p.tokens.length))).toBe('Lise Anne Marrow');
  });
  it('keeps the hyphenated pieces of a name together', () => {
    const p = parse('Yesterday Park Won-gon opened the bridge.');
    const first = tokenIndex(p, 'Park');
    expect(tokenText(p, first, nameRunStartingAt(p.tokens, first, p.tokens.length))).toBe('Park Won-gon');
  });
});

describe('trimTitles', () => {
  it('drops leading titles from a name and gives them as roles', () => {
    const p = parse('Then Harbour President Oren Vale spoke.');
    const first = tokenIndex(p, 'President');
    const trimmed = trimTitles(p.tokens, first, tokenIndex(p, 'Vale') + 1);
    expect(tokenText(p, trimmed.first, trimmed.end)).toBe('Oren Vale');
    expect(trimmed.roles).toEqual(['president']);
  });
  it('leaves a name with no title as it is', () => {
    const p = parse('Then Oren Vale spoke.');
    const first = tokenIndex(p, 'Oren');
    expect(trimTitles(p.tokens, first, first + 2)).toEqual({ first, end: first + 2, roles: [] });
  });
});

describe('a month after a given name (speaker round spk6)', () => {
  it('is a surname ("Theresa May said"), and a month elsewhere ("in May")', () => {
    const p = parse('The family spokeswoman, Theresa May, said in May that the plan would fail.');
    expect(isNameWord(p.tokens, tokenIndex(p, 'May'))).toBe(true);
    expect(isNameWord(p.tokens, tokenIndex(p, 'May', 1))).toBe(false);
  });
});

describe('a month before a surname and a verb of saying', () => {
  it('is a given name ("April Jorvik said"), and a date after a preposition ("In April Congress said")', () => {
    const p = parse('April Jorvik said the ferry would run late. In April Congress said the pier was closed.');
    expect(isNameWord(p.tokens, tokenIndex(p, 'April'))).toBe(true);
    expect(isNameWord(p.tokens, tokenIndex(p, 'April', 1))).toBe(false);
  });

  it('names the speaker whole, end to end', () => {
    expect(quotePairs('June Tallis told reporters the pier was closed.')).toEqual([['June Tallis', 'the pier was closed']]);
  });
});
