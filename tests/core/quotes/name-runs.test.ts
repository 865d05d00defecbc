import { describe, expect, it } from 'vitest';
import { findNameRuns, genderOf, hasTitle, titleGender, type NameRun } from '../../../src/core/quotes/name-runs.js';
import { parse } from './parsed-fixture.js';

function runs(body: string): NameRun[] {
  // The title line of the fixture is a run of its own; only the body's runs are of interest.
  const parsed = parse(body);
  return findNameRuns(parsed).filter((r) => r.sentence > 0);
}

function run(over: Partial<NameRun>): NameRun {
  const words = over.words ?? ['Oren', 'Vale'];
  return { text: words.join(' '), start: 0, end: 9, words, lower: words.map((w) => w.toLowerCase()), roles: [], sentence: 0, leading: false, ...over };
}

describe('findNameRuns', () => {
  it('finds each capitalised run of a sentence, in order', () => {
    expect(runs('Yesterday Oren Vale met Lise Marrow in Port Ellin.').map((r) => r.text)).toEqual(['Oren Vale', 'Lise Marrow', 'Port Ellin']);
  });

  it('gives each run its offsets in the article text', () => {
    const parsed = parse('Yesterday Oren Vale left.');
    const vale = findNameRuns(parsed).find((r) => r.text === 'Oren Vale')!;
    expect(parsed.article.text.slice(vale.start, vale.end)).toBe('Oren Vale');
  });

  it('trims a title off the name and keeps it as a role', () => {
    const [vale] = runs('Mayor Oren Vale opened the wall.');
    expect(vale).toMatchObject({ text: 'Oren Vale', words: ['Oren', 'Vale'], lower: ['oren', 'vale'] });
    expect(vale!.roles).toContain('mayor');
  });

  it('drops a possessive from the name', () => {
    expect(runs('Yesterday Oren Vale’s boat sank.').map((r) => r.text)).toContain('Oren Vale');
  });

  it('takes the role from an apposition after the name', () => {
    const vale = runs('Yesterday Oren Vale, a harbour engineer, inspected the wall.').find((r) => r.text === 'Oren Vale')!;
    expect(vale.roles).toContain('engineer');
  });

  it('marks a run that opens its sentence as leading and one further on as not', () => {
    const found = runs('Oren Vale met the mayor of Port Ellin at the harbour on a wet day.');
    expect(found.find((r) => r.text === 'Oren Vale')!.leading).toBe(true);
    expect(found.find((r) => r.text === 'Port Ellin')!.leading).toBe(false);
  });

  it('marks as leading a name that closes the noun phrase opening its sentence ("Shadow harbour secretary Oren Vale …")', () => {
    const found = runs('Shadow harbour secretary Oren Vale welcomed the plan for Port Ellin.');
    expect(found.find((r) => r.text === 'Oren Vale')!.leading).toBe(true);
    expect(found.find((r) => r.text === 'Port Ellin')!.leading).toBe(false);
  });
});

describe('titleGender', () => {
  it('reads a man’s and a woman’s title', () => {
    expect(titleGender('mr')).toBe('male');
    expect(titleGender('spokeswoman')).toBe('female');
  });
  it('gives no gender for a title that has none', () => {
    expect(titleGender('mayor')).toBeUndefined();
  });
});

describe('genderOf', () => {
  it('takes the gender from a role first', () => {
    expect(genderOf(run({ roles: ['mrs'] }))).toBe('female');
  });
  it('takes it from a known given name in a full name', () => {
    expect(genderOf(run({ words: ['John', 'Vale'] }))).toBe('male');
    expect(genderOf(run({ words: ['Mary', 'Vale'] }))).toBe('female');
  });
  it('does not guess from a given name standing alone', () => {
    expect(genderOf(run({ words: ['John'] }))).toBeUndefined();
  });
});

describe('hasTitle', () => {
  it('is true when one role is a title', () => {
    expect(hasTitle(['engineer', 'president'])).toBe(true);
  });
  it('is false for no roles', () => {
    expect(hasTitle([])).toBe(false);
  });
});

// spk13: a name right after the comma closing an opening adjunct is the main clause's subject.
describe('findNameRuns: a subject after an opening adjunct', () => {
  const leading = (body: string) => runs(body).map((r) => [r.text, r.leading]);

  it("counts the name after the adjunct's comma as opening the sentence", () => {
    expect(leading('Before the long crossing to Dover on Monday, Tom Pell argued with Carl Moss.').slice(-2)).toEqual([
      ['Tom Pell', true],
      ['Carl Moss', false],
    ]);
  });

  it('does not count an apposition after the comma, which a determiner opens', () => {
    expect(leading('In those days Lord Ian Pellow, the Harbour Master General, had kept the pier closed.').find((r) => /General/.test(String(r[0])))).toEqual([
      expect.stringMatching(/General/),
      false,
    ]);
  });

  it('does not count a name after a later comma, in a list', () => {
    expect(leading('Before the ferry left, Tom Pell thanked Ann Roe, Carl Moss and Ian Lee.').map((r) => r[1])).toEqual([true, false, false, false]);
  });
});
