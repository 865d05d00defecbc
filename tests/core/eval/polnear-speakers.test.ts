import { describe, expect, it } from 'vitest';
import { isBarePronoun, isDescription, speakerMatches } from '../../../src/core/eval/polnear-speakers.js';

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
