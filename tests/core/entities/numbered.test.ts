import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';
import { getNerModel } from '../../../src/core/entities/index.js';
import { withNameNumbers } from '../../../src/core/entities/numbered.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const g = () => getNerModel().gazetteer;
const org = (start: number, end: number): TokenSpan => ({ type: 'ORG', start, end });

describe('names ending in a number', () => {
  it('takes the number after a name ending in an ordinary word', () => {
    const words = ['She', 'raced', 'in', 'Norska', 'Formula', '4', 'last', 'year', '.'];
    expect(withNameNumbers([org(3, 5)], words, g())).toEqual([org(3, 6)]);
  });

  it('takes the number after a one-word organisation that is an ordinary word, not after a person', () => {
    expect(withNameNumbers([org(1, 2)], ['opened', 'Forever', '21', 'in', 'Halvik'], g())).toEqual([org(1, 3)]);
    const innings = [{ type: 'PER' as const, start: 0, end: 1 }];
    expect(withNameNumbers(innings, ['Green', '102', 'not', 'out'], g())).toEqual(innings);
  });

  it('leaves a score, a table row and a share alone', () => {
    const score = ['Norska', 'Rovers', '2', 'Halvik', '1'];
    expect(withNameNumbers([org(0, 2)], score, g())).toEqual([org(0, 2)]);
    const share = ['says', 'Varno', 'Research', '44', '%', 'of', 'homes'];
    expect(withNameNumbers([org(1, 3)], share, g())).toEqual([org(1, 3)]);
  });

  it('takes the number after a word the article writes in lower case elsewhere', () => {
    const words = ['Tom', 'watched', 'Halvik', 'Channel', '5', 'on', 'Monday', '.', 'The', 'channel', 'grew', '.'];
    expect(withNameNumbers([org(2, 4)], words, g())).toEqual([org(2, 5)]);
    const unwritten = ['Tom', 'watched', 'Halvik', 'Channel', '5', 'on', 'Monday', '.'];
    expect(withNameNumbers([org(2, 4)], unwritten, g())).toEqual([org(2, 4)]);
  });

  it('reads the words as they are at each call, a caller reusing its array for the next document', () => {
    const words = ['Tom', 'watched', 'Halvik', 'Channel', '5', 'on', 'Monday', '.', 'The', 'show', 'grew', '.'];
    expect(withNameNumbers([org(2, 4)], words, g())).toEqual([org(2, 4)]);
    words[9] = 'channel';
    expect(withNameNumbers([org(2, 4)], words, g())).toEqual([org(2, 5)]);
  });

  it('counts a name with a digit in it as no other figure ("BBC1, Radio 4")', () => {
    expect(withNameNumbers([org(3, 5)], ['on', 'BBC1', ',', 'Halvik', 'Radio', '4', 'and', 'online'], g())).toEqual([org(3, 6)]);
  });

  it('joins a name of the same kind right after the number ("Fathers 4 Justice")', () => {
    const words = ['the', 'group', 'Mothers', '4', 'Halvik', 'said', 'mothers', 'should', 'vote', '.'];
    expect(withNameNumbers([org(2, 3), org(4, 5)], words, g())).toEqual([org(2, 5)]);
  });

  it('leaves a name ending in a name alone ("Tom Berrow 12")', () => {
    const words = ['Tom', 'Berrow', '12', 'not', 'out'];
    expect(withNameNumbers([{ type: 'PER', start: 0, end: 2 }], words, g())).toEqual([{ type: 'PER', start: 0, end: 2 }]);
  });

  it('finds a racing series with its number in an article', () => {
    const names = extractEntities(parseArticle(cleanArticle('Tom Berrow won the ADAC Formula 4 title. He raced in ADAC Formula 4 for two years.')));
    expect(names.filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).toEqual(['ADAC Formula 4']);
  });
});
