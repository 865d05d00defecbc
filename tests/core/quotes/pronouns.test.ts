import { describe, expect, it } from 'vitest';
import type { TextSpan } from '../../../src/index.js';
import { NameIndex } from '../../../src/core/quotes/full-names.js';
import { antecedentOf, type Body } from '../../../src/core/quotes/pronouns.js';
import { parse } from './parsed-fixture.js';

/** Resolves the `nth` occurrence of `pronoun` in the fixture; the quote excluded is empty. */
function resolve(body: string, pronoun: string, bodies: readonly Body[] = [], nth = 0): string | null {
  const parsed = parse(body);
  const text = parsed.article.text;
  const tokens = parsed.tokens.filter((t) => t.normal === pronoun);
  const token = tokens[nth]!;
  const span: TextSpan = { text: token.value, start: token.start, end: token.end };
  const bodyStart = parsed.sentences[1]!.start;
  const names = new NameIndex(parsed, []);
  expect(text.slice(span.start, span.end).toLowerCase()).toBe(pronoun);
  return antecedentOf(names, bodies, pronoun, span, token.sentence, { start: span.start, end: span.start }, bodyStart)?.name ?? null;
}

describe('antecedentOf', () => {
  it('takes "he" back to the nearest earlier man', () => {
    expect(resolve('Mr Oren Vale runs the harbour. Later he left.', 'he')).toBe('Oren Vale');
  });

  it('passes over a woman to reach the man "he" refers to', () => {
    expect(resolve('The spokesman Oren Vale runs the harbour. The spokeswoman Ida Fenn runs the port. Later he left.', 'he')).toBe('Oren Vale');
  });

  it('takes "she" to the woman, not the nearer man', () => {
    expect(resolve('The spokeswoman Ida Fenn runs the port. The spokesman Oren Vale runs the harbour. Later she left.', 'she')).toBe('Ida Fenn');
  });

  it('gives the full name for a person named by surname last', () => {
    expect(resolve('Mr Oren Vale runs the harbour. Vale spoke first. Later he left.', 'he')).toBe('Oren Vale');
  });

  it('finds no one when the article names no one before the pronoun', () => {
    expect(resolve('The harbour was quiet. Later he left.', 'he')).toBeNull();
  });

  it('leaves "I" unresolved: the writer is not named', () => {
    expect(resolve('Mr Oren Vale runs the harbour. Later I left.', 'i')).toBeNull();
  });

  it('takes "they" to the latest body that spoke before it', () => {
    const bodies: Body[] = [
      { name: 'the council', at: 30, mentions: [] },
      { name: 'the union', at: 40, mentions: [] },
    ];
    expect(resolve('The harbour was quiet for a long while. Later they left.', 'they', bodies)).toBe('the union');
  });

  it('does not take "they" to a body that spoke only after it', () => {
    expect(resolve('The harbour was quiet. Later they left.', 'they', [{ name: 'the union', at: 10_000, mentions: [] }])).toBeNull();
  });
});
