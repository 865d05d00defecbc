import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';

/**
 * Issue 13's precision round (branch prc11): words precis took for a statement that nobody made,
 * as made-up sentences. Each case is [what it shows, the article body, the [speaker, parts] of
 * each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    "an opening time and subordinate clause before a final cue's subject are the writer's scene, not what was written",
    'On Monday, even as prices were falling, Tom Pell wrote to shareholders, telling them the firm was sound.',
    [['Tom Pell', ['the firm was sound']]],
  ],
  ['nor an opening participle phrase before it', 'Weighing in on the debate, the mayor Ann Roe agreed, praising the plan.', []],
  [
    'a subordinator that takes a phrase of its own (since then, after that, as a result) opens no scene: the main clause follows',
    'Since then the pier has stayed shut, Tom Pell said. After that the talks broke down, Ann Roe said. As a result the fees rose, Pell said.',
    [
      ['Tom Pell', ['Since then the pier has stayed shut']],
      ['Ann Roe', ['After that the talks broke down']],
      ['Pell', ['As a result the fees rose']],
    ],
  ],
  [
    'a statement after its scene still counts',
    'On Monday, as prices fell, the firm was sound, Tom Pell wrote.',
    [['Tom Pell', ['On Monday, as prices fell, the firm was sound']]],
  ],
  [
    "'as' before a cue with an object of its own times an act: the writer's clause after it is nobody's statement",
    'As Pell and Roe lamented the toll, the mayor took a moment to greet the crowd.',
    [],
  ],
  ['nor with an object that has no determiner', 'As Pell lamented rising harbour fees, the mayor waved to the crowd.', []],
  [
    "'as' before a cue and a time leans on its speaker",
    'As Pell said last week, the toll has doubled since May.',
    [['Pell', ['the toll has doubled since May']]],
  ],
  [
    "'as' before a cue with no object leans on its speaker",
    'As Pell noted last week, the toll has doubled since May.',
    [['Pell', ['the toll has doubled since May']]],
  ],
  [
    "nor does a listener of 'warn' make it an object",
    'As Roe warned the council, the pier will not last the winter.',
    [['Roe', ['the pier will not last the winter']]],
  ],
  [
    "a pronoun right before the comma of '…, said X' is the object of the clause before, not the cue's subject (who said nothing of the noun phrase after the cue)",
    'So that ends it, said forty ferry riders who had lost their passes.',
    [['ferry riders', ['So that ends it']]],
  ],
];

describe('extractQuotes: no statement where nobody made one', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
