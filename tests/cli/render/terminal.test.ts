import { beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/index.js';
import { quoteLine, renderQuote } from '../../../src/cli/render/terminal.js';
import { innermostQuotes, quoteWords } from '../../../src/render/brief.js';
import { makeChalk } from '../../../src/cli/style.js';
import { loadTextLayout } from '../../../src/cli/render/wrap.js';

// The renderers measure text with libraries loaded before a command runs.
beforeAll(loadTextLayout);

const text = '“We will win,” she said, “and soon.” Officials said the plan was dead.';
const split: Quote = {
  text: text.slice(1, 35), start: 1, end: 35, kind: 'direct', cue: 'said', cueSpan: { start: 19, end: 23 },
  speaker: { name: 'Ana Ruiz', mentions: [], resolved: true }, via: null,
  parts: [{ text: 'We will win,', start: 1, end: 13 }, { text: 'and soon.', start: 26, end: 35 }],
};
const reported: Quote = {
  text: 'the plan was dead', start: 52, end: 69, kind: 'indirect', cue: 'said', cueSpan: null,
  speaker: { name: 'officials', mentions: [], resolved: true }, via: null, parts: [{ text: 'the plan was dead', start: 52, end: 69 }],
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
