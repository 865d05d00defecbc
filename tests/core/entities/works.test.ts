import { describe, expect, it } from 'vitest';
import { typedNames as names } from './names.js';

// Made-up stories, one per pattern: what a reader of the brief would take for no name.
const hasWord = (found: string[], word: string) => found.some((n) => n.split(' ').includes(word));

describe('titles of works', () => {
  it('reads a capitalised phrase after "thriller" or "film" as a title, here and elsewhere in the article', () => {
    const found = names(`Box office

The thriller Hide and Seek stayed at the top of the Varnia box office, ahead of the film Lantern Street. Hide and Seek has taken 4m so far, and Lantern Street 2m.`);
    expect(hasWord(found, 'Seek')).toBe(false);
    expect(hasWord(found, 'Lantern')).toBe(false);
    expect(found).toContain('PLACE Varnia');
  });

  it('reads a quoted phrase after "song" or "album" as a title', () => {
    const found = names(`Charts

The band's song "Blue Harbour" reached number two in Varnia, and the album "Iron Gate" sold well. Singer Mara Quill said Blue Harbour was written in a week.`);
    expect(hasWord(found, 'Harbour')).toBe(false);
    expect(hasWord(found, 'Quill')).toBe(true);
  });

  it("reads the title found by the tagger's MISC span (\"the song 'Blue Harbour'\") elsewhere too", () => {
    expect(hasWord(names(`The song "Blue Harbour" reached number two in Varnia. Mara Quill said Blue Harbour was written in a week.`), 'Harbour')).toBe(false);
  });

  // The tagger keeps "Singer", a listed surname opening the sentence, on the name; a false
  // title is cut from it (name-roles.ts).
  it('cuts "Singer" opening a sentence from the name after it', () => {
    expect(names(`Charts\n\nSinger Mara Quill said Blue Harbour was written in a week.`)).toContain('PERSON Mara Quill');
  });

  it('reads a common word after "role in" as a title', () => {
    const found = names(`Awards night

Actor Pell Garrow won a prize for his role in Closer, a drama set in a Varnia hospital. Garrow said he was proud.`);
    expect(hasWord(found, 'Closer')).toBe(false);
    expect(found).toContain('PERSON Pell Garrow');
  });
});

describe('titles of works described or paired', () => {
  it('reads a capitalised word described as a game ("Lantern, a street-based, mobile game that") as a title', () => {
    const found = names(`Game engines

The engine was built in Port Ellis by Dana Vell. In 2019 it was used in Lantern, a street-based, mobile game that sent players round Varnia.`);
    expect(hasWord(found, 'Lantern')).toBe(false);
    expect(found).toContain('PERSON Dana Vell');
  });

  it('reads two capitalised common words joined by "and", the second a plural, as a title', () => {
    const found = names(`Charts

Singer Mara Quill's Pride and Sorrows reached number two in Varnia. Quill said it was written in a week.`);
    expect(hasWord(found, 'Pride')).toBe(false);
    expect(hasWord(found, 'Sorrows')).toBe(false);
    expect(hasWord(found, 'Quill')).toBe(true);
    // Words the tagger does take for names without this rule, opening and closing the title.
    const tagged = names(`Charts

Mara Quill's Crown and Anchors reached number two in Varnia. Ann Roe wrote Faith and Doubts while living in Varnia.`);
    for (const word of ['Crown', 'Anchors', 'Faith', 'Doubts']) expect([word, hasWord(tagged, word)]).toEqual([word, false]);
    expect(hasWord(tagged, 'Roe')).toBe(true);
  });
});

describe('words capitalised for their place', () => {
  it('does not read the word after a colon or an agency in brackets as a name', () => {
    expect(hasWord(names(`Shooter: Heavily armed officers searched the campus in Port Ellis on Tuesday, police chief Dana Vell said.`), 'Heavily')).toBe(false);
    expect(hasWord(names(`(CNN)Living under the curfew in Port Ellis is hard, said Dana Vell, the town's mayor.`), 'Living')).toBe(false);
  });

  it('reads an adverb after a colon, or a word after an opening straight quote, as opening a sentence', () => {
    expect(hasWord(names(`Caught red-faced: Incredibly, Ann Roe was warned twice in Halvik.`), 'Incredibly')).toBe(false);
    expect(hasWord(names(`However, Ann Roe made light of it, writing: 'Haha funny, would love to see it.' Roe lives in Halvik.`), 'Haha')).toBe(false);
  });

  it('keeps a club opening a table row or a score, though wink reads it as a verb', () => {
    expect(names(`League table\n\nHalvik Rovers 19 12 4 3 41 18 40\n\nReading 19 8 6 5 27 22 30\n\nTarvik Town 19 2 5 12 15 39 11`)).toContain(
      'ORGANIZATION Reading',
    );
    expect(names(`Results on Saturday.\n\nHalvik Rovers 2 Reading 1\n\nStoke 3 Tarvik Town 0`)).toContain('ORGANIZATION Stoke');
  });

  it('keeps the names of a team sheet after a colon', () => {
    expect(names(`Ellis Rovers: Given, Marr, Tolland, Brisk, Oduya. Subs: Hope, Quill.`)).toContain('PERSON Quill');
  });

  // The tagger leaves the common word "Hope" untagged; a list beside a person makes it one (name-edges.ts).
  it('keeps a common word in a team sheet after a colon ("Subs: Hope, Quill")', () => {
    expect(names(`Ellis Rovers: Given, Marr, Tolland, Brisk, Oduya. Subs: Hope, Quill.`)).toContain('PERSON Hope');
  });
});

describe('pieces of longer names', () => {
  it('counts a weekday after a possessive as part of a name ("Radio Ellis\'s Sunday Live")', () => {
    const found = names(`Ballot

Speaking on Radio Ellis's Sunday Live programme, Ms Quill said the vote in Varnia was close.`);
    expect(hasWord(found, 'Live')).toBe(false);
    expect(found).toContain('PERSON Quill');
  });

  it('drops a word the article also writes in lower case, cut from a longer name', () => {
    const found = names(`Blogger fired

Dana Vell, known online as Queen of the Harbour, was fired by Varnia Air on Monday. She said the harbour was her favourite view. Queen of the Harbour had many readers.`);
    expect(hasWord(found, 'Harbour')).toBe(false);
    expect(found).toContain('PERSON Dana Vell');
  });
});
