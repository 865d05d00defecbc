import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';

/** The numbers an article lists. */
const numbers = (raw: string): string[] =>
  extractEntities(parseArticle(cleanArticle(raw)))
    .filter((e) => e.type === 'CARDINAL')
    .map((e) => e.name)
    .sort();

describe('numbers that are part of a word', () => {
  it('lists no number written into a name or a code', () => {
    expect(
      numbers(
        'The Varno 52ers won. A former 52er coached. Halvik sells 3D screens for 4G phones. The 7-Eleven store and a 3-D film. Shares of 3M rose. 3M’s chief quit.',
      ),
    ).toEqual([]);
  });

  it('keeps numbers with units, missing spaces and ordinary hyphens', () => {
    expect(numbers('It took 10m people 5km, 2GB and 12KOs. Some 6million fans saw the 24-year-old and 3M viewers.')).toEqual([
      '10',
      '12',
      '2',
      '24',
      '3',
      '5',
      '6million',
    ]);
  });

  it('keeps a sum, a unit with its full stop and a title-case word after a hyphen', () => {
    expect(numbers('Its stake, worth £3M rose. He had a 512K. modem. The 2-Time Champion won.')).toEqual(['2', '3', '512']);
  });

  it('keeps a measure whose unit is written in capitals', () => {
    expect(numbers('She ran a 5Km race with 10KG of kit at 60MPH on a 500Mhz chip.')).toEqual(['10', '5', '500', '60']);
  });

  it('keeps a count of millions before a plural verb or after a modifier', () => {
    expect(numbers('Nearly 3M were evacuated. Officials said 3M are at risk.')).toEqual(['3', 'Nearly 3']);
  });
});
