import { describe, expect, it } from 'vitest';
import {
  isNameWord,
  isQuoteMark,
  nameRunStartingAt,
  phraseEndingAt,
  sentenceSubject,
  subjectAfter,
  subjectBefore,
  trimTitles,
} from '../../../src/core/quotes/phrases.js';
import { parse, sentenceOf, tokenIndex, tokenText } from './parsed-fixture.js';

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

describe('subjectBefore', () => {
  it('finds a name right before the cue', () => {
    const p = parse('The wall will hold, Oren Vale said.');
    const s = subjectBefore(p.tokens, tokenIndex(p, 'said'), 0);
    expect(s?.kind).toBe('name');
    expect(tokenText(p, s!.name!.first, s!.name!.end)).toBe('Oren Vale');
  });
  it('looks past an auxiliary and an adverb between subject and cue', () => {
    const p = parse('Oren Vale has also said the wall will hold.');
    const s = subjectBefore(p.tokens, tokenIndex(p, 'said'), 0);
    expect(s && tokenText(p, s.name!.first, s.name!.end)).toBe('Oren Vale');
  });
  it('gives a pronoun subject as a pronoun', () => {
    const p = parse('The wall will hold, she said.');
    expect(subjectBefore(p.tokens, tokenIndex(p, 'said'), 0)).toMatchObject({ kind: 'pronoun', head: 'she' });
  });
  it('gives a description by its head noun', () => {
    const p = parse('The wall will hold, the engineer said.');
    expect(subjectBefore(p.tokens, tokenIndex(p, 'said'), 0)).toMatchObject({ kind: 'description', head: 'engineer' });
  });
});

describe('subjectAfter', () => {
  it('finds a name after an inverted cue', () => {
    const p = parse('"The wall will hold," said Oren Vale.');
    const s = subjectAfter(p.tokens, tokenIndex(p, 'said') + 1, p.tokens.length);
    expect(s?.kind).toBe('name');
    expect(tokenText(p, s!.name!.first, s!.name!.end)).toBe('Oren Vale');
  });
  it('finds a pronoun after an inverted cue', () => {
    const p = parse('"The wall will hold," said he.');
    expect(subjectAfter(p.tokens, tokenIndex(p, 'said') + 1, p.tokens.length)).toMatchObject({ kind: 'pronoun', head: 'he' });
  });
  it('finds nothing past the ceiling', () => {
    const p = parse('"The wall will hold," said Oren Vale.');
    const after = tokenIndex(p, 'said') + 1;
    expect(subjectAfter(p.tokens, after, after)).toBeNull();
  });
});

describe('phraseEndingAt', () => {
  it('reads a name with a title in front as the name, the title as its role', () => {
    const p = parse('Yesterday spokeswoman Lise Marrow left.');
    const s = phraseEndingAt(p.tokens, tokenIndex(p, 'Marrow'), 0);
    expect(tokenText(p, s!.name!.first, s!.name!.end)).toBe('Lise Marrow');
    expect(s!.roles).toContain('spokeswoman');
  });
  it('follows "who" back to the person it stands for', () => {
    const p = parse('It was Oren Vale, who left early.');
    const s = phraseEndingAt(p.tokens, tokenIndex(p, 'who'), 0);
    expect(s && tokenText(p, s.name!.first, s.name!.end)).toBe('Oren Vale');
  });
  it('does not take "that" as a speaker', () => {
    const p = parse('It was the report that changed everything.');
    expect(phraseEndingAt(p.tokens, tokenIndex(p, 'that'), 0)).toBeNull();
  });
  it('finds nothing before the floor', () => {
    const p = parse('Oren Vale left.');
    const j = tokenIndex(p, 'Vale');
    expect(phraseEndingAt(p.tokens, j, j + 1)).toBeNull();
  });
});

describe('isQuoteMark', () => {
  it('knows straight and curly quotation marks', () => {
    for (const mark of ['"', '“', '”']) expect(isQuoteMark(mark)).toBe(true);
  });
  it('does not take a letter or comma for one', () => {
    expect(isQuoteMark('a')).toBe(false);
    expect(isQuoteMark(',')).toBe(false);
  });
});

describe('sentenceSubject', () => {
  it('finds the name that opens a sentence', () => {
    const p = parse('Oren Vale opened the harbour wall on Monday.');
    const s = sentenceSubject(p.tokens, sentenceOf(p, 'Oren'));
    expect(s && tokenText(p, s.name!.first, s.name!.end)).toBe('Oren Vale');
  });
});
