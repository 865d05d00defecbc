import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';
import { namedEntities } from './names.js';
import { confirmNames, type PlacedMention } from '../../../src/core/entities/framing.js';
import type { Gazetteer } from '../../../src/core/entities/gazetteer.js';

const names = (raw: string) => namedEntities(raw).map((e) => e.name);

const STORY = `Harbour Board Backs Ferry Plan

The harbour board in Port Ellis voted on Monday to run a second ferry to the islands, chair Nadia Brennan said.

Storm Damage

Nadia Brennan said the old pier had been closed twice this winter after storms.

What Happens Next

The board will ask the EU for half of the cost, Brennan added. The European Union has funded ferries before.`;

describe('names in the headline and headings', () => {
  it('drops a heading that only looks like a name', () => {
    expect(names(STORY)).not.toContain('Storm Damage');
    expect(names(STORY)).not.toContain('Happens Next');
  });

  it('keeps names the body confirms', () => {
    expect(names(STORY)).toEqual(expect.arrayContaining(['Nadia Brennan', 'Port Ellis']));
  });
});

describe('names in wire framing', () => {
  it('confirms a capitalised heading name by the body regardless of case', () => {
    const story = `Ferry Talks Resume

VARNIA

Officials in Varnia said on Tuesday that talks on the ferry would resume next week.`;
    expect(names(story)).toContain('VARNIA');
  });

  it('keeps names in a heading written in ordinary case', () => {
    const story = `Island Open Results

Tova Lindqvist (Norway) beat Ama Oduya (Ghana) 6-4 6-2

The tournament on the island of Skerra ended on Sunday after a week of rain.`;
    expect(names(story)).toEqual(expect.arrayContaining(['Tova Lindqvist', 'Ama Oduya']));
  });

  it('reads a dateline as a place and its date as no name', () => {
    const story = `Harbour Strike Ends

BERLIN, Jan 12 (Reuters) - Dock workers at the port of Halvik ended a strike on Monday, union leader Petra Holm said.`;
    const found = extractEntities(parseArticle(cleanArticle(story)));
    expect(found.find((e) => e.name === 'BERLIN')?.type).toBe('PLACE');
    expect(found.some((e) => e.name === 'Jan' && e.type !== 'DATE')).toBe(false);
  });

  it('reads an agency dateline place as a place', () => {
    const story = `Canal Traffic Slows

CAIRO (Reuters) - Shipping through the canal slowed on Sunday, the canal authority said.`;
    const found = extractEntities(parseArticle(cleanArticle(story)));
    expect(found.find((e) => e.name === 'CAIRO')?.type).toBe('PLACE');
  });

  it('reads the word after a dateline as opening a sentence, not as a name', () => {
    const story = `Canal Traffic Slows

CAIRO (Reuters) - Shipping through the canal slowed on Sunday, the canal authority said.`;
    expect(names(story)).toEqual(['CAIRO', 'Reuters']);
  });

  it('keeps the agency of a dateline an organisation, with a date before it or not', () => {
    for (const dateline of ['CAIRO (Reuters) -', 'CAIRO, Jan 12 (Reuters) -', 'CAIRO (AFP) -']) {
      const found = extractEntities(parseArticle(cleanArticle(`Canal Traffic Slows\n\n${dateline} Ships waited on Sunday, the canal authority said.`)));
      const agency = found.find((e) => /^(?:Reuters|AFP)$/.test(e.name));
      expect(agency?.type, dateline).toBe('ORGANIZATION');
    }
  });

  it('keeps an organisation named in a dateline an organisation', () => {
    const found = extractEntities(
      parseArticle(cleanArticle(`UNITED NATIONS 2020-01-12\n\nThe United Nations said on Sunday that talks on Varnia would resume.`)),
    );
    expect(found.find((e) => e.name === 'UNITED NATIONS')?.type).toBe('ORGANIZATION');
  });

  it("keeps a known organisation an organisation in a dateline with its state, but not a city's club", () => {
    const type = (raw: string, name: string) => extractEntities(parseArticle(cleanArticle(raw))).find((e) => e.name === name)?.type;
    const un = (dateline: string) => `Talks Resume\n\n${dateline} (Reuters) - Diplomats met on Sunday, an official said.`;
    expect(type(un('UNITED NATIONS, N.Y., Dec 6'), 'UNITED NATIONS')).toBe('ORGANIZATION');
    expect(type(un('UNITED NATIONS, Dec 6'), 'UNITED NATIONS')).toBe('ORGANIZATION');
    // Read as an organisation in the body: the dateline names the body, not a town.
    const bank = 'Loan Talks\n\nWORLD BANK, Varnia, Dec 6 (Reuters) - The World Bank said on Sunday it would lend more to Varnia.';
    expect(type(bank, 'WORLD BANK')).toBe('ORGANIZATION');
    // A listed city stays a place, though its club is an organisation in the body.
    const club = 'Liverpool Win\n\nLIVERPOOL, England, Dec 6 (Reuters) - Liverpool beat Halvik 2-0 on Sunday at Anfield.';
    expect(type(club, 'LIVERPOOL')).toBe('PLACE');
  });

  it('does not read a kicker in capitals before a dash as a dateline', () => {
    const found = extractEntities(parseArticle(cleanArticle(`RUGBY UNION - VARNIA BEAT HALVIK AGAIN.\n\nVarnia beat Halvik 21-7 on Sunday in Tarvik.`)));
    expect(found.some((e) => e.name === 'RUGBY UNION' && e.type === 'PLACE')).toBe(false);
  });

  it('does not take a photo credit for the headline or a heading', () => {
    const article = cleanArticle(`REUTERS/Jane Dorrit

Dock workers at the port of Halvik ended a strike on Monday.

Jane Dorrit took the photograph.`);
    expect(article.title).toBe('');
    expect(article.blocks.every((b) => b.kind !== 'heading')).toBe(true);
  });

  it('reads a dateline place with its country as places, after a kicker and a byline', () => {
    const story = `RUGBY - HARBOUR BOYS WIN AGAIN.

Tomas Reyes

PORT ELLIS, New Varnia 2020-01-12

Harbour Boys beat the visitors 21-7 on Sunday.`;
    const found = extractEntities(parseArticle(cleanArticle(story)));
    expect(found.find((e) => e.name === 'PORT ELLIS')?.type).toBe('PLACE');
    expect(found.find((e) => e.name === 'New Varnia')?.type).toBe('PLACE');
  });

  it('reads lines of results and fixtures as lists of names, not headlines', () => {
    const story = `Island Golf Scores

Tova Lindqvist (Norway) 70 71, Ama Oduya (Ghana) 72 70

Halvik Rovers v Tarvik Town, Skerra v Port Ellis

The tournament on the island ended on Sunday after a week of rain.`;
    expect(names(story)).toEqual(expect.arrayContaining(['Tova Lindqvist', 'Norway', 'Ama Oduya', 'Ghana', 'Halvik Rovers', 'Tarvik Town']));
  });

  it('reads a weekday shortened in brackets as no name', () => {
    const story = `Preview: Halvik v Tarvik (Sun)\n\nHalvik meet Tarvik at Skerra Park on Sunday, with Ann Roe back in the side.`;
    expect(names(story)).not.toContain('Sun');
    expect(names(story)).toContain('Tarvik');
  });

  it('reads a line with any lower-case word but articles and prepositions as ordinary case', () => {
    const story = `Island Cricket Scores

Ivo Salter not out 12

The match at Skerra ended in a draw on Sunday after rain.`;
    expect(names(story)).toContain('Ivo Salter');
  });
});

describe('confirmNames on a dateline', () => {
  it("types the dateline's agency an organisation whatever the tagger typed it", () => {
    const parsed = parseArticle(cleanArticle(`Canal Traffic Slows\n\nCAIRO (Reuters) - Ships waited on Sunday, the canal authority said.`));
    const start = parsed.article.text.indexOf('Reuters');
    const agency: PlacedMention = { type: 'PERSON', start, end: start + 7, text: 'Reuters', words: ['Reuters'], sentenceInitial: false, pos: 'PROPN' };
    const unlisted: Gazetteer = { lookup: () => 0, maxLength: 0 };
    expect(confirmNames([agency], parsed, unlisted).map((m) => `${m.type} ${m.text}`)).toEqual(['ORGANIZATION Reuters']);
  });

  it('types a dateline place the tagger read as an organisation a place when its country follows', () => {
    // A club's town: the tagger reads the report's "Halvik" as the club, and the dateline with it.
    const parsed = parseArticle(cleanArticle(`HALVIK, Varnia, Dec 6 (Reuters) - Halvik beat Tarsk 2-0 on Sunday.\n\nTARSK 2020-12-06\n\nTarsk lost.`));
    const unlisted: Gazetteer = { lookup: () => 0, maxLength: 0 };
    const club = (text: string, from = 0): PlacedMention => {
      const start = parsed.article.text.indexOf(text, from);
      return { type: 'ORGANIZATION', start, end: start + text.length, text, words: [text], sentenceInitial: true, pos: 'PROPN' };
    };
    const found = confirmNames([club('HALVIK'), club('Halvik', 1), club('TARSK')], parsed, unlisted);
    expect(found.map((m) => `${m.type} ${m.text}`)).toEqual(['PLACE HALVIK', 'ORGANIZATION Halvik', 'ORGANIZATION TARSK']);
  });

  it("types an agency dateline's place a place, though the tagger read it as an organisation", () => {
    for (const dateline of ['VELMORA (Reuters) -', 'VELMORA, Dec 6 (Reuters) -']) {
      const parsed = parseArticle(cleanArticle(`Talks Resume\n\n${dateline} Talks on the ferry resumed on Sunday, officials said.`));
      const start = parsed.article.text.indexOf('VELMORA');
      const town: PlacedMention = { type: 'ORGANIZATION', start, end: start + 7, text: 'VELMORA', words: ['VELMORA'], sentenceInitial: true, pos: 'PROPN' };
      const unlisted: Gazetteer = { lookup: () => 0, maxLength: 0 };
      expect(
        confirmNames([town], parsed, unlisted).map((m) => `${m.type} ${m.text}`),
        dateline,
      ).toEqual(['PLACE VELMORA']);
    }
  });
});
