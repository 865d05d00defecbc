import { findReportedSpeech } from '../../../src/core/quotes/reported.js';
import { parse, tokenText } from './parsed-fixture.js';

/** [speaker phrase, content] of each reported statement in the fixture, with no quotes found before. */
export function reportedPairs(body: string): [string | null, string][] {
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
