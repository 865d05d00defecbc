import { describe, expect, it } from 'vitest';
import { quotes } from './sentence-fixture.js';

describe('an opening as- or when-clause with an apposition', () => {
  it('is no statement its cue interrupts, and the main clause speaks ("As Ostrow, a pilot, joked with Ruiz, Lee frowned and said, “…”")', () => {
    expect(quotes('As Carl Ostrow, a pilot, joked with Ana Ruiz, Tom Lee frowned and said, "We will not sail today."')).toEqual([
      ['said', 'Tom Lee', 'We will not sail today.'],
    ]);
  });

  it('leaves a cue after "and" in the main clause to that clause\'s subject, not to the cue before it', () => {
    expect(quotes('When Carl Ostrow, a pilot, joked with Ana Ruiz, Tom Lee frowned and said the ferry would not sail.')).toEqual([
      ['said', 'Tom Lee', 'the ferry would not sail'],
    ]);
  });

  it('times an action that has a companion ("As Ostrow joked with Ruiz, …"): no source the writer leans on', () => {
    expect(quotes('As Carl Ostrow joked with Ana Ruiz at the table, his brother grew impatient.')).toEqual([]);
  });

  it('still leans on a source whose "with" tells the manner, not a companion ("As Ruiz noted with some irony, …")', () => {
    expect(quotes('As Ana Ruiz noted with some irony, the levy has doubled since 2019.')).toEqual([['noted', 'Ana Ruiz', 'the levy has doubled since 2019']]);
    expect(quotes('As the mayor said with a smile, the levy will not rise this year.')).toEqual([['said', 'mayor', 'the levy will not rise this year']]);
  });
});
