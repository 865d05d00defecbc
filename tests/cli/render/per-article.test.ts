import { describe, expect, it } from 'vitest';
import { prefixLines } from '../../../src/cli/render/per-article.js';

describe('prefixLines', () => {
  it('puts source: before every line, blank ones too, as grep does', () => {
    expect(prefixLines('People\n  Ann (2)\n\nPlaces\n', 'a.txt')).toBe('a.txt:People\na.txt:  Ann (2)\na.txt:\na.txt:Places\n');
  });
});
