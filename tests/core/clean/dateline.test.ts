import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article.js';
import { parseBylineLine, parseDateLine } from '../../../src/core/clean/dateline.js';

describe('parseDateLine', () => {
  it.each([
    ['July 12, 2021', '2021-07-12'],
    ['Jul. 12, 2021', '2021-07-12'],
    ['12 July 2021', '2021-07-12'],
    ['Monday, July 12, 2021', '2021-07-12'],
    ['Published: 12th July 2021 10:30 BST', '2021-07-12'],
    ['Updated on 2021-07-12 09:00', '2021-07-12'],
  ])('reads %s as %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it.each(['February 30, 2021', 'July 12', 'In July 2021 the ferry stopped.', 'Smarch 12, 2021'])('finds no date in %s', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('parseBylineLine', () => {
  it.each([
    ['By Mina Calder · July 12, 2021', { byline: 'Mina Calder', date: '2021-07-12' }],
    ['By Mina Calder, 12 July 2021', { byline: 'Mina Calder', date: '2021-07-12' }],
    ['By Mina Calder | July 12, 2021', { byline: 'Mina Calder', date: '2021-07-12' }],
    ['· July 12, 2021', { byline: null, date: '2021-07-12' }],
    ['By Mina Calder', { byline: 'Mina Calder', date: null }],
  ])('splits %s', (line, parts) => {
    expect(parseBylineLine(line)).toEqual(parts);
  });

  it.each(['By any measure, the ferry was late.', 'The ferry sailed on July 12, 2021, after repairs.'])('leaves prose alone: %s', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });
});

describe('cleanArticle with a byline and date line', () => {
  const raw = 'Ferry Service Returns\n\nBy Mina Calder · July 12, 2021\n\nThe ferry sailed again on Monday, the council said.';

  it('removes the line from the text and fills byline and date from it', () => {
    const a = cleanArticle(raw);
    expect(a.text).toBe('Ferry Service Returns\n\nThe ferry sailed again on Monday, the council said.');
    expect(a.byline).toBe('Mina Calder');
    expect(a.date).toBe('2021-07-12');
  });

  it('keeps a date the metadata gives', () => {
    expect(cleanArticle(raw, { date: '2021-07-13T08:00:00Z' }).date).toBe('2021-07-13T08:00:00Z');
  });

  it('splits a date off a byline the page gives', () => {
    const a = cleanArticle('Ferry Service Returns\n\nThe ferry sailed again on Monday, the council said.', { byline: 'Mina Calder · July 12, 2021' });
    expect([a.byline, a.date]).toEqual(['Mina Calder', '2021-07-12']);
  });

  it('keeps an opening paragraph that starts "By" but is prose', () => {
    const a = cleanArticle('Ferry Service Returns\n\nBy any measure, the ferry was late.\n\nIt sailed on Monday.');
    expect(a.text).toContain('By any measure');
    expect(a.byline).toBeNull();
  });
});
