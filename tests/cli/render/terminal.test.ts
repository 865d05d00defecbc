import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, Entity, Quote } from '../../../src/index.js';
import { quoteLine, renderBrief, renderQuote } from '../../../src/cli/render/terminal.js';
import { innermostQuotes, quoteWords } from '../../../src/render/brief.js';
import { makeChalk } from '../../../src/cli/style.js';
import { loadTextLayout } from '../../../src/cli/render/wrap.js';

// The renderers measure text with libraries loaded before a command runs.
beforeAll(loadTextLayout);

const text = '“We will win,” she said, “and soon.” Officials said the plan was dead.';
const split: Quote = {
  text: text.slice(1, 35),
  start: 1,
  end: 35,
  kind: 'direct',
  cue: 'said',
  cueSpan: { start: 19, end: 23 },
  speaker: { name: 'Ana Ruiz', mentions: [], resolved: true },
  via: null,
  parts: [
    { text: 'We will win,', start: 1, end: 13 },
    { text: 'and soon.', start: 26, end: 35 },
  ],
};
const reported: Quote = {
  text: 'the plan was dead',
  start: 52,
  end: 69,
  kind: 'indirect',
  cue: 'said',
  cueSpan: null,
  speaker: { name: 'officials', mentions: [], resolved: true },
  via: null,
  parts: [{ text: 'the plan was dead', start: 52, end: 69 }],
};

describe('quote rendering', () => {
  it('joins the parts of a split quote and leaves the cue out', () => {
    expect(quoteWords(split)).toBe('“We will win, … and soon.”');
  });

  it('prints reported speech without quotation marks and says it is reported', () => {
    expect(quoteLine(reported)).toBe('officials (reported): the plan was dead');
    expect(quoteLine(split)).toBe('Ana Ruiz: “We will win, … and soon.”');
  });

  it('puts the speaker and cue on one line and the words indented beneath', () => {
    const out = renderQuote(split, { chalk: makeChalk(false), width: 40 }).split('\n');
    expect(out[0]).toBe('Ana Ruiz said');
    expect(out[1]).toBe('    “We will win, … and soon.”');
  });

  it('marks an unattributed quote as such', () => {
    expect(quoteLine({ ...split, speaker: null })).toMatch(/^Unattributed: /);
  });
});

describe('innermostQuotes', () => {
  it('drops a quote that encloses another and keeps the rest', () => {
    const outer: Quote = { ...reported, start: 40, end: 69, text: 'x'.repeat(29), parts: [{ text: 'x'.repeat(29), start: 40, end: 69 }] };
    expect(innermostQuotes([split, outer, reported])).toEqual([split, reported]);
  });
});

const plain = { chalk: makeChalk(false), width: 80 };

function quote(start: number, words: string, name: string | null, kind: Quote['kind'] = 'direct'): Quote {
  const end = start + words.length;
  return {
    text: words,
    start,
    end,
    kind,
    cue: 'said',
    cueSpan: null,
    speaker: name === null ? null : { name, mentions: [], resolved: true },
    via: null,
    parts: [{ text: words, start, end }],
  };
}

function entity(name: string, type: Entity['type'], count = 1): Entity {
  return { name, type, count, mentions: [] };
}

function record(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    source: 'harbour.txt',
    title: 'Harbour bridge reopens',
    byline: 'Mira Tollan',
    date: '2026-03-14T09:30:00Z',
    text: '',
    blocks: [],
    stats: { words: 1234, sentences: 40, readingMinutes: 6 },
    summary: [{ text: 'The bridge reopened on Monday.', start: 0, end: 30, index: 0 }],
    quotes: [],
    entities: [],
    ...over,
  };
}

describe('renderBrief', () => {
  it('puts the title first and stands in "(untitled)" when there is none', () => {
    expect(renderBrief(record(), plain).split('\n')[0]).toBe('Harbour bridge reopens');
    expect(renderBrief(record({ title: '' }), plain).split('\n')[0]).toBe('(untitled)');
  });

  it('gives source, byline, readable date, words and reading time on the meta line', () => {
    const meta = renderBrief(record(), plain).split('\n')[1];
    expect(meta).toBe('harbour.txt · by Mira Tollan · 14 March 2026 · 1,234 words · 6 min read');
  });

  it('leaves a missing byline and date off the meta line rather than printing empty fields', () => {
    const meta = renderBrief(record({ byline: null, date: null }), plain).split('\n')[1];
    expect(meta).toBe('harbour.txt · 1,234 words · 6 min read');
  });

  it('counts one word as a word, not "1 words"', () => {
    const meta = renderBrief(record({ byline: null, date: null, stats: { words: 1, sentences: 1, readingMinutes: 1 } }), plain).split('\n')[1];
    expect(meta).toBe('harbour.txt · 1 word · 1 min read');
  });

  it('lists the summary sentences as bullets under a Summary heading', () => {
    const summary = [
      { text: 'The bridge reopened on Monday.', start: 0, end: 30, index: 0 },
      { text: 'Traffic was light.', start: 31, end: 49, index: 1 },
    ];
    const lines = renderBrief(record({ summary }), plain).split('\n');
    const at = lines.indexOf('Summary');
    expect(lines.slice(at, at + 3)).toEqual(['Summary', '• The bridge reopened on Monday.', '• Traffic was light.']);
  });

  it('prints no Summary, Quotes or names section when the record has none', () => {
    const out = renderBrief(record({ summary: [] }), plain);
    expect(out).toBe('Harbour bridge reopens\nharbour.txt · by Mira Tollan · 14 March 2026 · 1,234 words · 6 min read\n');
  });

  it('shows at most three quotes, each with its speaker and cue', () => {
    const quotes = [
      quote(100, 'We rebuilt every span of it in eight months flat', 'Oren Vale'),
      quote(200, 'The harbour needed this crossing more than anything else', 'Lise Marrow'),
      quote(300, 'Nobody expected the steel to arrive early this spring', 'Teo Banks'),
      quote(400, 'Tolls will stay where they are for the whole year', 'Ida Fenn'),
    ];
    const out = renderBrief(record({ quotes }), plain);
    expect(out).toContain('\nQuotes\n');
    expect(out.match(/^ {2}\S.* said$/gm)).toHaveLength(3);
    expect(out).toContain('  Oren Vale said\n      “We rebuilt every span of it in eight months flat”');
  });

  it('prefers a named speaker’s direct quote to an unattributed one', () => {
    const quotes = [
      quote(100, 'The crossing cost far more than the council ever admitted', null),
      quote(200, 'We rebuilt every span of it in eight months flat', 'Oren Vale'),
      quote(300, 'The harbour needed this crossing more than anything else', 'Lise Marrow'),
      quote(400, 'Tolls will stay where they are for the whole year', 'Ida Fenn'),
    ];
    const out = renderBrief(record({ quotes }), plain);
    expect(out).not.toContain('Unattributed');
    expect(out).toContain('Ida Fenn said');
  });

  it('leaves out a quote that holds another and shows the inner one', () => {
    const inner = quote(120, 'the steel arrived early', 'Teo Banks');
    const outer = quote(100, 'Teo Banks wrote that the steel arrived early, the paper said', 'the paper', 'indirect');
    const out = renderBrief(record({ quotes: [outer, inner] }), plain);
    expect(out).toContain('Teo Banks said');
    expect(out).not.toContain('the paper');
  });

  it('lists people, organisations and places in that order with counts above one', () => {
    const entities = [
      entity('Harbour Board', 'ORGANIZATION'),
      entity('Port Ellin', 'PLACE', 3),
      entity('Oren Vale', 'PERSON', 2),
      entity('Lise Marrow', 'PERSON'),
    ];
    const lines = renderBrief(record({ entities }), plain).trimEnd().split('\n');
    expect(lines.slice(-3)).toEqual(['People: Oren Vale (2), Lise Marrow', 'Organisations: Harbour Board', 'Places: Port Ellin (3)']);
  });

  it('shows at most five names of a kind', () => {
    const people = ['Ana One', 'Ben Two', 'Cai Three', 'Dov Four', 'Eli Five', 'Fay Six'].map((n) => entity(n, 'PERSON'));
    const out = renderBrief(record({ entities: people }), plain);
    expect(out).toContain('People: Ana One, Ben Two, Cai Three, Dov Four, Eli Five\n');
    expect(out).not.toContain('Fay Six');
  });

  it('leaves out names of other kinds (dates, numbers)', () => {
    const out = renderBrief(record({ entities: [entity('Tuesday', 'DATE'), entity('forty', 'CARDINAL')] }), plain);
    expect(out).not.toContain('Tuesday');
    expect(out).not.toContain('forty');
  });

  it('writes no escape codes when colour is off', () => {
    const full = record({ quotes: [quote(100, 'We rebuilt every span of it', 'Oren Vale')], entities: [entity('Oren Vale', 'PERSON')] });
    expect(renderBrief(full, plain)).not.toMatch(/\u001b\[/);
  });

  it('colours the headings when colour is on', () => {
    const out = renderBrief(record(), { chalk: makeChalk(true), width: 80 });
    expect(out).toMatch(/\u001b\[[\d;]*m/);
    expect(out).toContain('Summary');
  });

  it('wraps long lines to the width given', () => {
    const long = 'The bridge reopened on Monday after eight months of work that closed the harbour road to all traffic.';
    const lines = renderBrief(record({ summary: [{ text: long, start: 0, end: long.length, index: 0 }] }), { ...plain, width: 40 })
      .trimEnd()
      .split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(1);
    expect(lines.filter((l) => /^ {2}\S/.test(l)).length).toBeGreaterThan(1);
  });
});
