import { describe, expect, it } from 'vitest';
import { namedEntities, typedNames as names } from './names.js';

// Made-up sentences: one-word names the article's grammar shows to be no names.

describe('names the grammar shows to be words', () => {
  it('reads no person in "the Bill" that modifies nothing', () => {
    const found = names(`Greens plan to oppose the Bill when it reaches the chamber, Tova Lind said.`);
    expect(found.some((n) => n.endsWith(' Bill'))).toBe(false);
    expect(found).toContain('PERSON Tova Lind');
  });

  it('keeps a possessive and a name modifying a noun after "the"', () => {
    expect(names(`Police in Halvik praised the Lindqvist family on Monday.`)).toContain('PERSON Lindqvist');
    expect(names(`Halvik police dismissed the Quill's claim on Monday, Tova Lind said.`)).toContain('PERSON Quill');
  });

  it('reads no place in a nationality adjective of a list ("African, Asian, European")', () => {
    const found = names(`The rule covers harbours large and small, busy or quiet, African, Asian, European and Latin American, the survey said.`);
    expect(found.some((n) => n.endsWith(' African'))).toBe(false);
  });
});

describe('nationality adjectives before a noun', () => {
  it('reads "Welsh patients", "Iraqi women" as no place or organisation', () => {
    const found = names(`Welsh patients waited longer in Halvik, Tova Lind said. Iraqi women marched in Ostby, and Welsh councils agreed.`);
    expect(found.filter((n) => /Welsh|Iraqi/.test(n))).toEqual([]);
    expect(found).toContain('PERSON Tova Lind');
  });

  it('keeps a nationality word that is the subject of a verb ("American said", the airline)', () => {
    const found = namedEntities(`American Airlines cut 500 flights on Monday. American said it would restore them by Friday, spokesman Tom Roe said.`);
    const airline = found.flatMap((e) => (e.type === 'ORGANIZATION' ? e.mentions.map((m) => m.text) : []));
    expect(airline).toEqual(['American Airlines', 'American']);
  });
});
