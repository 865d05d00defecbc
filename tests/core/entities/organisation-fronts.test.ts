import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withOrganisationFronts } from '../../../src/core/entities/organisation-fronts.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';
import { LOWERCASE_BIT, listBit, type Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';

const words = (text: string) => text.split(' ');
const org = (start: number, end: number): TokenSpan => ({ type: 'ORG', start, end });

describe("an organisation's front words the decoder left out", () => {
  it('takes in one or two capitalised words inside a sentence', () => {
    expect(withOrganisationFronts([org(3, 4)], words('Analysts at Halvern Economics said so .'), undefined, [0])).toEqual([org(2, 4)]);
    expect(withOrganisationFronts([org(4, 5)], words('a spokesman for Greater Varnia Police said'), undefined, [0])).toEqual([org(3, 5)]);
    expect(withOrganisationFronts([org(4, 6)], words('In 2005 , Tova Varn Inc. said'), undefined, [0])).toEqual([org(3, 6)]);
  });

  it('takes in a remit before the "and" that opens a body\'s name', () => {
    expect(withOrganisationFronts([org(3, 5)], words('the Fish and Wildlife Service said'), undefined, [0])).toEqual([org(1, 5)]);
    // A sentence's opening "The" owes it its capital, not the remit.
    expect(withOrganisationFronts([org(3, 5)], words('The Fish and Wildlife Service found it .'), undefined, [0])).toEqual([org(1, 5)]);
    // Two federal departments' remits name two departments ("the Commerce and Interior Department").
    expect(withOrganisationFronts([org(4, 6)], words('by the Commerce and Interior Department alone'), undefined, [0])).toEqual([org(4, 6)]);
    // Not before a name that is no body.
    expect(withOrganisationFronts([org(3, 4)], words('the Fish and Varncorp said'), undefined, [0])).toEqual([org(3, 4)]);
  });

  it("takes in a remit the decoder tagged alone, and a front after a possessive, but not a listed name's span", () => {
    const g: Gazetteer = { lookup: (h) => (h === hashPhrase(['Admiralty']) ? listBit('company') : 0), maxLength: 1 };
    const misc: TokenSpan = { type: 'MISC', start: 3, end: 4 };
    const text = words("by Varnia 's Medicines and Tarsk products Regulatory Agency today");
    expect(withOrganisationFronts([{ type: 'LOC', start: 1, end: 2 }, misc, org(5, 9)], text, g, [0])).toEqual([{ type: 'LOC', start: 1, end: 2 }, org(3, 9)]);
    expect(withOrganisationFronts([org(1, 2), org(3, 5)], words('the Fish and Wildlife Service said'), g, [0])).toEqual([org(1, 5)]);
    const two = [org(3, 4), org(5, 7)];
    expect(withOrganisationFronts(two, words('Orlen said the Admiralty and War Department will respond'), g, [0])).toEqual(two);
  });

  it('leaves a body named alone before "and" another body apart: the Treasury, the Navy are no remits', () => {
    // Common words by the training text's case, listed as no name: only the word says it names a body by itself.
    const g: Gazetteer = { lookup: () => LOWERCASE_BIT, maxLength: 1 };
    for (const text of ['officials at the Treasury and Federal Reserve Board said', 'officials at the Navy and Defense Department said']) {
      const two = [org(3, 4), org(5, 8)];
      expect(withOrganisationFronts(two, words(text), g, [0])).toEqual(two);
    }
    // A name of two words is a name of its own, no remit.
    const named = [org(1, 3), org(4, 6)];
    expect(withOrganisationFronts(named, words('the Varn Fish and Wildlife Service said'), g, [0])).toEqual(named);
  });

  it('leaves the name alone after a capital, a mark, a number, a sentence start or a word of another kind', () => {
    const unchanged: [string, number, number, number[]][] = [
      ['Checks Into Halvern Clinic today', 2, 4, [0]],
      ['Former Halvern captain Ann Roe', 1, 2, [0]],
      ['scores : Aa Varncorp : AA', 3, 4, [0]],
      ['3 Maccabi Tel Aviv 1', 2, 4, [0]],
      ['at Double-A Greenville ;', 2, 3, [0]],
      ['said on Monday Halvern Group would', 3, 5, [0]],
      ['met Mr Varncorp today', 2, 3, [0]],
      ['told Sheriff Halvern Police today', 2, 4, [0]],
      ['with Captain Varncorp staff', 2, 3, [0]],
      ['signed by Rapper Halvern Records today', 3, 5, [0]],
      ['told The Halvern Times today', 2, 4, [0]],
      ['the Socialist Zeri Popullit daily', 2, 4, [0]],
      ['it fell . Halvern Economics said', 4, 5, [0, 3]],
      // A title-case line keeps its small words in lower case: "to" says nothing of "Buy".
      ['Varncorp to Buy Halvern Games in Record Deal', 3, 5, [0]],
      ['sales rose over Christmas Halvern said', 4, 5, [0]],
    ];
    for (const [text, start, end, starts] of unchanged)
      expect(withOrganisationFronts([org(start, end)], words(text), undefined, starts), text).toEqual([org(start, end)]);
  });

  it('keeps a company named with a common word whole in an article', () => {
    expect(typedNames('Analysts at Capital Economics said rates would rise.')).toContain('ORGANIZATION Capital Economics');
  });

  it("keeps a regulator's name whole across a remit tagged alone, end to end", () => {
    expect(typedNames("The shot was cleared by Varnia's Medicines and Healthcare products Regulatory Agency on Wednesday, officials said.")).toContain(
      'ORGANIZATION Medicines and Healthcare products Regulatory Agency',
    );
  });
});
