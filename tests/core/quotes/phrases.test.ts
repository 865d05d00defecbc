import { describe, expect, it } from 'vitest';
import { phraseEndingAt } from '../../../src/core/quotes/noun-phrases.js';
import { subjectBefore } from '../../../src/core/quotes/phrases.js';
import { sentenceSubject, subjectAfter } from '../../../src/core/quotes/forward-phrases.js';
import { parse, sentenceOf, tokenIndex, tokenText } from './parsed-fixture.js';

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
  it('looks past "since" and a time counted back ("has since said", "less than two weeks ago said")', () => {
    for (const body of ['Oren Vale has since said the wall will hold.', 'Oren Vale less than two weeks ago said the wall will hold.']) {
      const p = parse(body);
      const s = subjectBefore(p.tokens, tokenIndex(p, 'said'), sentenceOf(p, 'said').firstToken);
      expect(s && tokenText(p, s.first, s.end)).toBe('Oren Vale');
    }
  });
  it('keeps a day after a participle in the phrase ("A report published Wednesday said")', () => {
    const p = parse('A harbour report published Wednesday said the wall will hold.');
    const s = subjectBefore(p.tokens, tokenIndex(p, 'said'), sentenceOf(p, 'said').firstToken);
    expect(s && tokenText(p, s.first, s.end)).toBe('A harbour report published Wednesday');
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

describe('sentenceSubject', () => {
  it('finds the name that opens a sentence', () => {
    const p = parse('Oren Vale opened the harbour wall on Monday.');
    const s = sentenceSubject(p.tokens, sentenceOf(p, 'Oren'));
    expect(s && tokenText(p, s.name!.first, s.name!.end)).toBe('Oren Vale');
  });
});
