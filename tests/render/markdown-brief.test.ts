import { describe, expect, it } from 'vitest';
import { analyze, type ArticleRecord } from '../../src/index.js';
import { briefMarkdown } from '../../src/render/markdown-brief.js';

const story = [
  'Shares *soar* at [Acme] #1',
  '',
  'Shares in Acme_Corp rose 5% on Monday after the results, the company said in a statement.',
  '',
  '"1. We are *thrilled*," said Jane Doe, the chief executive of the firm.',
].join('\n');

function brief(overrides: Partial<ArticleRecord> = {}): string {
  return briefMarkdown({ ...analyze(story, { source: 'acme.txt' }), ...overrides });
}

describe('briefMarkdown', () => {
  it('escapes the article text so it renders as the words it is', () => {
    const md = brief();
    expect(md.split('\n')[0]).toBe('# Shares \\*soar\\* at \\[Acme\\] \\#1');
    expect(md).toContain('Acme\\_Corp');
    expect(md).toContain('\\*thrilled\\*');
    expect(md).not.toMatch(/(^|[^\\])\*thrilled/);
  });

  it('keeps a line that starts like a list item as text', () => {
    const md = brief({ title: '1. Headline that looks like a list' });
    expect(md.split('\n')[0]).toBe('# 1\\. Headline that looks like a list');
  });

  it('shows the byline and the publication date when the record has them', () => {
    const md = brief({ byline: 'Jo Bloggs', date: '2026-03-14' });
    expect(md).toContain('*By Jo Bloggs · 14 March 2026 · ');
    expect(md).toContain('Source: acme.txt*');
  });

  it('leaves the date out when there is none', () => {
    expect(brief({ date: null })).not.toMatch(/\d{4} ·/);
  });
});
