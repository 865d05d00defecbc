import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { listBit } from '../../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../../src/core/entities/hash.js';
import { withSurnamesOfPeople } from '../../../src/core/entities/surnames.js';
import type { NameMention } from '../../../src/core/entities/group.js';
import type { NameType } from '../../../src/core/types.js';

let at = 0;
function m(text: string, type: NameType): NameMention {
  const start = at;
  at += text.length + 1;
  return { text, type, start, end: start + text.length, words: text.split(' ') };
}
/** A gazetteer listing "Varnby" as a city and nothing else. */
const city = hashPhrase(['Varnby']);
const gazetteer: Gazetteer = { lookup: (h) => (h === city ? listBit('city') : 0), maxLength: 1 };
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
      m('Ola KLM', 'PERSON'),
      m('KLM', 'ORGANIZATION'),
      m('Duke of Halvik', 'PERSON'),
      m('Halvik', 'PLACE'),
    ];
    expect(typed(ms)).toEqual(ms.map((x) => `${x.type} ${x.text}`));
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
