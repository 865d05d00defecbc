import { describe, expect, it } from 'vitest';
import { groupNames, type NameMention } from '../../../src/core/entities/group.js';
import type { NameType } from '../../../src/core/types.js';

let at = 0;
function m(text: string, type: NameType): NameMention {
  const start = at;
  at += text.length + 1;
  return { text, type, start, end: start + text.length, words: text.split(' ') };
}
const names = (groups: ReturnType<typeof groupNames>) => groups.map((g) => [g.name, g.type, g.mentions.map((x) => x.text)]);

describe('groupNames', () => {
  it('joins a surname or given name to the one full name it fits', () => {
    expect(names(groupNames([m('Xi Jinping', 'PERSON'), m('Xi', 'PERSON'), m('Jinping', 'PERSON')]))).toEqual([
      ['Xi Jinping', 'PERSON', ['Xi Jinping', 'Xi', 'Jinping']],
    ]);
  });

  it('keeps a short name apart when two full names fit it', () => {
    const groups = groupNames([m('Kim Jong Un', 'PERSON'), m('Kim Il Sung', 'PERSON'), m('Kim', 'PERSON')]);
    expect(groups.map((g) => g.name)).toEqual(['Kim Jong Un', 'Kim Il Sung', 'Kim']);
  });

  it('joins an acronym to the organisation or place it abbreviates', () => {
    const groups = groupNames([m('United Nations', 'ORGANIZATION'), m('UN', 'ORGANIZATION'), m('U.S.', 'PLACE'), m('United States', 'PLACE')]);
    expect(names(groups)).toEqual([
      ['United Nations', 'ORGANIZATION', ['United Nations', 'UN']],
      ['United States', 'PLACE', ['U.S.', 'United States']],
    ]);
  });

  it('does not read "UN" as the "Un" of Kim Jong Un', () => {
    const groups = groupNames([m('Kim Jong Un', 'PERSON'), m('UN', 'ORGANIZATION')]);
    expect(groups.map((g) => g.name)).toEqual(['Kim Jong Un', 'UN']);
  });

  it('keeps mentions of one spelling apart when they were tagged with different types', () => {
    const groups = groupNames([m('Jordan', 'PLACE'), m('Jordan', 'PLACE'), m('Jordan', 'PERSON')]);
    expect(names(groups)).toEqual([
      ['Jordan', 'PLACE', ['Jordan', 'Jordan']],
      ['Jordan', 'PERSON', ['Jordan']],
    ]);
  });

  it('joins an acronym that leaves out a leading country code', () => {
    const groups = groupNames([m('US Securities and Exchange Commission', 'ORGANIZATION'), m('SEC', 'ORGANIZATION')]);
    expect(names(groups)).toEqual([['US Securities and Exchange Commission', 'ORGANIZATION', ['US Securities and Exchange Commission', 'SEC']]]);
  });

  it('joins an initial and surname to the one full name they abbreviate, and the surname with them', () => {
    // A team sheet writes "T Varga" for the Tomas Varga of the report.
    const groups = groupNames([m('Tomas Varga', 'PERSON'), m('Varga', 'PERSON'), m('T Varga', 'PERSON'), m('B. Lind', 'PERSON'), m('Bela Lind', 'PERSON')]);
    expect(names(groups)).toEqual([
      ['Tomas Varga', 'PERSON', ['Tomas Varga', 'Varga', 'T Varga']],
      ['Bela Lind', 'PERSON', ['B. Lind', 'Bela Lind']],
    ]);
  });

  it('keeps an initial and surname apart when two full names fit them, or the initial differs', () => {
    const groups = groupNames([m('Tomas Varga', 'PERSON'), m('Timo Varga', 'PERSON'), m('T Varga', 'PERSON'), m('Anna Holt', 'PERSON'), m('K Holt', 'PERSON')]);
    expect(groups.map((g) => g.name)).toEqual(['Tomas Varga', 'Timo Varga', 'T Varga', 'Anna Holt', 'K Holt']);
  });

  it('joins a name written as one word to its spaced form', () => {
    const groups = groupNames([m('Vale Harbor', 'ORGANIZATION'), m('ValeHarbor', 'ORGANIZATION')]);
    expect(names(groups)).toEqual([['Vale Harbor', 'ORGANIZATION', ['Vale Harbor', 'ValeHarbor']]]);
  });
});

describe('acronyms of hyphenated and possessive names', () => {
  const m = (text: string, words: string[], start: number) => ({ type: 'ORGANIZATION' as const, text, words, start, end: start + text.length });
  it('joins "PSG" to "Paris Saint-Germain" and "ISPA" to "Internet Service Providers\' Association"', () => {
    const groups = groupNames([
      m('Varnia Saint-Loup', ['Varnia', 'Saint-Loup'], 0),
      m('VSL', ['VSL'], 30),
      m("Halvik Cable Makers' Association", ['Halvik', 'Cable', 'Makers', "'", 'Association'], 60),
      m('HCMA', ['HCMA'], 100),
    ]);
    expect(groups.map((g) => `${g.name}: ${g.mentions.map((x) => x.text).join(' | ')}`)).toEqual([
      'Varnia Saint-Loup: Varnia Saint-Loup | VSL',
      "Halvik Cable Makers' Association: Halvik Cable Makers' Association | HCMA",
    ]);
  });
});

describe('acronyms typed apart from their name', () => {
  const m = (type: 'ORGANIZATION' | 'PLACE', text: string, start: number) => ({ type, text, words: text.split(' '), start, end: start + text.length });
  it('joins an organisation "PH" to the place "Port Halvik", and "VBU" read as a place to the Varnian Boxing Union', () => {
    const groups = groupNames([
      m('PLACE', 'Port Halvik', 0),
      m('ORGANIZATION', 'PH', 20),
      m('ORGANIZATION', 'Varnian Boxing Union', 40),
      m('PLACE', 'VBU', 70),
    ]);
    expect(groups.map((g) => `${g.type} ${g.name}: ${g.mentions.map((x) => x.text).join(' | ')}`)).toEqual([
      'PLACE Port Halvik: Port Halvik | PH',
      'ORGANIZATION Varnian Boxing Union: Varnian Boxing Union | VBU',
    ]);
  });
  it('keeps a two-letter place apart from an organisation with its initials ("US", "Union Steel")', () => {
    expect(groupNames([m('ORGANIZATION', 'Union Steel', 0), m('PLACE', 'US', 20)])).toHaveLength(2);
  });
});

describe("a team's nickname of digits", () => {
  const team = (text: string, words: string[], start: number): NameMention => ({ type: 'ORGANIZATION', text, words, start, end: start + text.length });
  it('joins the nickname alone to the one team ending in it, in capitals too ("52ERS" of a line in capitals)', () => {
    const full = team('Corvale 52ers', ['Corvale', '52', 'ers'], 0);
    expect(groupNames([full, team('52ers', ['52', 'ers'], 20)])).toHaveLength(1);
    expect(groupNames([full, team('52ERS', ['52', 'ERS'], 20)])).toHaveLength(1);
  });
});
