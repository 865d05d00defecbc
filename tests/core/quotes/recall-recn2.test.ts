import { describe, expect, it } from 'vitest';
import { cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';

/**
 * Issue 13's recall round of helper recn2: speech attributions precis found nothing for on PolNeAR
 * train, as made-up sentences. Each case is [what it shows, the sentence, the [speaker, parts] of
 * each quote expected].
 */
function quoteParts(sentence: string): [string | null, string[]][] {
  const parsed = parseArticle(cleanArticle(`Harbour News\n\n${BODY}\n\n${sentence}`));
  return extractQuotes(parsed, []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => p.text)]);
}

const BODY = 'The harbour board met on Monday to hear the plans for the new sea wall.';

const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a quote after its cue past adjuncts set off by commas, one with a participle on its noun',
    'Ana Roe said on the radio on Monday, in reply to a sailor born in Dover, “The sea wall will be finished by May.”',
    [['Ana Roe', ['The sea wall will be finished by May.']]],
  ],
  [
    'a quote after its cue past a subordinate clause between commas',
    'Tom Pell initially said in the spring, when the first leak broke, “I did not sign any of the letters.”',
    [['Tom Pell', ['I did not sign any of the letters.']]],
  ],
  [
    'a quote after an inverted cue opening its sentence, past a relative clause on the speaker',
    'Said Jane Moss, who grew up near the pier, “We were all so proud of it.”',
    [['Jane Moss', ['We were all so proud of it.']]],
  ],
  [
    'a listener with a relative clause before the quote',
    'Ana Roe told the sailors who gathered in the old hall of the port, “The sea wall will be finished by May.”',
    [['Ana Roe', ['The sea wall will be finished by May.']]],
  ],
  [
    "not past the cue's object: the quote stands in apposition to what was noted",
    'Many sailors noted on Twitter the change from the motto, in use since 1990, “Harbour First.”',
    [],
  ],
  ["not past the cue's object after a possessive", 'Ana Roe wrote her first column on the pier, as the storms came, “We need a wall.”', []],
  [
    'not past a "that" of the cue\'s own clause, whose statement the quote ends',
    'Ana Roe tells sailors that after forty years of storms, as her father did, “It is time.”',
    [['Ana Roe', ['after forty years of storms, as her father did, “It is time.”']]],
  ],
  [
    'not before a lower-case quote, more often a fragment than a sentence of the speaker',
    'The board said in a note on Monday, as the storms came, “too little, too late.”',
    [],
  ],
];

describe('extractQuotes: the recall round of recn2', () => {
  it.each(CASES)('%s', (_what, sentence, expected) => {
    expect(quoteParts(sentence)).toEqual(expected);
  });
});
