import { describe, expect, it } from 'vitest';
import { contents, reported } from './reported-fixture.js';

describe('a reported statement starts at its first word, past the mark of an aside right after "that"', () => {
  it.each([
    [
      'a comma: "said that, in addition to the levy, she would …"',
      'Kara Voss said that, in addition to the levy, she would push for a new harbour fund next spring.',
      'in addition to the levy, she would push for a new harbour fund next spring',
    ],
    [
      'a dash: "said that — win or lose — she would …"',
      'Kara Voss said that — win or lose — she would push for a new harbour fund next spring.',
      'win or lose — she would push for a new harbour fund next spring',
    ],
  ])('%s', (_name, body, content) => {
    const { p, found } = reported(body);
    expect(contents(p, found)).toEqual([content]);
  });
});

describe('a reported statement ends at its last word, before the mark that hands over to the writer', () => {
  it.each([
    [
      'a dash before "but said"',
      'The ferry company said it would cut a further £2m of costs this year - but said no routes would close.',
      'it would cut a further £2m of costs this year',
    ],
    ['an em dash before "and he noted"', 'Tom Reeve said the race would be close — and he noted that the count could take a week.', 'the race would be close'],
  ])('%s', (_name, body, content) => {
    const { p, found } = reported(body);
    expect(contents(p, found)[0]).toBe(content);
  });
});
