import { describe, expect, it } from 'vitest';
import { alignToRaw, spanToRaw } from '../../../src/core/eval/polnear-align.js';

describe('alignToRaw', () => {
  it('maps cleaned offsets back across collapsed white space and dropped lines', () => {
    const raw = 'Title  line\n\nFirst   para\nwraps here.\n\n- Advertisement -\n\nLast one.';
    const cleaned = 'Title line\n\nFirst para wraps here.\n\nLast one.';
    const map = alignToRaw(cleaned, raw);
    const at = (s: string) => cleaned.indexOf(s);
    const back = (s: string) => {
      const r = spanToRaw({ start: at(s), end: at(s) + s.length }, cleaned, map);
      return raw.slice(r.start, r.end);
    };
    expect(back('para wraps')).toBe('para\nwraps');
    expect(back('Last one.')).toBe('Last one.');
    expect(back('Title line')).toBe('Title  line');
  });
});
