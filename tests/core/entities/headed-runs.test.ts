import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withHeadedRuns } from '../../../src/core/entities/headed-runs.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';
import { LOWERCASE_BIT, type Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';

const words = (text: string) => text.split(' ');
const org = (start: number, end: number): TokenSpan => ({ type: 'ORG', start, end });

describe('organisations found by their head', () => {
  it('finds an untagged run of capitalised words ending in a body head', () => {
    expect(withHeadedRuns([], words('The Seed and Grain Administration granted it .'), undefined, [0])).toEqual([org(1, 5)]);
    expect(withHeadedRuns([], words('said the Varnian Tidal Agency , which'), undefined, [0])).toEqual([org(2, 5)]);
  });

  it("takes a company's head into the name before it", () => {
    expect(withHeadedRuns([org(3, 4)], words('an outage at Halvik Web Services hit Roku'), undefined, [0])).toEqual([org(3, 6)]);
    // Not across more than one word before the head.
    const far = [org(3, 4)];
    expect(withHeadedRuns(far, words('an outage at Halvik Cloud Web Services hit Roku'), undefined, [0])).toBe(far);
  });

  it("finds a company's name of three words opening its sentence, unless its first word is a common one", () => {
    const g: Gazetteer = { lookup: (h) => (h === hashPhrase(['troubled']) ? LOWERCASE_BIT : 0), maxLength: 1 };
    expect(withHeadedRuns([], words('Halvik Video Communications said sales rose .'), g, [0])).toEqual([org(0, 3)]);
    expect(withHeadedRuns([], words('Troubled Varn Airlines said it would cut jobs .'), g, [0])).toEqual([]);
    // Two words, or a body's head: the sentence's capital may be an office's or a place's.
    expect(withHeadedRuns([], words('Varn Airlines said so .'), g, [0])).toEqual([]);
    expect(withHeadedRuns([], words('Varnia Tourism Agency said so .'), g, [0])).toEqual([]);
  });

  it('leaves a title-case line, a sentence start, a head alone and a longer name alone', () => {
    for (const text of [
      'Storm Hits Local Council Today',
      'Local Council said so',
      'said the Administration would',
      'the Seed Grain Administration Building opened',
      'Ministers Move to Gut Seed and Grain Agency',
    ])
      expect(withHeadedRuns([], words(text), undefined, [0]), text).toEqual([]);
    // Words inside the decoder's spans stay as they are.
    const tagged = [org(1, 4)];
    expect(withHeadedRuns(tagged, words('the Seed Grain Administration said'), undefined, [0])).toBe(tagged);
  });

  it('lists a federal agency named with common words', () => {
    expect(typedNames('The vaccine was cleared by the Food and Drug Administration on Friday.')).toContain('ORGANIZATION Food and Drug Administration');
  });

  it("finds a company's name opening the article's only sentence that names it, end to end", () => {
    expect(typedNames('Pivot Video Communications said quarterly revenue rose fourfold on Monday.')).toContain('ORGANIZATION Pivot Video Communications');
  });
});
