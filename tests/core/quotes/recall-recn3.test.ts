import { describe, expect, it } from 'vitest';
import { sentenceQuotes as quoteParts } from './sentence-fixture.js';

/**
 * Issue 13's recall round of helper recn3: speech attributions precis found nothing for on PolNeAR
 * train, as made-up sentences. Each case is [what it shows, the sentence, the [speaker, parts] of
 * each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a poll share and its group speak through the participle after them, not the sentence subject',
    'The storms have left 62 percent of sailors saying the harbour is growing worse.',
    [['62 percent of sailors', ['the harbour is growing worse']]],
  ],
  [
    '"N in M saying …", a participle the tagger reads as a noun',
    'Many sailors shrugged off the vote, with three in 10 saying the new wall would have no effect on their trade.',
    [['three in 10', ['the new wall would have no effect on their trade']]],
  ],
  [
    'not an amount after "by" or "to", a change or a level rather than a share of people, which did not speak',
    'The board cut its forecast by 5 percent saying the harbour trade had slowed.',
    [],
  ],
  [
    'a statement goes on past a semicolon right after its final cue',
    'The leaks were no oversights, Ana Roe noted; the board had hidden its own reports from the judge.',
    [['Ana Roe', ['The leaks were no oversights', 'the board had hidden its own reports from the judge']]],
  ],
  [
    "not past a semicolon after an opening subordinate clause, which is the writer's",
    'When the storms came, the wall failed, Tom Pell said; the board has since voted for a new one.',
    [],
  ],
  ['not a semicolon standing for a colon before a quotation', 'The vote will be close, Tom Pell said; “I have a day job and it keeps me busy.”', []],
  [
    "not a semicolon before a clause with a cue of its own: that clause is its own speaker's (the first statement is left unfound, as before the rule)",
    'The new wall is far too expensive, Tom Pell said; Ana Roe said it was cheap at the price.',
    [['Ana Roe', ['it was cheap at the price']]],
  ],
  [
    '"but has since said …": a coordinated cue past "since", which wink tags a subordinator',
    'Tom Pell has backed a higher levy for years but has since said he now believes the harbour needs a new plan.',
    [['Tom Pell', ['he now believes the harbour needs a new plan']]],
  ],
  [
    'a final cue\'s listener followed by the writer\'s clause ("as she …")',
    'This is not about the levy, Mayor Ana Roe told her closest advisers as she worked on the speech.',
    [['Ana Roe', ['This is not about the levy']]],
  ],
  [
    'a final cue\'s adjunct with the writer\'s gerund ("in posing …")',
    'Many sailors did not see themselves in the plan, journalist Ana Ruiz said in posing the question to Tom Pell.',
    [['Ana Ruiz', ['Many sailors did not see themselves in the plan']]],
  ],
  ['not after a passive cue', 'In a survey published by the Gazette, sailors in Dover were asked a series of questions while leaving the pier.', []],
  [
    "not after the cue's topic (a caption run into the sentence, as cleaned text has them)",
    'The vote is now real In a long piece in the Gazette, Ana Roe wrote about the toll taken on the port when the storms came.',
    [],
  ],
];

describe('extractQuotes: the recall round of recn3', () => {
  it.each(CASES)('%s', (_what, sentence, expected) => {
    expect(quoteParts(sentence)).toEqual(expected);
  });
});
