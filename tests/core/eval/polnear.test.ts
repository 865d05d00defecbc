import { describe, expect, it } from 'vitest';
import type { PolnearError } from '../../../src/core/eval/polnear-errors.js';
import type { PolnearDocument } from '../../../src/core/eval/polnear-format.js';
import { belowFloors, figuresOf, scoreDocument } from '../../../src/core/eval/polnear.js';
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

  describe('a nested attribution annotated as its outer one', () => {
    // Only the outer attribution is annotated: source the Gazette, content holding `Ivo Lane said`.
    const nested = '"We will sail at dawn whatever the weather," Ivo Lane said, according to the Gazette.';
    const span = (words: string) => ({ text: words, start: nested.indexOf(words), end: nested.indexOf(words) + words.length });
    const outer: PolnearDocument = {
      id: 'nested',
      text: nested,
      attributions: [{ cue: 'according to', sources: [span('the Gazette')], contents: [{ start: 0, end: nested.indexOf(', according') }], hasQuoteMark: true }],
    };
    const person = (name: string) => ({ name, mentions: [span(name)], resolved: true });
    const said = (speaker: string, via: string | null): Quote => ({
      ...span('We will sail at dawn whatever the weather'),
      kind: 'direct',
      cue: 'said',
      cueSpan: span('said'),
      speaker: person(speaker),
      via: via ? person(via) : null,
      parts: [span('We will sail at dawn whatever the weather')],
    });
    const judged = (q: Quote) => {
      const counts = scoreDocument(outer, [q], nested);
      return [counts.speakerJudged, counts.speakerRight];
    };

    it('is right by its via', () => {
      expect(judged(said('Ivo Lane', 'Gazette'))).toEqual([1, 1]);
    });

    it('is wrong when the speaker is named outside the annotated content, whatever its via', () => {
      const elsewhere = `Ada Roe spoke first. ${nested}`;
      const at = (words: string) => ({ text: words, start: elsewhere.indexOf(words), end: elsewhere.indexOf(words) + words.length });
      const doc: PolnearDocument = {
        id: 'nested-elsewhere',
        text: elsewhere,
        attributions: [
          {
            cue: 'according to',
            sources: [at('the Gazette')],
            contents: [{ start: at('"We').start, end: elsewhere.indexOf(', according') }],
            hasQuoteMark: true,
          },
        ],
      };
      const wrong: Quote = {
        ...said('Ivo Lane', 'Gazette'),
        ...at('We will sail at dawn whatever the weather'),
        cueSpan: at('said'),
        speaker: { name: 'Ada Roe', mentions: [at('Ada Roe')], resolved: true },
        via: { name: 'Gazette', mentions: [at('Gazette')], resolved: true },
      };
      const counts = scoreDocument(doc, [{ ...wrong, parts: [at('We will sail at dawn whatever the weather')] }], elsewhere);
      expect([counts.speakerJudged, counts.speakerRight]).toEqual([1, 0]);
    });

    it('is wrong without a via, or when neither speaker nor via names the source', () => {
      expect(judged(said('Ivo Lane', null))).toEqual([1, 0]);
      expect(judged(said('Ivo Lane', 'Ivo Lane'))).toEqual([1, 0]);
    });
  });

  it('reports the figures below the floors', () => {
    const f = figuresOf(scoreDocument(doc, [quote([contentA], text, 'mayor')], text));
    expect(f.precision).toBe(1);
    expect(belowFloors(f)).toEqual(['recall (speech)', 'recall (speech with quotation marks)']);
  });
});
