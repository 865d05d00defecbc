import { describe, expect, it } from 'vitest';
import { withinLongerName, writtenLower } from '../../../src/core/entities/fragment.js';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';

const TEXT =
  'Staff at the Harbour Office met Tom Varn. Ann Roe wrote for the Queen of the Tide. Tom Varn and Tide spoke. On Monday Lynch spoke. Mr Bright arrived. The Tide said no.';
const parsed = parseArticle(cleanArticle(TEXT));
const at = (word: string, nth = 0) => {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = TEXT.indexOf(word, start + 1);
  return { start, end: start + word.length };
};

describe('withinLongerName', () => {
  it('finds a word beside a capitalised word, or across "of" and "the"', () => {
    expect(withinLongerName(at('Office'), parsed)).toBe(true);
    expect(withinLongerName(at('Tide'), parsed)).toBe(true);
    expect(withinLongerName(at('Tide'), parsed, true)).toBe(false);
  });

  it('does not count a list, a weekday, a title or a sentence-initial word as part of the name', () => {
    expect(withinLongerName(at('Tide', 1), parsed)).toBe(false);
    expect(withinLongerName(at('Lynch'), parsed)).toBe(false);
    expect(withinLongerName(at('Bright'), parsed)).toBe(false);
    expect(withinLongerName(at('Tide', 2), parsed)).toBe(false);
  });
});

describe('withinLongerName at the start of a sentence', () => {
  const text = 'Girls Aloud, Akon and Tom Varn sang. D Garland (Tarvik AC) ran.';
  const p = parseArticle(cleanArticle(text));
  const span = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

  it('counts a sentence-initial proper noun beside the word, but not an initial', () => {
    expect(withinLongerName(span('Aloud'), p, true)).toBe(true);
    expect(withinLongerName(span('Garland'), p, true)).toBe(false);
  });
});

describe('extractEntities: ordinary words cut from longer names', () => {
  it('drops "Office" cut from "Home Office", keeps the real names', () => {
    const names = extractEntities(parseArticle(cleanArticle('Approval from the Home Office is needed, Tom Varn of the Tarvik Party said.'))).map((e) => e.name);
    expect(names).not.toContain('Office');
    expect(names).toEqual(expect.arrayContaining(['Tom Varn', 'Tarvik Party']));
  });
});

describe('writtenLower', () => {
  it('asks each article its own lower-case spellings, and never counts a word already in lower case', () => {
    const tide = parseArticle(cleanArticle('The Tide rose. Ann Roe watched the tide turn.'));
    const noTide = parseArticle(cleanArticle('The Tide rose. Ann Roe watched the sea turn.'));
    expect(writtenLower(tide, 'Tide')).toBe(true);
    expect(writtenLower(tide, 'Tide')).toBe(true);
    expect(writtenLower(noTide, 'Tide')).toBe(false);
    expect(writtenLower(tide, 'Roe')).toBe(false);
    expect(writtenLower(tide, 'tide')).toBe(false);
  });

  it('finds one-letter and accented lower-case spellings, which its table of spellings keeps', () => {
    const text = parseArticle(cleanArticle('Ann Roe gave a talk on the élan of Varnia and its x-ray.'));
    expect(writtenLower(text, 'A')).toBe(true);
    expect(writtenLower(text, 'Élan')).toBe(true);
    expect(writtenLower(text, 'X')).toBe(false);
    expect(writtenLower(text, 'Varnia')).toBe(false);
  });
});
