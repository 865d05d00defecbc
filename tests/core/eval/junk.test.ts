import { describe, expect, it } from 'vitest';
import { cleanArticle, junkNames, parseArticle, type Entity } from '../../../src/index.js';

const TEXT = 'Born in Tarvik, Mr Olsen joined Varnacorp in May. Recently, the office moved. Office rents rose.';
const parsed = parseArticle(cleanArticle(TEXT));
/** An entity with one mention: the first `name` in `text` from `from`. */
const entityIn =
  (text: string) =>
  (name: string, type: Entity['type'], from = 0): Entity => {
    const start = text.indexOf(name, from);
    return { name, type, count: 1, mentions: [{ text: name, start, end: start + name.length }] };
  };
const entity = entityIn(TEXT);

describe('junkNames', () => {
  it('flags listed junk, and one-word names wink-nlp reads as ordinary words', () => {
    const entities = [
      entity('Mr', 'ORGANIZATION'),
      entity('May', 'ORGANIZATION'),
      entity('Born', 'PLACE'),
      entity('Recently', 'ORGANIZATION'),
      entity('Office', 'ORGANIZATION'),
    ];
    expect(junkNames(entities, parsed)).toEqual([
      'ORGANIZATION Mr (title)',
      'ORGANIZATION May (date)',
      'PLACE Born (common word)',
      'ORGANIZATION Recently (common word)',
      'ORGANIZATION Office (common word)',
    ]);
  });

  it('leaves real names and dates alone', () => {
    expect(junkNames([entity('Varnacorp', 'ORGANIZATION'), entity('Olsen', 'PERSON'), entity('Tarvik', 'PLACE'), entity('May', 'DATE')], parsed)).toEqual([]);
  });
});

describe('junkNames: a name after a title', () => {
  const text = 'Mr Given met Lord Seek. Seek and you will find, they said.';
  const p = parseArticle(cleanArticle(text));
  const at = entityIn(text);

  it('reads a word after a title as a name, whatever its part of speech', () => {
    expect(junkNames([at('Given', 'PERSON'), at('Seek', 'PERSON')], p)).toEqual([]);
    expect(junkNames([at('Seek', 'PERSON', text.indexOf('. ') + 1)], p)).toEqual(['PERSON Seek (common word)']);
  });

  it('reads each name of a list after a title as a name', () => {
    const list = 'The appeal was heard by Lords Marr, Tolland, Hope and Brisk. Hope is all they have, said the lawyers, who hope to win.';
    const q = parseArticle(cleanArticle(list));
    const inList = entityIn(list);
    expect(junkNames([inList('Hope', 'PERSON')], q)).toEqual([]);
    expect(junkNames([inList('Hope', 'PERSON', list.indexOf('. ') + 1)], q)).toEqual(['PERSON Hope (common word)']);
  });
});

describe('junkNames: capitals inside sentences', () => {
  it('reads a word written capitalised twice inside sentences, and never in lower case, as a name', () => {
    const text = 'The bid came from Spurs on Monday. Talks with Spurs went on, and Spurs may bid again.';
    const p = parseArticle(cleanArticle(text));
    expect(junkNames([entityIn(text)('Spurs', 'ORGANIZATION')], p)).toEqual([]);
  });

  it('still flags a word written capitalised once inside a sentence, or also in lower case', () => {
    const once = 'The bid came from Spurs on Monday. Talks went on.';
    expect(junkNames([entityIn(once)('Spurs', 'ORGANIZATION')], parseArticle(cleanArticle(once)))).toEqual(['ORGANIZATION Spurs (common word)']);
    const lower = 'The bid came from Spurs on Monday. Talks with Spurs went on, and Spurs may bid again, though it spurs no one.';
    expect(junkNames([entityIn(lower)('Spurs', 'ORGANIZATION')], parseArticle(cleanArticle(lower)))).toEqual(['ORGANIZATION Spurs (common word)']);
  });

  it('still flags listed junk written capitalised twice inside sentences: holidays, months, titles', () => {
    const text = 'Shops open on Christmas in January, and Mr was late. Staff said work on Christmas in January was hard for Mr Olsen.';
    const p = parseArticle(cleanArticle(text));
    const at = entityIn(text);
    expect(junkNames([at('Christmas', 'PLACE'), at('January', 'ORGANIZATION'), at('Mr', 'PERSON')], p)).toEqual([
      'PLACE Christmas (holiday)',
      'ORGANIZATION January (date)',
      'PERSON Mr (title)',
    ]);
  });
});
