import { describe, expect, it } from 'vitest';
import type { TextSpan } from '../../../src/index.js';
import { NameIndex } from '../../../src/core/quotes/full-names.js';
import { antecedentOf, type Body } from '../../../src/core/quotes/pronouns.js';
import { parse, speakersOf } from './parsed-fixture.js';

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

// spk5 (issue 13: a named person beats a generic noun): a definite description by age stands for a
// person named just before, the story's center (made-up articles).

describe('agedPerson: "the 31-year-old said"', () => {
  const speakers = (body: string) => speakersOf(`Harbour Town News\n\n${body}`);

  it('is the subject named before, not a name passed on the way', () => {
    expect(
      speakers(
        'Tom Pell insists there is no chance of a repeat in Salem. But Pell has long protested his innocence and blamed his former coach Carl Moss for it. "Things will be different this time," the 31-year-old said.',
      ),
    ).toEqual(['Tom Pell', 'Tom Pell']);
  });

  it('is a person a relative clause introduced ("in the shape of Ada Roe, who plays …")', () => {
    expect(
      speakers(
        'Nell Orr hosted the gala. The junior cast turned up in the shape of Ada Roe, who sings the title role. The 12-year-old said she felt ready for the tour.',
      ),
    ).toEqual(['Ada Roe']);
  });

  it('is the person the text gave that age, not the subject ("Tom Pell met Ana Ruiz, 36")', () => {
    expect(speakers('Tom Pell met Ana Ruiz, 36, at the harbour. "It was a long wait," the 36-year-old said.')).toEqual(['Ana Ruiz']);
  });

  it('passes a person of another age or gender, and one before "a 19-year-old" the text brings in', () => {
    expect(speakers('Tom Pell, 52, spoke to the council on Monday. "It was a long wait," the 36-year-old said.')).toEqual(['36-year-old']);
    expect(speakers('Tom Pell spoke to the council on Monday. "It was a long wait," the 36-year-old mother said.')).toEqual(['36-year-old mother']);
    expect(speakers('Tom Pell said the harbour was closed. Police arrested a 19-year-old man. The 19-year-old said he was innocent.')).toEqual([
      'Tom Pell',
      '19-year-old',
    ]);
  });

  it('is no one named before when the age owns the phrase or describes a body ("the 36-year-old\'s lawyer", "the 150-year-old firm")', () => {
    expect(speakers('Tom Pell was charged on Monday. "He is innocent," the 36-year-old\'s lawyer said.')).toEqual(["36-year-old's lawyer"]);
    expect(speakers('Tom Pell runs Gull Works in Salem. "We will stay," the 150-year-old firm said.')).toEqual(['150-year-old firm']);
  });

  it('stays the description when the person was named more than two sentences before', () => {
    expect(speakers('Tom Pell opened the shop in May. The boats stayed in. The harbour was quiet. "It was a long wait," the 31-year-old said.')).toEqual([
      '31-year-old',
    ]);
  });

  it('stays the description with no person named in the sentences before, or when indefinite', () => {
    expect(speakers('The harbour was quiet all week. The boats stayed in. "It was a long wait," the 31-year-old said.')).toEqual(['31-year-old']);
    expect(speakers('Tom Pell runs the harbour. "It was a long wait," a 31-year-old said.')).toEqual(['31-year-old']);
  });
});

// spk12 (issue 13, pronoun speakers): a name inside an adjunct opening the pronoun's own sentence
// is someone the subject met, not the pronoun (made-up articles).

describe('a "he"/"she" after an opening adjunct that names someone', () => {
  const speakers = (body: string) => speakersOf(`Harbour Town News\n\n${body}`);

  it('goes back past the adjunct\'s name ("But standing next to Tom Pell he added …")', () => {
    expect(speakers('Ian Roe spoke to the harbour board on Monday. But standing next to Tom Pell he added that the fees would rise.')).toEqual(['Ian Roe']);
    expect(speakers('Ian Roe spoke to the harbour board on Monday. After a meeting with Tom Pell, he said the fees would rise.')).toEqual(['Ian Roe']);
  });

  it('still takes the subject of an opening clause with a finite verb, or a topic ("After Tom Pell was elected", "As for Tom Pell")', () => {
    expect(speakers('Ian Roe spoke to the harbour board on Monday. After Tom Pell was elected, he said the fees would rise.')).toEqual(['Tom Pell']);
    expect(speakers('Ian Roe spoke to the harbour board on Monday. As for Tom Pell, he said the fees would rise.')).toEqual(['Tom Pell']);
  });

  it('still takes a name from a finite relative clause inside a prepositional opening ("Before the vote Tom Pell had called")', () => {
    // (The preposition opens the adjunct, but the name is the subject of a clause with its own verb.)
    expect(speakers('Jim Roe spoke first. Before the vote Tom Pell had called, he said the plan was fair.')).toEqual(['Tom Pell']);
    expect(speakers('Jim Roe spoke first. After the vote Tom Pell called, he said the plan was fair.')).toEqual(['Tom Pell']);
    expect(speakers('Jim Roe spoke first. In the years Tom Pell was mayor, he said the fees rose.')).toEqual(['Tom Pell']);
  });
});
