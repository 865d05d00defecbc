import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13, the boundary round of helper quotes9, on made-up sentences (every name invented): each
 * case is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const ASKED: [string, string, [string | null, string][]][] = [
  [
    'a question after an opening "Asked" ends at its last word, not on the dash before its comma',
    'The board met on Monday. Asked why the ferry was late —, Jane Roe shrugged.',
    [[null, 'why the ferry was late']],
  ],
  [
    'the question runs past the asides inside it to the comma before the main clause (bnd9)',
    'The board met on Monday. Asked whether he feared that Jim Lowe, the likely nominee, who has called the levy a hoax, could win the seat, Tom Pell shrugged.',
    [[null, 'whether he feared that Jim Lowe, the likely nominee, who has called the levy a hoax, could win the seat']],
  ],
  [
    'and past a phrase set off by commas inside it',
    'The board met on Monday. Asked why the council ignored the rule, in the same bill, that the pier stay open, Ann Roe shrugged.',
    [[null, 'why the council ignored the rule, in the same bill, that the pier stay open']],
  ],
];

describe('extractQuotes: a question after an opening "Asked"', () => {
  it.each(ASKED)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});

describe('extractQuotes: the question of an opening "Asked" ends at its first comma (rvb9)', () => {
  it("when the main clause's own cue comes before a later comma with a subject and verb after it", () => {
    const pairs = quotePairs('The board met on Monday. Asked about the tolls, Mayor Nia Holt on Tuesday said the town, she believed, had no choice.');
    expect(pairs).toContainEqual([null, 'about the tolls']);
  });
  it('when an aside with "whose" follows the main clause\'s subject', () => {
    expect(quotePairs('The board met on Monday. Asked about the tolls, Nia Holt, whose firm pays them, said they were fair.')).toEqual([
      [null, 'about the tolls'],
      ['Nia Holt', 'they were fair'],
    ]);
  });
});
