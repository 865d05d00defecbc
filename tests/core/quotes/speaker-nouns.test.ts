import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';

describe('a plural study', () => {
  /** [speaker, via] of each quote. */
  const sources = (body: string) =>
    analyze(`Harbour Town News\n\n${body}`, { parts: { summary: false, quotes: true, entities: true } }).quotes.map((q) => [
      q.speaker?.name,
      q.via?.name ?? null,
    ]);

  it('reports its answers as polls and surveys do ("Two studies by X showed that 61 percent said …")', () => {
    expect(sources('Two studies by the Harbour Institute showed that 61 percent of pilots said the levy was too high.')).toEqual([
      ['61 percent of pilots', 'Harbour Institute'],
    ]);
    expect(sources('In two studies by the Harbour Institute, 58 percent of pilots said the levy was too high.')).toEqual([
      ['58 percent of pilots', 'Harbour Institute'],
    ]);
  });

  it('speaks as its author ("according to two studies by X")', () => {
    expect(sources('The levy is the highest on the coast, according to two studies by the Harbour Institute.')).toEqual([['Harbour Institute', null]]);
  });
});

describe('a text before a participle cue', () => {
  const statements = (body: string) =>
    analyze(`Harbour Town News\n\n${body}`, { parts: { summary: false, quotes: true, entities: true } }).quotes.map((q) => q.text);

  it('takes a reply, a note or a plural text as it takes a statement ("fired back a reply saying …")', () => {
    expect(statements('Ann Roe fired back a reply saying she would not back the levy.')).toEqual(['she would not back the levy']);
    expect(statements('The pilots sent letters saying the levy would ruin them.')).toEqual(['the levy would ruin them']);
  });
});
