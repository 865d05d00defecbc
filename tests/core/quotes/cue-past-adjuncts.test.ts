import { describe, expect, it } from 'vitest';
import { sentenceQuotes as quoteParts } from './sentence-fixture.js';

/**
 * Issue 13's recall round of helper recn2: speech attributions precis found nothing for on PolNeAR
 * train, as made-up sentences. Each case is [what it shows, the sentence, the [speaker, parts] of
 * each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a quote after its cue past adjuncts set off by commas, one with a participle on its noun',
    'Ana Roe said on the radio on Monday, in reply to a sailor born in Dover, “The sea wall will be finished by May.”',
    [['Ana Roe', ['The sea wall will be finished by May.']]],
  ],
  [
    'a quote after its cue past a subordinate clause between commas',
    'Tom Pell first said in the autumn, when the old mast fell, “Nobody was on deck at the time.”',
    [['Tom Pell', ['Nobody was on deck at the time.']]],
  ],
  [
    'not past a clause of its own whose verb of voice takes the quote',
    'Ana Roe said on Monday, as the sailors who stood on the pier chanted, “Lock him up.”',
    [],
  ],
  ['not past "as X put it", whose speaker the quote is', 'Ana Roe said on Monday, as her rival Tom Pell put it, “The wall is a joke.”', []],
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
    'a quote after its cue past an adjunct with a hyphenated participle, no verb of a clause of its own',
    'Ana Roe said at the long-awaited hearing on Monday, “The sea wall will be finished by May.”',
    [['Ana Roe', ['The sea wall will be finished by May.']]],
  ],
  [
    'a hyphenated modifier ending in a cue word is no cue of its own, near the comma or far from it',
    'Ana Roe said in her long-promised speech on the levy, “The sea wall will be finished by May.”',
    [['Ana Roe', ['The sea wall will be finished by May.']]],
  ],
  [
    "not past the cue's object: the quote stands in apposition to what was noted",
    'Many sailors noted on the forum the swap of the flag, on the mast since 1990, “Blue Gull.”',
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
  [
    "a participle cue after an aspectual verb has the sentence's subject",
    'Ana Roe began arguing that the sea wall was one more reason to raise the levy.',
    [['Ana Roe', ['the sea wall was one more reason to raise the levy']]],
  ],
  [
    'a participle cue after a dash and an adverb',
    'Ana Roe refused to comment on the pier - only saying that she was glad the vote was over.',
    [['Ana Roe', ['she was glad the vote was over']]],
  ],
  [
    'not between a pair of dashes: the aside hangs on the noun before it',
    'Ana Roe will face Tom Pell – now saying he backs the levy – in the June race for the board.',
    [],
  ],
  [
    'not after a comma and an adverb: the participle may hang on the noun before the comma',
    'Tom Pell turned tougher on the board, eventually saying the wall would be a disaster.',
    [],
  ],
  ['not after an aspectual verb opening the sentence, with no subject', 'Keeps saying the wall will hold, when there are records of it failing.', []],
  [
    'a participle cue after `in`',
    'Ana Roe clearly erred in saying that the figure came from the harbour board.',
    [['Ana Roe', ['the figure came from the harbour board']]],
  ],
  [
    'a participle cue after `to` in a phrase opening the sentence, whose statement ends at the main clause',
    'In addition to stating that the pier has no owner, Ana Roe has vowed to repeal the levy.',
    [['Ana Roe', ['the pier has no owner']]],
  ],
  [
    "a request after `started`, ending before the writer's participle `creating`",
    'Tom Pell has lately started asking his sailors to raise their right hands, creating scenes that critics have likened to the salutes of Nero and Caligula.',
    [['Tom Pell', ['his sailors to raise their right hands']]],
  ],
  [
    "the main clause's own progressive cue after an opening phrase with no comma, whose statement runs past a relative clause",
    'On Monday the board was once again saying that the levy, which rose in May, would rise.',
    [['the board', ['the levy, which rose in May, would rise']]],
  ],
  [
    "the main clause's own cue after an aspectual verb, after an opening phrase with no comma",
    'At the hearing the pilots kept insisting that the pier, built in 1890, would fail.',
    [['the pilots', ['the pier, built in 1890, would fail']]],
  ],
  ['not a participle after `in` on a noun', 'The party has no chance in claiming power, and the race will stay a two-horse race.', []],
  [
    'not a participle after a comma and a subordinator wink reads as an adverb',
    'However, when adding the figures for May, the harbour record ended in positive territory.',
    [],
  ],
  [
    '`according to` opening the clause after a colon: the statement is what follows its comma',
    'The levy has not gone unnoticed: according to harbour records, the ferry has lost about 300 sailings since March.',
    [['harbour records', ['the ferry has lost about 300 sailings since March']]],
  ],
  [
    '`according to` after a semicolon: the statement before it ends there',
    'The numbers are stark: according to the board, 300 sailings were lost; according to Tom Pell, the true figure is higher.',
    [
      ['the board', ['300 sailings were lost']],
      ['Tom Pell', ['the true figure is higher']],
    ],
  ],
  [
    '`as X noted` after a comma and a conjunction',
    'Sailors can still be fined, and as Ana Roe noted, the owners of the old pier could still face the board.',
    [['Ana Roe', ['the owners of the old pier could still face the board']]],
  ],
];

describe('extractQuotes: a cue before its quote past adjuncts; participle cues; according to', () => {
  it.each(CASES)('%s', (_what, sentence, expected) => {
    expect(quoteParts(sentence)).toEqual(expected);
  });
});
