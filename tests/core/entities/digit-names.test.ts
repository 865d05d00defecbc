import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withDigitNames } from '../../../src/core/entities/digit-names.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const words = (text: string) => text.split(' ');
const span = (type: TokenSpan['type'], start: number, end: number): TokenSpan => ({ type, start, end });
describe('names written with digits', () => {
  it('makes one team of a place and a number with "ers", wink\'s two words', () => {
    expect(withDigitNames([span('LOC', 1, 2)], words('the Corvale 52 ers won'))).toEqual([span('ORG', 1, 4)]);
    expect(withDigitNames([span('PER', 1, 2)], words('the Marbury 31 ers won'))).toEqual([span('ORG', 1, 4)]);
    // Untagged capitalised words before it are the place; "The" is not.
    expect(withDigitNames([], words('The Corvale 52 ers won'))).toEqual([span('ORG', 1, 4)]);
    expect(withDigitNames([], words('the 52 ers won'))).toEqual([span('ORG', 1, 3)]);
  });

  it("takes no sentence's first word as the place: its capital says nothing", () => {
    expect(withDigitNames([], words('Angry 52 ers fans booed'), [0])).toEqual([span('ORG', 1, 3)]);
    expect(withDigitNames([], words('Fans booed . Former 52 ers coach Ana Ruiz spoke'), [0, 3])).toEqual([span('ORG', 4, 6)]);
    // Nor a day or a month.
    expect(withDigitNames([], words('On Sunday 52 ers fans cheered'), [0])).toEqual([span('ORG', 2, 4)]);
  });

  it('leaves a player, a unit and a number inside a span alone', () => {
    for (const text of ['a former 52 er star', 'ran 5 km today', 'sold 52 units']) expect(withDigitNames([], words(text)), text).toEqual([]);
    // A span over the number itself: the decoder read it otherwise.
    const overNumber = [span('ORG', 2, 3)];
    expect(withDigitNames(overNumber, words('the Corvale 52 ers won'))).toBe(overNumber);
    // A MISC before it is no place ("the NBA's 2020 52ers" has none either).
    expect(withDigitNames([span('MISC', 1, 2)], words('the Corvale 52 ers won'))).toEqual([span('MISC', 1, 2), span('ORG', 2, 4)]);
    const tagged = [span('ORG', 1, 3)];
    expect(withDigitNames(tagged, words('the Corvale 52 ers won'))).toBe(tagged);
  });

  it('lists a team whose name ends in digits and "ers" whole, and its nickname with it', () => {
    const names = typedNames('The Corvale 52ers beat the Marbury 31ers on Sunday. The 52ers led from the start.');
    expect(names).toContain('ORGANIZATION Corvale 52ers');
    expect(names).toContain('ORGANIZATION Marbury 31ers');
    expect(names).not.toContain('ORGANIZATION 52ers');
  });
});
