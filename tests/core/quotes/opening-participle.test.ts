import { describe, expect, it } from 'vitest';
import { quotes } from './sentence-fixture.js';

describe('a perfect participle opening the sentence ("Having announced that …, X …")', () => {
  it('reports the clause up to the comma, and the main clause subject speaks, as "Noting that …, X …" does', () => {
    expect(quotes('Having announced that the levy would rise, Judge Tom Pell proceeded to hand down his ruling.')).toEqual([
      ['announced', 'Tom Pell', 'the levy would rise'],
    ]);
    expect(quotes('Having said that the levy would rise, the mayor left the hall.')).toEqual([['said', 'mayor', 'the levy would rise']]);
  });

  it('makes no speaker of "Having" in the idiom "Having said that, …"', () => {
    expect(quotes('Having said that, Tom Pell is looking in much better shape.')).toEqual([]);
  });
});
