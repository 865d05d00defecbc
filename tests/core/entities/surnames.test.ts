import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { listBit } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { withSurnamesOfPeople } from '../../../src/core/entities/surnames.js';
import type { NameMention } from '../../../src/core/entities/group.js';
import type { NameType } from '../../../src/core/types.js';
import { typedNames } from './names.js';

let at = 0;
function m(text: string, type: NameType): NameMention {
  const start = at;
  at += text.length + 1;
  return { text, type, start, end: start + text.length, words: text.split(' ') };
}
/** A gazetteer listing "Varnby" as a city, "Ostria" as a country and "Halvco" as a company, and nothing else. */
const listed = new Map([
  [hashPhrase(['Varnby']), listBit('city')],
  [hashPhrase(['Ostria']), listBit('country')],
  [hashPhrase(['Halvco']), listBit('company')],
]);
const gazetteer: Gazetteer = { lookup: (h) => listed.get(h) ?? 0, maxLength: 1 };
const typed = (ms: NameMention[]) => withSurnamesOfPeople(ms, gazetteer).map((x) => `${x.type} ${x.text}`);

describe('surnames typed as places or organisations', () => {
  it('reads a surname alone as the one person named in full with it', () => {
    expect(typed([m('Tova Lind', 'PERSON'), m('Lind', 'PLACE'), m('Ruud Marsk', 'PERSON'), m('Marsk', 'ORGANIZATION')])).toEqual([
      'PERSON Tova Lind',
      'PERSON Lind',
      'PERSON Ruud Marsk',
      'PERSON Marsk',
    ]);
  });

  it('leaves it when two full names end in it, it is a listed place, an acronym, or the name holds "of"', () => {
    const ms = [
      m('Tova Lind', 'PERSON'),
      m('Ann Lind', 'PERSON'),
      m('Lind', 'PLACE'),
      m('Karl Varnby', 'PERSON'),
      m('Varnby', 'PLACE'),
      m('Eva Ostria', 'PERSON'),
      m('Ostria', 'PLACE'),
      m('Jon Halvco', 'PERSON'),
      m('Halvco', 'ORGANIZATION'),
      m('Ola KLM', 'PERSON'),
      m('KLM', 'ORGANIZATION'),
      m('Duke of Halvik', 'PERSON'),
      m('Halvik', 'PLACE'),
    ];
    expect(typed(ms)).toEqual(ms.map((x) => `${x.type} ${x.text}`));
  });

  it('leaves a name of two words or more that starts with the surname ("Lind Park")', () => {
    expect(typed([m('Tova Lind', 'PERSON'), m('Lind Park', 'PLACE')])).toEqual(['PERSON Tova Lind', 'PLACE Lind Park']);
  });

  it('joins the surname alone to the person in a report', () => {
    const found = typedNames(`Tom Buxton won the 400m in Ostby on Sunday. Behind Buxton came Ann Roe.`);
    expect(found.filter((n) => n.includes('Buxton'))).toEqual(['PERSON Tom Buxton']);
  });

  it('leaves a place after "in" or "near" as the place ("grew up in Merton, Ohio")', () => {
    const found = typedNames(`Tom Merton said the plan was good. He grew up in Merton, Ohio, police said.`);
    expect(found.filter((n) => n.includes('Merton'))).toEqual(['PERSON Tom Merton', 'PLACE Merton']);
    // A headline's "in" is a row's or a rift's: "Roe lashes out in Pell ferry row".
    const row = typedNames(`Varn hits back in Merton rift row\n\nEli Varn has criticised a union leader over Tom Merton, and Merton said so.`);
    expect(row.filter((n) => n.includes('Merton'))).toEqual(['PERSON Tom Merton']);
  });

  it('leaves it before the full name, and when the article types the word otherwise more often', () => {
    const before = [m('Sorvik', 'PLACE'), m('Eli Sorvik', 'PERSON')];
    expect(typed(before)).toEqual(['PLACE Sorvik', 'PERSON Eli Sorvik']);
    // A headline names people by surname before the report names them in full.
    const headline = [m('Sorvik', 'PLACE'), m('Eli Sorvik', 'PERSON')];
    const title = { start: headline[0]!.start, end: headline[0]!.end + 10 };
    expect(withSurnamesOfPeople(headline, gazetteer, title).map((x) => `${x.type} ${x.text}`)).toEqual(['PERSON Sorvik', 'PERSON Eli Sorvik']);
    const company = [m('Jan Brede', 'PERSON'), m('Brede', 'ORGANIZATION'), m('Brede', 'ORGANIZATION')];
    expect(typed(company)).toEqual(['PERSON Jan Brede', 'ORGANIZATION Brede', 'ORGANIZATION Brede']);
  });
});
