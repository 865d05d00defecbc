import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';

// Issue 13, precision round spk3: false quotes and wrong speakers, on made-up sentences (every
// name invented).

/** [cue, speaker name, text] of each quote of an article made of a fixed opening and `body`. */
function quotes(body: string): [string, string | null, string][] {
  return analyze(`Harbour Town News\n\n${body}`, { parts: { summary: false, quotes: true, entities: true } }).quotes.map((q) => [
    q.cue,
    q.speaker?.name ?? null,
    q.text,
  ]);
}

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
