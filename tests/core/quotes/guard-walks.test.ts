import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import { parse } from './parsed-fixture.js';

/**
 * Guards no other test walked (hand mutation testing): each case goes red with its guard removed.
 * Made-up sentences, every name invented.
 */
const quotesOf = (body: string) => extractQuotes(parse(body), []).map((q) => [q.kind, q.text, q.speaker?.name]);

describe('an opening "Asked …" clause ends at a comma, a colon or the answer’s own cue (questions.ts askedBefore)', () => {
  it('leaves marks after the comma to the cue after them', () => {
    expect(quotesOf('Asked about the pier, Roe called it “a slow ruin,” the mayor said.')).toContainEqual(['direct', 'a slow ruin', 'mayor']);
  });

  // rvq12: only a question ("Asked whether …", "when asked about …") holds the asker's words; mut12
  // had dropped the check.
  it('leaves marks right after "when asked" to the cue after them', () => {
    expect(quotesOf('Ann Roe was blunt when asked “We are closing the pier,” she said.')).toEqual([['direct', 'We are closing the pier', 'Ann Roe']]);
  });

  it('leaves marks after a request ("asked to …") to the cue after them', () => {
    expect(quotesOf('When asked to sum up the year “It was a disaster,” Ann Roe said.')).toEqual([['direct', 'It was a disaster', 'Ann Roe']]);
  });

  it('leaves marks after the colon to the speaker before it', () => {
    expect(quotesOf('Asked why the buoys were moved Lord Pell was blunt: “The charts had been wrong for years.” Pell also wrote a book.')).toEqual([
      ['direct', 'The charts had been wrong for years.', 'Pell'],
    ]);
  });

  it('leaves marks after the answer’s cue to its speaker, with no colon or comma between', () => {
    expect(quotesOf('Asked why the buoys were moved Lord Pell said “The charts had been wrong for years.” Pell also wrote a book.')).toEqual([
      ['direct', 'The charts had been wrong for years.', 'Pell'],
    ]);
  });
});

describe('a quote after "said that" hands over to "but" and a clause of its own (after-closing-mark.ts handsOver)', () => {
  it('keeps the marks a direct quote of the cue before them', () => {
    expect(quotesOf('Ana Ruiz said that “the wall will hold,” but she denied that the town had the money.')).toEqual([
      ['direct', 'the wall will hold', 'Ana Ruiz'],
      ['indirect', 'the town had the money', 'Ana Ruiz'],
    ]);
  });
});
