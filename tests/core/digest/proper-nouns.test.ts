import { describe, expect, it } from 'vitest';
import { properNouns } from '../../../src/core/digest/proper-nouns.js';

describe('properNouns', () => {
  it('takes the words capitalised inside a sentence, not a sentence’s first word', () => {
    const nouns = properNouns('Rescuers reached Marova on Tuesday. Officials said the Kelsland army helped.');
    expect([...nouns].sort()).toEqual(['kelsland', 'marova', 'tuesday']);
  });

  it('takes a sentence’s first word when the article also writes it capitalised inside a sentence', () => {
    expect(properNouns('Varnholt spoke first. Later, Ilse Varnholt thanked the crews.')).toContain('varnholt');
  });

  it('reads a sentence end through a closing quote, and a colon as one', () => {
    const nouns = properNouns('“We are safe.” Survivors wept. Her words: Everyone helped Tarn.');
    expect([...nouns]).toEqual(['tarn']);
  });

  it('passes over title-case lines (headlines), whose capitals say nothing', () => {
    const nouns = properNouns('Strong Earthquake Shakes Mountain Town Of Marova\n\nThe quake struck the town at dawn.');
    expect(nouns.size).toBe(0);
  });

  it('reads the stop of an initial or an initialism as no sentence end', () => {
    const nouns = properNouns('The crews met the U.S. Envoy at the port. J. Brask came later. Tolvane stayed.');
    expect([...nouns].sort()).toEqual(['brask', 'envoy', 'u.s']);
  });

  it('passes over a short headline of two or three words, all capitalised', () => {
    const nouns = properNouns('Quake Hits Marova\n\nThe quake struck the town at dawn. Rescuers came from Tarn.');
    expect([...nouns]).toEqual(['tarn']);
  });
});
