import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../src/core/quotes/marks.js';
import type { Block } from '../../../src/core/types.js';

function paragraphs(...texts: string[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let offset = 0;
  for (const t of texts) {
    blocks.push({ kind: 'paragraph', start: offset, end: offset + t.length });
    offset += t.length + 2;
  }
  return { text: texts.join('\n\n'), blocks };
}

const inner = (text: string, blocks: Block[]) => findQuotedSpans(text, blocks).map((q) => q.parts.map((p) => text.slice(p.start, p.end)));

describe('findQuotedSpans', () => {
  it('pairs curly marks', () => {
    const { text, blocks } = paragraphs('He said “yes” and “no”.');
    expect(inner(text, blocks)).toEqual([['yes'], ['no']]);
  });

  it('pairs straight marks and two-apostrophe marks', () => {
    const { text, blocks } = paragraphs(`He said "yes" and ''no''.`);
    expect(inner(text, blocks)).toEqual([['yes'], ['no']]);
  });

  it('nests a quote inside a quote', () => {
    const { text, blocks } = paragraphs('“Say “when” now,” he said.');
    expect(inner(text, blocks)).toEqual([['Say “when” now,']]);
  });

  it('runs over paragraphs that each open with a mark', () => {
    const { text, blocks } = paragraphs('“One.', '“Two.', '“Three.”');
    expect(inner(text, blocks)).toEqual([['One.', 'Two.', 'Three.']]);
  });

  it('drops a quote left open when the next paragraph does not open with a mark', () => {
    const { text, blocks } = paragraphs('“One.', 'Two.');
    expect(inner(text, blocks)).toEqual([]);
  });

  it('ignores an odd stray straight mark in a paragraph of curly marks', () => {
    const { text, blocks } = paragraphs('"Kevin was asleep. “Here he is,” she said.');
    expect(inner(text, blocks)).toEqual([['Here he is,']]);
  });

  it('reads single marks as the quotes of an article that has no double marks', () => {
    const { text, blocks } = paragraphs('‘We will win,’ she said. It’s the players’ day.', '‘Next year.’');
    expect(inner(text, blocks)).toEqual([['We will win,'], ['Next year.']]);
  });

  it('leaves single marks alone when the article has double ones', () => {
    const { text, blocks } = paragraphs('“He said ‘no’ twice,” she said. It’s over.');
    expect(inner(text, blocks)).toEqual([['He said ‘no’ twice,']]);
  });
});
