import { describe, expect, it } from 'vitest';
import {
  alignToRaw,
  belowFloors,
  figuresOf,
  isBarePronoun,
  isDescription,
  isSpeechCue,
  readPolnearJson,
  scoreDocument,
  spanToRaw,
  speakerMatches,
  type PolnearDocument,
  type PolnearError,
} from '../../../src/core/eval/polnear.js';
import type { Quote } from '../../../src/core/types.js';

function quote(parts: { start: number; end: number }[], text: string, speaker: string | null, subject?: { start: number; end: number }): Quote {
  const tparts = parts.map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
  return {
    text: tparts.map((p) => p.text).join(' '),
    start: parts[0]!.start,
    end: parts[parts.length - 1]!.end,
    kind: 'indirect',
    cue: 'said',
    cueSpan: null,
    speaker: speaker ? { name: speaker, mentions: subject ? [{ ...subject, text: text.slice(subject.start, subject.end) }] : [], resolved: true } : null,
    via: null,
    parts: tparts,
  };
}

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

describe('speaker rules', () => {
  it('matches on the head of each phrase of the source', () => {
    expect(speakerMatches('Park Won-gon', 'Park')).toBe(true);
    expect(speakerMatches('Melezia Figueroa', 'Stein spokeswoman Melezia Figueroa')).toBe(true);
    expect(speakerMatches('Jill Stein', 'Stein spokeswoman Melezia Figueroa')).toBe(false);
    expect(speakerMatches('officials', 'a senior official')).toBe(true);
    expect(speakerMatches('Park Won-gon', 'The professor of North Korean studies, Park Won-gon')).toBe(true);
  });

  it('tells pronouns and descriptions from names', () => {
    expect(isBarePronoun('He')).toBe(true);
    expect(isBarePronoun('the mayor')).toBe(false);
    expect(isDescription('the mayor')).toBe(true);
    expect(isDescription('Mayor Bill de Blasio')).toBe(false);
  });

  it('counts the speech cues of the issue, "according to" included', () => {
    for (const cue of ['said', 'told', 'added', 'wrote', 'said in a statement', 'According to', 'tweeted', 'replied']) expect(isSpeechCue(cue)).toBe(true);
    for (const cue of ['called', 'found', ':', 'believes']) expect(isSpeechCue(cue)).toBe(false);
  });
});

describe('scoreDocument', () => {
  const text = 'The mayor said the wall would hold. Tom Becker said the "gates" failed. Rain fell all day long.';
  const contentA = { start: text.indexOf('the wall'), end: text.indexOf(' Tom') - 1 };
  const contentB = { start: text.indexOf('the "gates"'), end: text.indexOf(' Rain') - 1 };
  const doc: PolnearDocument = {
    id: 'fixture',
    text,
    attributions: [
      { cue: 'said', sources: [{ text: 'The mayor', start: 0, end: 9 }], contents: [contentA], hasQuoteMark: false },
      { cue: 'said', sources: [{ text: 'Tom Becker', start: text.indexOf('Tom'), end: text.indexOf('Tom') + 10 }], contents: [contentB], hasQuoteMark: true },
      { cue: 'found', sources: [], contents: [{ start: text.indexOf('Rain'), end: text.length - 1 }], hasQuoteMark: false },
    ],
  };

  it('counts a half-overlapping prediction as a match and a short one as a miss', () => {
    const good = quote([contentA], text, 'Jane Holloway', { start: 0, end: 9 });
    const tooShort = quote([{ start: contentB.start, end: contentB.start + 5 }], text, 'Tom Becker');
    const counts = scoreDocument(doc, [good, tooShort], text);
    expect(counts.predicted).toBe(2);
    expect(counts.predictedMatching).toBe(1);
    expect(counts.goldMatched).toBe(1);
    expect(counts.speech).toBe(2);
    expect(counts.speechMatched).toBe(1);
    expect(counts.direct).toBe(1);
    expect(counts.directMatched).toBe(0);
    expect(counts.speechDirect).toBe(1);
    expect(counts.speechDirectMatched).toBe(0);
    // "The mayor" is a description and the quote's subject is that very phrase.
    expect(counts.speakerJudged).toBe(1);
    expect(counts.speakerRight).toBe(1);
  });

  it('matches one-to-one: a second copy of a quote adds precision but no recall', () => {
    const q = quote([contentB], text, 'Becker');
    const counts = scoreDocument(doc, [q, q], text);
    expect(counts.predictedMatching).toBe(2);
    expect(counts.goldMatched).toBe(1);
    expect(counts.speakerRight).toBe(1);
  });

  it('judges a wrong name wrong', () => {
    const counts = scoreDocument(doc, [quote([contentB], text, 'Jane Holloway')], text);
    expect(counts.speakerJudged).toBe(1);
    expect(counts.speakerRight).toBe(0);
  });

  it('lists the wrong speakers and the false quotes when asked', () => {
    const errors: PolnearError[] = [];
    const falseQuote = quote([{ start: text.indexOf('Rain'), end: text.indexOf(' all') }], text, 'Tom Becker');
    scoreDocument(doc, [quote([contentB], text, 'Jane Holloway'), falseQuote], text, errors);
    expect(errors.map((e) => [e.kind, e.speaker, e.gold])).toEqual([
      ['speaker', 'Jane Holloway', 'Tom Becker'],
      ['false', 'Tom Becker', null],
    ]);
    expect(errors[0]!.doc).toBe('fixture');
    expect(errors[0]!.context).toContain('Tom Becker said the "gates" failed');
    expect(errors[1]!.context).toContain('Rain fell');
  });

  it('reports the figures below the floors', () => {
    const f = figuresOf(scoreDocument(doc, [quote([contentA], text, 'mayor')], text));
    expect(f.precision).toBe(1);
    expect(belowFloors(f)).toEqual(['recall (speech)', 'recall (speech with quotation marks)']);
  });
});

describe('readPolnearJson', () => {
  it('reads attributions and skips those without content', () => {
    const doc = readPolnearJson({
      doc: 'd1',
      text: 'abc',
      quotes: [
        {
          id: 'E1',
          cue: { start: 0, end: 1, text: 'said' },
          sources: [{ start: 0, end: 1, text: 'A' }],
          contents: [{ start: 1, end: 3, text: 'bc' }],
          has_quote_mark: false,
        },
        { id: 'E2', cue: null, sources: [], contents: [], has_quote_mark: false },
      ],
    });
    expect(doc.attributions).toHaveLength(1);
    expect(doc.attributions[0]!.sources[0]).toEqual({ text: 'A', start: 0, end: 1 });
  });

  it('rejects anything that is not a PolNeAR document', () => {
    expect(() => readPolnearJson({ text: 1 })).toThrow();
  });
});
