import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../src/index.js';
import { findCue, type FoundCue } from '../../../src/core/quotes/direct-cues.js';
import { closesSentence } from '../../../src/core/quotes/after-closing-mark.js';
import { findQuotedSpans } from '../../../src/core/quotes/marks.js';
import { parse, tokenIndex, tokenText } from './parsed-fixture.js';

/** The cue found for the first quoted span of the fixture, with its parsed article. */
function cueOf(body: string): { p: ParsedArticle; found: FoundCue | null } {
  const p = parse(body);
  const starts = Int32Array.from(p.tokens, (t) => t.start);
  const [span] = findQuotedSpans(p.article.text, p.article.blocks);
  return { p, found: findCue(p, starts, span!) };
}

function subjectName(p: ParsedArticle, found: FoundCue | null): string | null {
  const name = found?.subject?.name;
  return name ? tokenText(p, name.first, name.end) : null;
}

describe('findCue', () => {
  it('finds the cue and the named subject after the quote', () => {
    const { p, found } = cueOf('“The wall will hold,” Oren Vale said.');
    expect(found?.after).toBe(true);
    expect(tokenText(p, found!.cue.first, found!.cue.end)).toBe('said');
    expect(subjectName(p, found)).toBe('Oren Vale');
  });

  it('finds an inverted cue with its subject after the verb', () => {
    const { p, found } = cueOf('“The wall will hold,” said Oren Vale.');
    expect(tokenText(p, found!.cue.first, found!.cue.end)).toBe('said');
    expect(subjectName(p, found)).toBe('Oren Vale');
  });

  it('finds a pronoun subject after the quote', () => {
    const { found } = cueOf('“The wall will hold,” she said.');
    expect(found?.subject).toMatchObject({ kind: 'pronoun', head: 'she' });
  });

  it('finds the cue before a quote introduced with a colon', () => {
    const { p, found } = cueOf('Oren Vale said: “The wall will hold.”');
    expect(found?.after).toBe(false);
    expect(tokenText(p, found!.cue.first, found!.cue.end)).toBe('said');
    expect(subjectName(p, found)).toBe('Oren Vale');
  });

  it('takes a name and colon before the quote as signing it', () => {
    const { p, found } = cueOf('Oren Vale: “The wall will hold.”');
    expect(subjectName(p, found)).toBe('Oren Vale');
  });

  it('finds no cue for a quote nobody is said to have spoken', () => {
    expect(cueOf('The sign read “Harbour closed for the winter months.” Boats stayed in.').found).toBeNull();
  });

  it('points end past the cue when its subject comes first', () => {
    const { p, found } = cueOf('“The wall will hold,” Oren Vale said on Monday.');
    expect(found!.end).toBe(tokenIndex(p, 'said') + 1);
  });

  it('points end past the subject when it follows the cue', () => {
    const { p, found } = cueOf('“The wall will hold,” said Oren Vale on Monday.');
    expect(found!.end).toBe(tokenIndex(p, 'Vale') + 1);
  });
});

describe('closesSentence', () => {
  it('is true when only punctuation follows the closing mark', () => {
    const p = parse('Oren Vale said: “The wall will hold.”');
    expect(closesSentence(p.tokens, tokenIndex(p, '”'))).toBe(true);
  });
  it('is false when the sentence goes on after the closing mark', () => {
    const p = parse('“The wall will hold,” Oren Vale said.');
    expect(closesSentence(p.tokens, tokenIndex(p, '”'))).toBe(false);
  });
});
