import { describe, expect, it } from 'vitest';
import { brandNames, type NsiFile } from '../../scripts/ner/nsi-brands.js';

// A made-up excerpt in name-suggestion-index's form.
const NSI: NsiFile = {
  nsi: {
    'brands/shop/bakery': {
      items: [
        { displayName: 'Varnia Bakes', locationSet: { include: ['001'] }, tags: { brand: 'Varnia Bakes', 'brand:wikidata': 'Q1' } },
        { displayName: 'Halvik', locationSet: { include: ['dk'] }, tags: { brand: 'Halvik', 'brand:wikidata': 'Q2' } },
        { displayName: 'Skerra', tags: { brand: 'Skerra' } }, // no Wikidata id
        { displayName: 'Тест', tags: { brand: 'Тест', 'brand:wikidata': 'Q3' } }, // not Latin script
        { displayName: 'lowercase', tags: { brand: 'lowercase', 'brand:wikidata': 'Q4' } },
        { locationSet: { include: ['dk', 'se', 'no'] }, tags: { brand: 'Tova', 'brand:en': 'Tova & Co', 'brand:wikidata': 'Q5' } },
      ],
    },
    'brands/shop/bakery-again': { items: [{ tags: { brand: 'Halvik', 'brand:wikidata': 'Q2' } }] },
    'operators/power/line': { items: [{ tags: { brand: 'Grid Op', 'brand:wikidata': 'Q6' } }] },
  },
};

describe('brandNames', () => {
  it('keeps Latin-script brands with a Wikidata id and a capital, once each, sorted', () => {
    expect(brandNames(NSI)).toEqual(['Halvik', 'Tova & Co', 'Varnia Bakes']);
  });

  it('with global, keeps brands sold worldwide or in three countries or more', () => {
    expect(brandNames(NSI, true)).toEqual(['Tova & Co', 'Varnia Bakes']);
  });
});
