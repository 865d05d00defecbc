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
