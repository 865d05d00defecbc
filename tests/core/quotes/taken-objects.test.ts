import { describe, expect, it } from 'vitest';
import { reportedPairs } from './reported-fixture.js';

/**
 * "claim" (take, win) and "add" (put in, score) with a plain object say nothing; their statements
 * are clauses. Made-up sentences, every name invented.
 */
describe('taken objects: the other sense of "claim" and "add"', () => {
  it.each([
    ['a title won, then a comma', 'Marta Quill claimed her second national title over the distance, edging Ross into second place.'],
    ['lives taken, then a second verb', 'The blaze at the Dunmore mill claimed the lives of nine workers and destroyed the old bridge.'],
    ['a goal scored, then an infinitive', 'Penn added the conversion to become the first Tynecastle player to reach 500 points.'],
    ['a clause of its own after the object', 'Lorna Vey will add her medals to the five she won at the spring games in Tarrow.'],
    ['a thing put in, with its place', 'The largest Ohio cereal maker will add a label to its low-sugar brands to promote them.'],
    ['a title won, then an aside and "and"', 'Marta Quill claimed the title, her third in a row, and will defend it in Tarrow.'],
    ['lives taken, then a list of deeds', 'The blaze claimed nine lives, injured forty, wrecked the mill and closed the quay.'],
  ])('%s', (_what, sentence) => {
    expect(reportedPairs(sentence)).toEqual([]);
  });

  it.each([
    [
      'a clause whose subject has a preposition',
      "Ada Finch claimed the mayor's role in the ferry deal was never explained.",
      [['Ada Finch', "the mayor's role in the ferry deal was never explained"]],
    ],
    ['a claim of a deed stays', 'A little-known group claimed responsibility for the blast on Friday.', [['A little-known group', 'the blast on Friday']]],
    [
      'a clause with an infinitive inside its subject',
      "A judge claimed easy access to cheap drink was filling the town's cells.",
      [['A judge', "easy access to cheap drink was filling the town's cells"]],
    ],
    [
      'a clause with an aside in commas inside its subject',
      'Ada Finch claimed the council, which approved the ferry deal, had broken the law.',
      [['Ada Finch', 'the council, which approved the ferry deal, had broken the law']],
    ],
    [
      'a clause with a name in apposition inside its subject',
      'Ada Finch added the mayor, Tom Roe, would speak on Friday.',
      [['Ada Finch', 'the mayor, Tom Roe, would speak on Friday']],
    ],
  ] as [string, string, [string, string][]][])('%s', (_what, sentence, expected) => {
    expect(reportedPairs(sentence)).toEqual(expected);
  });
});
