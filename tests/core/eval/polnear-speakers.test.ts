import { describe, expect, it } from 'vitest';
import { isBarePronoun, isDescription, outerSourceRight, speakerMatches } from '../../../src/core/eval/polnear-speakers.js';
import type { Quote, Span } from '../../../src/core/types.js';

describe('speaker rules', () => {
  it('matches on the head of each phrase of the source', () => {
    expect(speakerMatches('Park Won-gon', 'Park')).toBe(true);
    expect(speakerMatches('Melezia Figueroa', 'Stein spokeswoman Melezia Figueroa')).toBe(true);
    expect(speakerMatches('Jill Stein', 'Stein spokeswoman Melezia Figueroa')).toBe(false);
    expect(speakerMatches('officials', 'a senior official')).toBe(true);
    expect(speakerMatches('Park Won-gon', 'The professor of North Korean studies, Park Won-gon')).toBe(true);
  });

  it('tells pronouns and descriptions from names', () => {
    expect(isBarePronoun('He')).toBe(true);
    expect(isBarePronoun('the mayor')).toBe(false);
    expect(isDescription('the mayor')).toBe(true);
    expect(isDescription('Mayor Bill de Blasio')).toBe(false);
  });
});

describe('a nested attribution annotated as its outer one', () => {
  // “We will sail,” Roe said, according to the Gazette.
  const text = '“We will sail,” Roe said, according to the Gazette.';
  const at = (word: string) => ({ text: word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const person = (name: string) => ({ name, mentions: [at(name)], resolved: true });
  const quote = (via: string | null): Quote => ({
    ...at('We will sail'),
    kind: 'direct',
    cue: 'said',
    cueSpan: at('said'),
    speaker: person('Roe'),
    via: via ? person(via) : null,
    parts: [at('We will sail')],
  });
  const same = (span: Span) => span;
  const outerContent = [{ start: 0, end: text.indexOf(', according') }];

  it('is right when our via is the annotated source and the annotation holds our cue', () => {
    expect(outerSourceRight(quote('Gazette'), [at('Gazette')], outerContent, same)).toBe(true);
  });

  it('is wrong without a via, with another via, or when the annotation does not hold our cue', () => {
    expect(outerSourceRight(quote(null), [at('Gazette')], outerContent, same)).toBe(false);
    expect(outerSourceRight(quote('Roe'), [at('Gazette')], outerContent, same)).toBe(false);
    expect(outerSourceRight(quote('Gazette'), [at('Gazette')], [at('We will sail')], same)).toBe(false);
  });
});
