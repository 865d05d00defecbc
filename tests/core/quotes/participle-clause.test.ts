import { describe, expect, it } from 'vitest';
import { quotes } from './sentence-fixture.js';

// Which clause a participle or coordinated cue hangs on (participle-clause.ts), on made-up
// sentences (every name invented).

describe('a participle cue after a main clause that an as- or when-clause opens', () => {
  it('is the main clause subject\'s, not that of the cue in the opening clause ("As Ostrow joked with Ruiz, Lee frowned, saying …")', () => {
    expect(quotes('As Carl Ostrow, a pilot, joked with Ana Ruiz, Tom Lee frowned, saying the fare was too high.')).toEqual([
      ['saying', 'Tom Lee', 'the fare was too high'],
    ]);
    expect(quotes('When Carl Ostrow spoke to the pilots, Tom Lee walked out, saying the fare was too high.')).toEqual([
      ['saying', 'Tom Lee', 'the fare was too high'],
    ]);
  });
});

describe('an apposition inside the content of a cue in an opening when-clause', () => {
  // A guard: the old session's case ("names 'tax on ferries' as a speaker") already comes out right.
  it('is no speaker of the main clause\'s cue ("When Ruiz said that the levy, a tax on ferries, would rise, pilots said …")', () => {
    expect(quotes('When Ana Ruiz said that the levy, a tax on ferries, would rise, pilots at the port said they would strike.')).toEqual([
      ['said', 'Ana Ruiz', 'the levy, a tax on ferries, would rise'],
      ['said', 'pilots at the port', 'they would strike'],
    ]);
  });
});

describe('a participle cue right after "by", "after" or "before" (no comma)', () => {
  it('is the speech of the clause it ends, not of a cue earlier in the sentence ("…, while her rival, Pell, gained ground by saying …")', () => {
    expect(quotes('Ana Ruiz argued that the levy was unfair, while her rival, Tom Pell, has gained ground by saying that it was too low.')).toEqual([
      ['argued', 'Ana Ruiz', 'the levy was unfair'],
      ['saying', 'Tom Pell', 'it was too low'],
    ]);
    expect(quotes('Ana Ruiz said the levy was unfair, and Tom Pell won the vote after arguing that it was too low.')).toEqual([
      ['said', 'Ana Ruiz', 'the levy was unfair'],
      ['arguing', 'Tom Pell', 'it was too low'],
    ]);
  });

  it('stays with the cue whose statement it ends ("Ruiz said the port would close before adding that …")', () => {
    expect(quotes('Ana Ruiz said the port would close before adding that the pilots would strike.')).toEqual([
      ['said', 'Ana Ruiz', 'the port would close'],
      ['adding', 'Ana Ruiz', 'the pilots would strike'],
    ]);
    expect(quotes('"We are ready," Ana Ruiz said on Monday, before adding that the pilots would strike.')).toEqual([
      ['said', 'Ana Ruiz', 'We are ready'],
      ['adding', 'Ana Ruiz', 'the pilots would strike'],
    ]);
  });
});

describe('the subject of the clause a "by"-participle ends', () => {
  it('is found inside its clause, past an apposition, and keeps a subject of two names joined by "and"', () => {
    expect(
      quotes(
        'Voters are watching the mayor, Ana Ruiz, argue that the port is run for the few, while her rival, Tom Pell, has soared by saying that it is run for nobody.',
      ),
    ).toEqual([
      ['argue', 'Ana Ruiz', 'the port is run for the few'],
      ['saying', 'Tom Pell', 'it is run for nobody'],
    ]);
    expect(quotes('Tom Pell and Carl Moss won the vote on Monday by arguing that the levy was too low.')).toEqual([
      ['arguing', 'Tom Pell and Carl Moss', 'the levy was too low'],
    ]);
  });
});

describe('a pronoun subject of a subordinate clause a "by"-participle ends', () => {
  it('is left to the main clause it may point ahead to ("When he stunned the pilots by announcing …, Mr Pell said")', () => {
    expect(
      quotes(
        'Tom Pell runs the port. Carl Moss ran it before him. In May, when he stunned the pilots by announcing Mr Moss\'s exit, Mr Pell said: "It is time."',
      ),
    ).toEqual([
      ['announcing', 'Tom Pell', "Mr Moss's exit"],
      ['said', 'Tom Pell', 'It is time.'],
    ]);
  });
});

describe('the clause a "by"-participle ends', () => {
  it('runs back past a relative aside to the sentence subject ("Pell, who spoke after the draw with Leeds, hit out at Ruiz by claiming")', () => {
    expect(quotes('Tom Pell, who was speaking after the draw with Leeds, also hit out at Ana Ruiz by claiming the club will struggle.')).toEqual([
      ['claiming', 'Tom Pell', 'the club will struggle'],
    ]);
  });
});
