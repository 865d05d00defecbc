import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { parseEntityTypes, selectRecord, UnknownEntityTypeError } from '../../src/render/select.js';

const TEXT = 'Harbour plan approved\n\n"We start in May," said Lena Marsh, the mayor of Tolworth. "It will take a year," said Omar Quist of Bexley Council.';

describe('parseEntityTypes', () => {
  it('reads names in any case, with the usual spellings, once each', () => {
    expect(parseEntityTypes('Person, place,organisation,org')).toEqual(['PERSON', 'PLACE', 'ORGANIZATION']);
  });

  it('names the unknown type and the known ones', () => {
    expect(() => parseEntityTypes('person,planet')).toThrow(UnknownEntityTypeError);
    expect(() => parseEntityTypes('planet')).toThrow(/unknown entity type planet; known types: person, organization, place/);
    expect(() => parseEntityTypes(',')).toThrow(/no entity type given/);
  });
});

describe('selectRecord', () => {
  const record = analyze(TEXT);

  it('keeps the quotes of the speaker asked for, and every other field', () => {
    const lena = selectRecord(record, { speaker: 'MARSH' });
    expect(record.quotes.length).toBe(2);
    expect(lena.quotes.map((q) => q.speaker?.name)).toEqual(['Lena Marsh']);
    expect({ ...lena, quotes: record.quotes }).toEqual(record);
  });

  it('keeps the entities of the types asked for', () => {
    const people = selectRecord(record, { entityTypes: ['PERSON'] });
    expect(people.entities.length).toBeGreaterThan(0);
    expect(people.entities).toEqual(record.entities.filter((e) => e.type === 'PERSON'));
  });

  it('is the record itself without a selection', () => {
    expect(selectRecord(record, undefined)).toBe(record);
  });
});
