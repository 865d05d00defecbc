import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';

/**
 * Issue 13's recall round of helper recn3: speech attributions precis found nothing for on PolNeAR
 * train, as made-up sentences. Each case is [what it shows, the sentence, the [speaker, parts] of
 * each quote expected].
 */
function quoteParts(sentence: string): [string | null, string[]][] {
  return analyze(`Harbour News\n\n${BODY}\n\n${sentence}`).quotes.map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => p.text)]);
}

const BODY = 'The harbour board met on Monday to hear the plans for the new sea wall.';

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
    'a statement goes on past a semicolon right after its final cue',
    'The leaks were no oversights, Ana Roe noted; the board had hidden its own reports from the judge.',
    [['Ana Roe', ['The leaks were no oversights', 'the board had hidden its own reports from the judge']]],
  ],
  ['not a semicolon standing for a colon before a quotation', 'The vote will be close, Tom Pell said; “I have a day job and it keeps me busy.”', []],
  [
    '"but has since said …": a coordinated cue past "since", which wink tags a subordinator',
    'Tom Pell has backed a higher levy for years but has since said he now believes the harbour needs a new plan.',
    [['Tom Pell', ['he now believes the harbour needs a new plan']]],
  ],
];

describe('extractQuotes: the recall round of recn3', () => {
  it.each(CASES)('%s', (_what, sentence, expected) => {
    expect(quoteParts(sentence)).toEqual(expected);
  });
});
