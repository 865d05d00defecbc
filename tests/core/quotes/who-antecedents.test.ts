import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import { parse } from './parsed-fixture.js';

const speakers = (body: string): (string | undefined)[] => extractQuotes(parse(body), []).map((q) => q.speaker?.name);

// Issue 13, speaker round 6: the person a "who" after a comma stands for. Our own invented sentences.

describe('"who" after appositions', () => {
  it('is the name before a description with a place ("Tom Pell, the mayor of Dover, who said")', () => {
    expect(speakers('Tom Pell, the mayor of Dover, who said the plan was too costly, voted against it.')).toEqual(['Tom Pell']);
  });

  it('is the name after an inverted cue ("said Ana Ruiz, an analyst at Gull, who notes")', () => {
    expect(speakers('Prices will rise next year, said Ana Ruiz, an analyst at Gull, who notes that demand is weak.')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('is the name before an office joined by "and" ("the Customs and Ports commissioner")', () => {
    expect(speakers('Ted Lamb, the Harbour Customs and Ports commissioner, who conceded that more tunnels might exist, spoke first.')).toEqual(['Ted Lamb']);
  });

  it('is the name an age follows, not the phrase that owns it ("Supporters of Jane Roe, 52, who said")', () => {
    expect(speakers('Supporters of Jane Roe, 52, who said the levy was unfair, gathered at the quay.')).toEqual(['Jane Roe']);
  });

  it('is a noun for a person, not the place after its preposition ("backed by the mayor of Dover, who said")', () => {
    expect(speakers('The harbour plan was backed by the mayor of Dover, who said it would bring jobs.')).toEqual(['mayor of Dover']);
  });

  it('is the name before an age ("King, 30, who describes")', () => {
    expect(speakers('"Listeners will like it," says Tom King, 30, who describes the old host as "a true professional".')).toEqual(['Tom King', 'Tom King']);
  });

  it('is the name before an age and a place ("Jo Marsh, 24, from Dover, who said")', () => {
    expect(speakers('"I will vote for him," said Jo Marsh, 24, from Dover, who said the ferry plan was the best.')).toEqual(['Jo Marsh', 'Jo Marsh']);
  });

  it('is the noun before a place in two parts in a clause ("a call came from a fisherman in Deal, Kent, who said")', () => {
    expect(speakers('Another call came from a fisherman in Deal, Kent, who said the pier had gone.')).toEqual(['fisherman']);
  });

  it('is the name before a place in two parts ("a baker from Salem, Oregon, who said")', () => {
    expect(speakers('"It is hard," said Alan Roe, a baker from Salem, Oregon, who said he would close the shop.')).toEqual(['Alan Roe', 'Alan Roe']);
  });
});

describe('"who" after an object', () => {
  it('is the object, not the noun it hangs on ("made no mention of Tom Pell, who said")', () => {
    expect(speakers('Ana Ruiz made no mention of Tom Pell, who said the plan was dead.')).toEqual(['Tom Pell']);
  });

  it('is the person before an adjective ("one sailor familiar with the talks, who added")', () => {
    expect(speakers('"It was weak," said one sailor familiar with the talks, who added that the board seemed rattled.')[1]).toMatch(/^sailor\b/);
  });

  it('is the listener of a cue, not its subject ("Tom told Ana Ruiz, who said")', () => {
    expect(speakers('"We met in school," Tom told Ana Ruiz, who answered the door and said she would vote for the plan.')).toContain('Ana Ruiz');
  });
});

describe('"who" after a segment that is no apposition', () => {
  it('is the name in an adverbial of time ("again, this time by Tom Pell, who said")', () => {
    expect(speakers('The bill was blocked again, this time by Tom Pell, who said it was too costly.')).toEqual(['Tom Pell']);
  });

  it('is the nearer of two people joined by "and" ("The victims, Tom Pell and Ana Ruiz, who said")', () => {
    expect(speakers('The victims, Tom Pell and Ana Ruiz, who said they had been robbed, were unhurt.')).toEqual(['Ana Ruiz']);
  });
});
