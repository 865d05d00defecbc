import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';
import { typedNames as names } from './names.js';
import { isTitle, junkReason } from '../../../src/core/entities/junk-words.js';
import { confirmNames, type PlacedMention } from '../../../src/core/entities/framing.js';
import { getNerModel } from '../../../src/core/entities/index.js';
import type { NameType } from '../../../src/core/types.js';

// Made-up stories, one per pattern of junk the tagger used to return.

describe('junk names', () => {
  it('reads a title as no name and the name after it as a person', () => {
    const found = names(
      `Mr Halvorsen, the harbour master, said the ferry would sail again. Ms Okafor, a passenger, was pleased. Dr Lindqvist treated two sailors. "It was a long night," Mr Halvorsen said.`,
    );
    expect(found.filter((n) => /\b(Mr|Ms|Dr)$/.test(n))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['PERSON Halvorsen', 'PERSON Okafor']));
  });

  it("does not take a police constable's rank for an organisation", () => {
    expect(names(`PC Jarrow said the car was stolen. PC Jarrow later arrested a man in Halvik.`)).toContain('PERSON Jarrow');
    expect(names(`The PC market grew by a tenth, said analysts at Varnacorp.`).some((n) => / PC$/.test(n))).toBe(false);
  });

  it('does not read "I\'m" as a person', () => {
    expect(names(`"I'm sorry," she said.`)).toEqual([]);
  });

  it('does not read a holiday as a name', () => {
    const found = names(`Christmas sales at the Skerra market rose by a tenth, traders said. "Merry Christmas to all," said Nils Varg, who sells candles.`);
    expect(found.filter((n) => /Christmas/.test(n))).toEqual([]);
  });

  it('does not read a capitalised word at a sentence start as a name', () => {
    const found = names(
      `Born in Tarvik in 1950, Greta Olsen sailed for forty years. Recently, she sold her boat to a museum in Halvik. Likewise, her brother retired.`,
    );
    expect(found.filter((n) => /Born|Recently|Likewise/.test(n))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['PERSON Greta Olsen']));
  });

  it('groups "Mr X" with the full name given earlier', () => {
    const found = extractEntities(parseArticle(cleanArticle(`Tova Halvorsen, the harbour master, resigned on Monday. Mr Halvorsen said he was tired.`)));
    expect(found.find((e) => e.name === 'Tova Halvorsen')?.mentions.map((m) => m.text)).toEqual(['Tova Halvorsen', 'Halvorsen']);
  });

  it('keeps an acronym that opens a sentence, which wink may read as a word', () => {
    expect(names(`US growth slowed in the spring, the Varnia Trade Office said. Exports to Varnia fell.`)).toContain('PLACE US');
  });

  it('does not read a season as a place or an organisation', () => {
    const found = names(`The new Halvik ferry will start sailing in Spring next year, Greta Olsen said.`);
    expect(found.filter((n) => / Spring$/.test(n))).toEqual([]);
    expect(found).toContain('PERSON Greta Olsen');
    expect(junkReason(['Summer'], 'PERSON')).toBeNull();
  });

  it('does not read "OK" as a name', () => {
    expect(names(`The ferry is OK now, Greta Olsen said in Halvik.`).some((n) => n.endsWith(' OK'))).toBe(false);
  });

  it('drops an interjection that is a common word, and keeps one that names a place', () => {
    const campaign = names(`Leaders of the Yes campaign in Halvik met Greta Olsen on Monday.`);
    expect(campaign.some((n) => / Yes$/.test(n))).toBe(false);
    expect(names(`A flood swept through the old desert town of Bam in 1998, officials in Tehran said.`)).toContain('PLACE Bam');
  });

  it('reads an exit from a union ("Brexit", "Varnexit") as no place, and keeps a place called Exit', () => {
    const found = names(
      `Talks on Brexit resumed in Brussels on Monday. Tova Lind said Brexit had cost Halvik dear, and the Varnexit vote was near. Brexiteers cheered in Halvik.`,
    );
    expect(found.filter((n) => /xit/.test(n))).toEqual([]);
    expect(found).toContain('PLACE Brussels');
    expect(junkReason(['Exit'], 'PLACE')).toBeNull();
    expect(junkReason(['Brexit'], 'ORGANIZATION')).toBe('event');
    // Its backers, which the tagger reads as a group or a place.
    expect(junkReason(['Brexiteers'], 'PLACE')).toBe('event');
    expect(junkReason(['Grexiteer'], 'ORGANIZATION')).toBe('event');
  });

  it('reads an acronym in the plural ("PCs", "MPs", "SMSes") as a common noun, not a name', () => {
    const found = names(`Sales of PCs and PDAs fell in Halvik, Tova Lind of Varnco said. Sales of PCs rose again in Ostby, where BBC staff use PCs.`);
    expect(found.filter((n) => /PCs|PDAs/.test(n))).toEqual([]);
    expect(junkReason(['MPs'], 'ORGANIZATION')).toBe('plural');
    expect(junkReason(['SMSes'], 'PERSON')).toBe('plural');
    expect(junkReason(['UPS'], 'ORGANIZATION')).toBeNull();
    expect(junkReason(['Pcs'], 'ORGANIZATION')).toBeNull();
  });

  it('gives each reason whichever list holds the first word, asked first of every name', () => {
    const cases: [string[], NameType, string | null][] = [
      [['Mr.'], 'PERSON', 'title'],
      [['Lord', 'Chancellor'], 'PERSON', 'title'], // an honorific, in no list of junk-words.ts
      [['Sheikh', 'Dr'], 'PERSON', 'title'],
      [["We'll"], 'PERSON', 'contraction'],
      [['OK'], 'ORGANIZATION', 'common word'],
      [['Merry', 'Christmas'], 'PERSON', 'holiday'],
      [['Jan'], 'ORGANIZATION', 'date'],
      [['Spring'], 'PLACE', 'season'],
      [['Sheriff'], 'ORGANIZATION', 'office'],
      [['-', '!'], 'PLACE', 'no word'],
      [['-', 'Varnia'], 'PLACE', null],
      [['Varnia', 'Christmas'], 'PLACE', null],
      [['Lord', 'Varnby'], 'PERSON', null],
      [['Greta', 'Olsen'], 'PERSON', null],
    ];
    for (const [words, type, reason] of cases) expect([words, junkReason(words, type)]).toEqual([words, reason]);
  });

  it('reads a name of punctuation alone as junk', () => {
    expect(junkReason(['!'], 'ORGANIZATION')).toBe('no word');
    expect(junkReason(['Wham!'], 'ORGANIZATION')).toBeNull();
  });

  it('reads "Mt" and the name after it as one place', () => {
    expect(names(`Two climbers were rescued on Mt Tarvik after a storm, officials said.`)).toEqual(['PLACE Mt Tarvik']);
    expect(names(`The body was found near Mt. Halvo, a peak in the north.`)).toEqual(['PLACE Mt. Halvo']);
  });

  it('does not read an office alone as a name', () => {
    const found = names(`A Halvik county Sheriff deputy was hurt on Monday. Sheriff Ann Tovey said the Mayor would visit.`);
    expect(found.filter((n) => /Sheriff|Mayor/.test(n))).toEqual([]);
    expect(found).toContain('PERSON Ann Tovey');
  });

  it('reads a common word tagged alone after a name as the rest of that name', () => {
    const found = names(`Police in Hawaiian Gardens said two men were arrested. Hawaiian Gardens is a small city.`);
    expect(new Set(found.map((n) => n.replace(/^\S+ /, '')))).toEqual(new Set(['Hawaiian Gardens']));
  });

  // Known miss since the beam decoder (docs/entities.md): the name opening the second sentence is
  // tagged an organisation, and names of two types are two entities.
  it('gives both mentions of "Hawaiian Gardens" one type', () => {
    expect(names(`Police in Hawaiian Gardens said two men were arrested. Hawaiian Gardens is a small city.`)).toEqual(['PLACE Hawaiian Gardens']);
  });

  it('reads "Let" of "Let\'s" as no name: wink splits the contraction', () => {
    const found = names(
      `The first lady opened the latest part of her Let's Grow drive in Halvik. Schools joined Let's Grow programs across the state, and Let's Grow! events drew crowds.`,
    );
    expect(found.filter((n) => / Let$/.test(n))).toEqual([]);
    expect(junkReason(["Let's"], 'PLACE')).toBe('contraction');
  });

  it('reads a word in capitals that wink takes for a verb as no name ("(ITALICISE)")', () => {
    expect(names(`The notes of Vorn et al (ITALICISE) showed the harbour wall was built in two stages.`).filter((n) => /ITALICISE/.test(n))).toEqual([]);
  });

  it('reads an item of a list of versions as no name ("95, 98, Me, NT")', () => {
    const found = names(`The Varnax worm can infect machines running Orbis 2000, 95, 98, Me, NT and XP, said Tova Lind of Halvik.`);
    expect(found.filter((n) => / (NT|Me)$/.test(n))).toEqual([]);
    expect(found).toContain('PERSON Tova Lind');
  });

  it('keeps names beside a date or ages ("ended July 29, 1995, Best posted", "Lind, 31, and Roe, 29")', () => {
    expect(names(`For the quarter that ended July 29, 1995, Varnacorp posted a loss.`).some((n) => n.endsWith(' Varnacorp'))).toBe(true);
    expect(names(`Tova Lind, 31, and Ann Roe, 29, were charged in Halvik.`)).toEqual(expect.arrayContaining(['PERSON Tova Lind', 'PERSON Ann Roe']));
  });

  it('groups a name the tagger cut short with its one-word spelling', () => {
    const found = extractEntities(parseArticle(cleanArticle(`Shares in Time Warner rose on Monday. TimeWarner said profits were up.`)));
    expect(found.find((e) => e.type === 'ORGANIZATION')?.mentions.map((m) => m.text)).toEqual(['Time Warner', 'TimeWarner']);
  });

  it('reads a racing team named after a person as an organisation', () => {
    expect(names(`He drove for Van Amersfoort Racing last year, finishing third in Halvik.`)).toContain('ORGANIZATION Van Amersfoort Racing');
  });
});

describe('isTitle', () => {
  it('reads a title whatever its case or final full stop, and only one full stop', () => {
    expect(['Mr', 'MR.', 'dr.', 'PC'].map(isTitle)).toEqual([true, true, true, true]);
    expect(['Mr..', 'Mrs.x', 'Mars'].map(isTitle)).toEqual([false, false, false]);
  });
});

describe('capitals owed to a longer name or to the sentence start (tagger output given)', () => {
  // The tagger's mentions are given by hand: made-up text seldom makes it tag these words alone.
  const confirmed = (raw: string, found: [text: string, type: NameType, sentenceInitial: boolean][]) => {
    const parsed = parseArticle(cleanArticle(raw));
    const text = parsed.article.text;
    let from = 0;
    const mentions: PlacedMention[] = found.map(([name, type, sentenceInitial]) => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      return { type, start, end: from, text: name, words: name.split(' '), sentenceInitial, pos: 'PROPN' };
    });
    return confirmNames(mentions, parsed, getNerModel().gazetteer).map((m) => m.text);
  };

  it('reads an inner word of a longer name, alone at a sentence start, as no name', () => {
    const found = confirmed(`Shares in Varnia Tidal Power Corp rose. Power is scarce in Varnia, said Greta Olsen.`, [
      ['Varnia Tidal Power Corp', 'ORGANIZATION', false],
      ['Power', 'ORGANIZATION', true],
      ['Varnia', 'PLACE', false],
      ['Greta Olsen', 'PERSON', false],
    ]);
    expect(found).toEqual(['Varnia Tidal Power Corp', 'Varnia', 'Greta Olsen']);
  });

  it('keeps the first word of a longer name alone, but not before a lower-case noun it modifies', () => {
    const company = confirmed(`Greta Olsen spoke for Halvik Motor Co on Monday. Halvik said sales rose.`, [
      ['Greta Olsen', 'PERSON', true],
      ['Halvik Motor Co', 'ORGANIZATION', false],
      ['Halvik', 'ORGANIZATION', true],
    ]);
    expect(company).toContain('Halvik');
    const modifier = confirmed(`Greta Olsen spoke for the Mobile Data Association on Monday. Mobile owners sent more texts. Each mobile network grew.`, [
      ['Greta Olsen', 'PERSON', true],
      ['Mobile Data Association', 'ORGANIZATION', false],
      ['Mobile', 'ORGANIZATION', true],
    ]);
    expect(modifier).toEqual(['Greta Olsen', 'Mobile Data Association']);
  });

  it('keeps the head of a longer name before a noun ("Commission spokesman")', () => {
    const found = confirmed(`The Varnia Election Commission met. Commission staff said the vote was fair.`, [
      ['Varnia Election Commission', 'ORGANIZATION', false],
      ['Commission', 'ORGANIZATION', true],
    ]);
    expect(found).toContain('Commission');
  });

  it('takes no lower-case spelling as evidence in a case-folded story', () => {
    const found = confirmed(`greta olsen joined the tarvik games club in may . Tarvik fans cheered her at the tarvik ground .`, [
      ['Tarvik', 'ORGANIZATION', true],
    ]);
    expect(found).toEqual(['Tarvik']);
    const cased = confirmed(`Greta Olsen joined the Halvik Games Club in May. Tarvik fans cheered her at the tarvik ground.`, [
      ['Tarvik', 'ORGANIZATION', true],
    ]);
    expect(cased).toEqual([]);
  });
});
