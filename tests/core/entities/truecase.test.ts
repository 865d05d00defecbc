import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';
import { namedEntities, typedNames } from './names.js';
import { capitalisedName, truecased } from '../../../src/core/entities/truecase.js';
import type { Gazetteer } from '../../../src/core/entities/gazetteer.js';

// A made-up story case-folded as a third of cnndm-dev's are: lower case but for sentence starts.
const STORY =
  "( varnia news ) -- tova lind , the mayor of halvik , said on monday that the city would close the park near the river . Lind said the plan would save money . The council in halvik agreed with her . `` i don 't know , '' said one resident , who gave no name . The plan was backed by berlin and paris , and by ruth quorley , a local teacher . Quorley said the park had been neglected for years and the channel was dirty . Halvik has about 40,000 people . ";

const names = (raw: string) => namedEntities(raw).map((e) => `${e.type} ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('a case-folded story', () => {
  it('finds its people and places from the case evidence it keeps and the lists of names', () => {
    const found = names(STORY + STORY);
    expect(found).toContain('PERSON tova lind | Lind | tova lind | Lind');
    expect(found).toContain('PERSON ruth quorley | Quorley | ruth quorley | Quorley');
    expect(found).toContain('PLACE berlin | berlin');
    expect(found.some((n) => n.startsWith('PLACE halvik'))).toBe(true);
  });

  it('lists the names capitalised, their mentions as written', () => {
    const people = extractEntities(parseArticle(cleanArticle(STORY + STORY))).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual(['Tova Lind', 'Ruth Quorley']);
    expect(people[0]!.mentions[0]!.text).toBe('tova lind');
  });

  it('gives no capital to a common word, a contraction or a noun after an article', () => {
    const found = names(STORY + STORY).join(' ');
    expect(found).not.toMatch(/\b(?:park|channel|don|monday)\b/);
  });

  it('leaves a short lower-case text alone', () => {
    expect(names('Tova lind said berlin was cold .').join(' ')).not.toMatch(/berlin/);
  });
});

// A second made-up folded story for the rules the first does not walk: names of two words from the
// lists, a listed place that is a common word ("reading"), given names alone ("sue", "hung"), a
// contraction the article opens a sentence with ("Don 't").
const TRAVEL =
  "( varnia news ) -- tova lind , the mayor of halvik , said on monday that she was reading a report on the flood . Lind said the team would fly to new zealand and then to los angeles next week . Don 't expect a quick answer , she said . i don 't know , said one resident , who gave no name . sue and hung were there . The plan was backed by berlin , and by ruth quorley , a local teacher . Quorley said the park had been neglected for years . Halvik has about 40,000 people . The mayor met louis van gaal there . ";

describe('a case-folded story, the rest of the rules', () => {
  it('finds listed names of two words, and lists a name with its links in lower case', () => {
    const found = names(TRAVEL + TRAVEL);
    expect(found).toContain('PLACE new zealand | new zealand');
    expect(found).toContain('PLACE los angeles | los angeles');
    const people = extractEntities(parseArticle(cleanArticle(TRAVEL + TRAVEL))).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toContain('Louis van Gaal');
  });

  it('gives no capital to a listed word train.txt writes in lower case ("said", "reading"), a lone given name, nor a contraction', () => {
    expect(names(TRAVEL + TRAVEL).join(' ')).not.toMatch(/\b(?:said|reading|sue|hung|don)\b/i);
  });

  it('capitalises each word of a name but its links', () => {
    expect(capitalisedName('louis van gaal')).toBe('Louis van Gaal');
    expect(capitalisedName('bank of england')).toBe('Bank of England');
    expect(capitalisedName('the hague')).toBe('The Hague');
    expect(capitalisedName('tova eBay 3g')).toBe('Tova eBay 3g');
  });
});

// A third made-up folded story: listed names of two words after "the" ("the united states"), a
// pair opening a longer listed name ("new york"), and listed words the story uses as common
// nouns ("his house", "house prices").
const ABROAD =
  "( varnia news ) -- tova lind , the mayor of halvik , flew to the united states on monday and then to the united kingdom . Lind said the trip to new york would bring trade to halvik . The fire last week reached his house , she said , and house prices had fallen since . i don 't know , said one resident , who gave no name . The plan was backed by ruth quorley , a local teacher . Quorley said the park had been neglected for years . Halvik has about 40,000 people . ";

describe('a case-folded story, names after "the" and words the lists share', () => {
  it('finds a listed name of two words after "the" whole, and a pair opening a longer listed name', () => {
    const found = names(ABROAD + ABROAD);
    expect(found).toContain('PLACE united states | united states');
    expect(found).toContain('PLACE united kingdom | united kingdom');
    expect(found).toContain('PLACE new york | new york');
    expect(typedNames(ABROAD + ABROAD).map((n) => n.split(' ').slice(1).join(' '))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:States|Kingdom|York)$/)]),
    );
  });

  it('gives no capital to a word both a company and a surname where the story writes it after a possessive', () => {
    expect(typedNames(ABROAD + ABROAD).join(' ')).not.toMatch(/\bHouse\b/);
  });
});

// A fourth made-up folded story, thrice to be long enough for one: a listed name of three words
// none of whose pairs is listed ("dar es salaam"), a pair opening a listed name that does not end
// on a listed word ("the port of", as "Port of Spain" opens), and a listed surname after a
// capitalised title ("Ms hung"), and a word both a company and a surname the story writes bare
// ("shell said").
const HARBOUR =
  "( varnia news ) -- tova lind , the mayor of halvik , flew to dar es salaam on monday . Lind said the ship would sail into the port of halvik next week . Ms hung said the plan would bring trade . shell said it would open an office in halvik . i don 't know , said one resident , who gave no name . The plan was backed by ruth quorley , a local teacher . Quorley said the park had been neglected for years . Halvik has about 40,000 people . ";

describe('a case-folded story, names of three words and titles', () => {
  it('finds a listed name of three words whole', () => {
    expect(names(HARBOUR + HARBOUR + HARBOUR)).toContain('PLACE dar es salaam | dar es salaam | dar es salaam');
  });

  it('gives no capital to a pair that opens a listed name but ends on no listed word', () => {
    expect(names(HARBOUR + HARBOUR + HARBOUR).join(' ')).not.toMatch(/\bport\b/i);
  });

  it('takes a word both a company and a surname for a name where the story writes it bare', () => {
    expect(typedNames(HARBOUR + HARBOUR + HARBOUR)).toContain('ORGANIZATION Shell');
  });

  it('takes a listed surname after a capitalised title for a name', () => {
    expect(typedNames(HARBOUR + HARBOUR + HARBOUR)).toContain('PERSON Hung');
  });
});

// A fifth made-up folded story: acronyms with no vowel ("vbc", "Vbc" at a sentence's start,
// "hkr"), beside a title ("Mr") and an abbreviation ("st") that stay as they are.
const NEWSROOM =
  "( varnia news ) -- tova lind , the mayor of halvik , told vbc on monday that the bridge would close . Vbc 's reporter asked her why . Lind said the hkr board had agreed . Mr quorley , who lives on st mary street , said the bridge was old . i don 't know , said one resident , who gave no name . The plan was backed by ruth quorley , a local teacher . Halvik has about 40,000 people . ";

describe('a case-folded story, acronyms', () => {
  it('lists a word of no vowel the story capitalises at a sentence start as an acronym, all its mentions one name', () => {
    const found = extractEntities(parseArticle(cleanArticle(NEWSROOM + NEWSROOM + NEWSROOM))).filter((e) => /vbc/i.test(e.name));
    expect(found.map((e) => `${e.name} ${e.mentions.map((m) => m.text).join('|')}`)).toEqual(['VBC vbc|Vbc|vbc|Vbc|vbc|Vbc']);
  });

  it('writes acronyms in capitals in the names it lists, but titles, abbreviations and links as they are', () => {
    expect(capitalisedName('Cnn')).toBe('CNN');
    expect(capitalisedName('bbc scotland')).toBe('BBC Scotland');
    expect(capitalisedName('mr st')).toBe('Mr St');
    expect(capitalisedName('dar es salaam')).toBe('Dar es Salaam');
    expect(capitalisedName('bashar al assad')).toBe('Bashar al Assad');
  });
});

describe('truecased, word by word', () => {
  // No word listed: only the story's own capitals at sentence starts are evidence.
  const unlisted: Gazetteer = { lookup: () => 0, maxLength: 0 };

  it('writes an acronym in capitals at a sentence start and where its capital there is its evidence', () => {
    const doc = { words: ['Vbc', 'said', 'so', '.', 'then', 'vbc', 'left', 'halvik', '.'], sentenceStarts: [0, 4] };
    expect(truecased(doc, unlisted).words).toEqual(['VBC', 'said', 'so', '.', 'then', 'VBC', 'left', 'halvik', '.']);
  });
});
