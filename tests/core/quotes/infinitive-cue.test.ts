import { describe, expect, it } from 'vitest';
import { findReportedSpeech } from '../../../src/core/quotes/reported.js';
import { parse, tokenText } from './parsed-fixture.js';

/** [speaker phrase, content] of each reported statement in the fixture. */
function reported(body: string): [string | null, string][] {
  const p = parse(body);
  const n = p.tokens.length;
  const found = findReportedSpeech(
    p,
    new Uint8Array(n),
    new Uint8Array(n),
    new Uint8Array(n),
    Int32Array.from(p.tokens, (t) => t.start),
  );
  return found.map((c) => [
    c.subject ? tokenText(p, c.subject.first, c.subject.end) : null,
    c.parts.map((s) => p.article.text.slice(s.start, s.end)).join(' … '),
  ]);
}

describe('a cue in an infinitive ("to say …")', () => {
  it('gives the sentence’s subject what follows "to say" when a plain clause follows', () => {
    expect(reported('Oren Vale posted on Friday to say he had never backed the old pier.')).toEqual([['Oren Vale', 'he had never backed the old pier']]);
    expect(reported('Harbour voters are more likely to say that the new wall will hold.')).toEqual([['Harbour voters', 'the new wall will hold']]);
  });

  it('gives a name right after a verb the statement ("led Harbour Democrats to say …")', () => {
    expect(reported('The storm led Harbour Democrats to say that the new wall will hold.')).toEqual([['Harbour Democrats', 'the new wall will hold']]);
  });

  it('finds no statement after a refusal, a hedge or a noun ("declined to say", "fair to say", "evidence to suggest")', () => {
    expect(reported('Oren Vale declined to say that the new wall would hold.')).toEqual([]);
    expect(reported('It is fair to say that the new wall will hold.')).toEqual([]);
    expect(reported('The board had no evidence to suggest that the wall leaked.')).toEqual([]);
  });
});
