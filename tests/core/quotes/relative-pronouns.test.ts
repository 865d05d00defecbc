import { describe, expect, it } from 'vitest';
import { speakersOf } from './parsed-fixture.js';

// spk13 (issue 13, speakers in ordinary news): the pronoun subject of a who/whom clause never
// stands for the name the clause hangs on (made-up articles).

const speakers = (body: string) => speakersOf(`Harbour Town News\n\n${body}`);

describe('a "he"/"she" right after "whom"/"who"', () => {
  it('is the subject before, not the name "whom" stands for ("Pell hammered Roe, whom he described as …")', () => {
    expect(speakers('Tom Pell hammered Roe, whom he described as "reckless with the harbour fund."')).toEqual(['Tom Pell']);
  });

  it('is someone before the name "who" stands for ("Roe, who she said was …")', () => {
    expect(speakers('Ann Pell spoke after the vote. Later she met Roe, who she said was "the wrong man for the pier."')).toEqual(['Ann Pell']);
  });
});

describe('a "she" after an opening clause that names a woman ("After Pell was elected, she said")', () => {
  it('is that woman when the article gave her gender', () => {
    expect(speakers('Ann Pell ran against Tom Roe in May. Roe conceded on Friday. After Pell was elected, she said the pier would be rebuilt.')).toEqual([
      'Ann Pell',
    ]);
  });

  it('is the woman before when the name in the clause is a man', () => {
    expect(speakers('Tom Pell ran against Mary Roe in May. After Pell was elected, she said the pier would be rebuilt.')).toEqual(['Mary Roe']);
  });
});
