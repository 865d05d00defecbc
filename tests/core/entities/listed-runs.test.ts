import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withListedRuns } from '../../../src/core/entities/listed-runs.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { listBit, type Gazetteer } from '../../../src/core/entities/gazetteer.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const words = (text: string) => text.split(' ');
const span = (type: TokenSpan['type'], start: number, end: number): TokenSpan => ({ type, start, end });
/** A gazetteer listing "Harbour Nine" as a company and "Harbour Point" as a company and a city. */
const g: Gazetteer = {
  lookup: (h) =>
    h === hashPhrase(['Harbour', 'Nine']) ? listBit('company') : h === hashPhrase(['Harbour', 'Point']) ? listBit('company') | listBit('city') : 0,
  maxLength: 3,
};

describe('untagged runs the gazetteer lists whole as a company', () => {
  it('finds them inside a sentence and opening one', () => {
    const text = words('analysts said Harbour Nine and Tarsk Bank were best placed . Harbour Nine fell .');
    expect(withListedRuns([span('ORG', 5, 7)], text, g, [0, 11])).toEqual([span('ORG', 2, 4), span('ORG', 5, 7), span('ORG', 11, 13)]);
  });

  it('leaves a longer run, a run touching a name, a name of two lists and a title-case line alone', () => {
    expect(withListedRuns([], words('he went to the Harbour Nine Arena on Sunday'), g, [0])).toEqual([]);
    const touching = [span('LOC', 4, 5)];
    expect(withListedRuns(touching, words('shares of Harbour Nine Varnia rose'), g, [0])).toBe(touching);
    expect(withListedRuns([], words('they met at Harbour Point on Sunday'), g, [0])).toEqual([]);
    expect(withListedRuns([], words('Why Harbour Nine Is Up'), g, [0])).toEqual([]);
    expect(withListedRuns([], words('Harbour Nine to Buy Varn'), g, [0])).toEqual([]);
    const after = [span('ORG', 2, 3)];
    expect(withListedRuns(after, words('shares of Varnia Harbour Nine fell'), g, [0])).toBe(after);
  });

  it('finds a listed company of common words end to end', () => {
    expect(typedNames('Analysts said Capital One and Varncorp were best placed, and Capital One fell 2% on Tuesday.')).toContain('ORGANIZATION Capital One');
  });
});
