import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type ArticleRecord } from '../../src/index.js';

/** Every invariant the JSON contract promises, checked on one record. */
function checkRecord(record: ArticleRecord): void {
  const { text } = record;
  const inside = (s: { start: number; end: number }) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  };
  let previous = -1;
  for (const s of record.summary) {
    inside(s);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThan(previous); // article order, no repeats
    previous = s.start;
  }
  for (const q of record.quotes) {
    inside(q);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const p of q.parts) {
      inside(p);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    for (const m of q.speaker?.mentions ?? []) {
      inside(m);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const e of record.entities) {
    expect(e.count).toBe(e.mentions.length);
    for (const m of e.mentions) {
      inside(m);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const b of record.blocks) inside(b);
}

// Pieces news text is made of, so random strings reach the interesting code paths.
const newsPiece = fc.constantFrom(
  'The',
  'President',
  'Kim Jong Un',
  'said',
  'told reporters',
  'according to',
  'Mr.',
  'U.S.',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  ',',
  '.',
  '?',
  '!',
  ':',
  ';',
  '\n',
  '\n\n',
  ' ',
  '  ',
  'that',
  'he',
  'she',
  'they',
  'officials',
  'Related Articles',
  '- Advertisement -',
  '# ',
  '$5 million',
  '3.5%',
  'on July 11, 1961',
  'Xi',
  '(CNN)',
  '--',
  '…',
  'Park Won-gon',
  'added',
  'warned',
  '\t',
  '\r\n',
  '\u0000',
  'é',
  '中国',
  '🙂',
);
const newsLike = fc.array(fc.oneof(newsPiece, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400, unit: 'binary' }), fc.string({ maxLength: 400, unit: 'grapheme' }), newsLike);

describe('analyze on any input', () => {
  it('never throws and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (raw, markdown) => {
        checkRecord(analyze(raw, { markdown }));
      }),
      { numRuns: 300 },
    );
  });

  it('copes with unbalanced quotes, no punctuation, very long words and white space only', () => {
    const cases = [
      '“'.repeat(500) + ' he said',
      'He said "this never closes and goes on ' + 'and on '.repeat(300),
      'no punctuation at all just words '.repeat(200),
      'x'.repeat(50_000),
      ' \n\t '.repeat(1000),
      '"'.repeat(999),
      '” said Smith. “'.repeat(200),
      'A.B.C.D.E.F.'.repeat(500),
    ];
    for (const raw of cases) checkRecord(analyze(raw));
  });

  it('respects summary length options on any input', () => {
    fc.assert(
      fc.property(newsLike, fc.integer({ min: 1, max: 6 }), (raw, n) => {
        const record = analyze(raw, { summary: { sentences: n } });
        expect(record.summary.length).toBeLessThanOrEqual(n);
      }),
      { numRuns: 100 },
    );
  });
});
