import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, joinFields, loadTextLayout, wrap } from '../../../src/cli/render/wrap.js';

// The renderers measure text with libraries loaded before a command runs.
beforeAll(loadTextLayout);

const widest = (s: string) => Math.max(...s.split('\n').map(displayWidth));

describe('wrap', () => {
  const prose = 'The city council of Port Ellis voted on Tuesday to build a new bridge across the harbour, ending a decade of debate.';

  it.each([20, 33, 40, 80])('never exceeds %i columns', (width) => {
    expect(widest(wrap(prose, width, '    ', '• '))).toBeLessThanOrEqual(width);
  });

  it('keeps every word, in order', () => {
    expect(wrap(prose, 30).split(/\s+/).join(' ')).toBe(prose);
  });

  it('indents continuation lines and uses the first-line prefix once', () => {
    const lines = wrap(prose, 30, '  ', '• ').split('\n');
    expect(lines[0]!.startsWith('• ')).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith('  ')).toBe(true);
  });

  it('breaks a word longer than the line', () => {
    const out = wrap('x'.repeat(95), 40);
    expect(out.split('\n').map((l) => l.length)).toEqual([40, 40, 15]);
  });

  it('counts wide characters as two columns', () => {
    expect(widest(wrap('中国 北京 上海 广州 深圳 香港', 9))).toBeLessThanOrEqual(9);
  });
});

describe('joinFields', () => {
  const fields = [
    'corpora/harbour-news/2026/03/harbour-town-votes-to-rebuild-its-old-sea-wall.txt',
    'by Marta Quill',
    '14 March 2026',
    '1,204 words',
    '6 min read',
  ];

  it.each([20, 40, 76, 80, 100])('breaks only between fields at %i columns', (width) => {
    const short = fields.slice(1);
    const lines = joinFields(short, width).split('\n');
    expect(lines.flatMap((l) => l.split(' · '))).toEqual(short);
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(width);
  });

  it('wraps a field wider than the line on lines of its own', () => {
    const lines = joinFields(fields, 40).split('\n');
    expect(lines.slice(0, 2).join('')).toBe(fields[0]);
    expect(lines.slice(2).flatMap((l) => l.split(' · '))).toEqual(fields.slice(1));
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(40);
  });

  it('keeps fields on one line when they fit', () => {
    expect(joinFields(['a.txt', '12 words', '1 min read'], 80)).toBe('a.txt · 12 words · 1 min read');
  });
});
