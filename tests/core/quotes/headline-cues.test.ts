import { describe, expect, it } from 'vitest';
import { cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';
import { quotesOf } from './sentence-fixture.js';

/**
 * Issue 13's twelfth recall round (helper recn): speech attributions precis found nothing for on
 * train, as made-up sentences. Each case is [what it shows, the article, the [speaker, parts] of
 * each quote expected].
 */
function quoteParts(article: string): [string | null, string[]][] {
  const parsed = parseArticle(cleanArticle(article));
  return extractQuotes(parsed, []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => p.text)]);
}

const BODY = 'The harbour board met on Monday to hear the plans for the new sea wall.';

const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a title-case headline whose cue wink tags as a proper noun, with no verb in what was said',
    `Ana Roe Claims Tom Pell Most Qualified Harbour Master Ever\n\n${BODY}`,
    [['Ana Roe', ['Tom Pell Most Qualified Harbour Master Ever']]],
  ],
  [
    "a title-case headline's statement after `tell` and its listener",
    `Dennis Moss Tells Harbour Workers They Need To Change Course\n\n${BODY}`,
    [['Dennis Moss', ['They Need To Change Course']]],
  ],
  [
    "a title-case headline's announced object, up to the writer's clause after a dash",
    `Ana Roe Just Announced Her Pick For Harbour Master – It May Surprise You\n\n${BODY}`,
    [['Ana Roe', ['Her Pick For Harbour Master']]],
  ],
  [
    "a title-case headline's statement ends where the writer's `As` clause starts",
    `Ana Roe Says No To The Ferry Tax As Pell Turns Up The Heat\n\n${BODY}`,
    [['Ana Roe', ['No To The Ferry Tax']]],
  ],
  [
    "a hyphen inside a title-case headline's word is no dash",
    `Ana Roe Explains Why She Sees Tide-like Rhythms In Pell\n\n${BODY}`,
    [['Ana Roe', ['Why She Sees Tide-like Rhythms In Pell']]],
  ],
  [
    'a title-case headline whose subject opens it after a colon',
    `Wow: Ana Roe Just Said No To The Ferry Tax\n\n${BODY}`,
    [['Ana Roe', ['No To The Ferry Tax']]],
  ],
  // One headline per article: only the first line is read as a headline.
  ['no statement in a headline whose cue is a relative clause’s, after a count', `17 Things Sailors Said In 2015\n\n${BODY}`, []],
  ['no statement in a headline whose cue is a passive', `Tom Pell Was Told About The Sea Wall Plans\n\n${BODY}`, []],
  ['no statement in a headline whose cue is `ask` (a question follows)', `Tom Pell Asked About The Sea Wall Plans\n\n${BODY}`, []],
  ['no statement in a headline whose cue is a reply', `The Ferry Board Just Responded To Pell's Biggest Attack Yet\n\n${BODY}`, []],
  [
    'a cue that needs `that` takes a clause in the speaker’s own words, in marks, opening lower-case',
    `${BODY}\n\nThe ferry board's statement then declares “the matter of the sea wall is now closed.”`,
    [["The ferry board's statement", ['“the matter of the sea wall is now closed.”']]],
  ],
  [
    'the verb of a clause after a cue that needs `that` may open the words in marks after its subject',
    `${BODY}\n\nAna Roe spoke in Dover on Friday, noting the harbour master “makes every sailor want to weep.”`,
    [['Ana Roe', ['the harbour master “makes every sailor want to weep.”']]],
  ],
  [
    'the same two clauses in two-apostrophe marks (two tokens)',
    `${BODY}\n\nThe ferry board's statement then declares ''the matter of the sea wall is now closed.''\n\nAna Roe spoke in Dover on Friday, noting the harbour master ''makes every sailor want to weep.''`,
    [
      ["The ferry board's statement", ["''the matter of the sea wall is now closed.''"]],
      ['Ana Roe', ["the harbour master ''makes every sailor want to weep.''"]],
    ],
  ],
  [
    'a quote after its cue hands over to a contrast with its own subject and verb',
    `${BODY}\n\nAna Roe spoke on Friday, saying, “Nobody claimed the pier was empty that night,” but she denied that the guards were on duty.`,
    [
      ['Ana Roe', ['Nobody claimed the pier was empty that night']],
      ['she', ['the guards were on duty']],
    ],
  ],
  [
    'a comma inside two-apostrophe closing marks (two tokens) hands over to the participle after them',
    `${BODY}\n\nAna Roe said: ''The pier will open in May,'' adding that the ferries would run all summer.`,
    [
      ['Ana Roe', ['The pier will open in May']],
      ['Ana Roe', ['the ferries would run all summer']],
    ],
  ],
  [
    'a cue that needs `that` takes a clause opening with an existential `there` and its verb',
    `${BODY}\n\nFor months, Ana Roe had praised the plan, stating there was room for a second slipway.`,
    [['Ana Roe', ['there was room for a second slipway']]],
  ],
  [
    "an announced object holds an amount and a participle's `being` (no clause of its own)",
    `${BODY}\n\nIn March, the Harbour Department announced a new 26% fee on foreign ferries being docked at the pier.`,
    [['Harbour Department', ['a new 26% fee on foreign ferries being docked at the pier']]],
  ],
  [
    'a perfect progressive cue the tagger reads as a noun after `been`, before `that`',
    `${BODY}\n\nThe town of Dover has been warning that its reserves will not last past the summer.`,
    [['The town of Dover', ['its reserves will not last past the summer']]],
  ],
  [
    'a request past a list of listeners, or past an aside on the listener',
    `${BODY}\n\nAfter the board asked Roe, Pell and Moss to search their old letters, the clerk left.\n\nAt the fair, Tom Pell asked Ana Roe, who is fourth in the count, to lay out her path to the job.`,
    [
      ['the board', ['Roe, Pell and Moss to search their old letters']],
      ['Tom Pell', ['Ana Roe, who is fourth in the count, to lay out her path to the job']],
    ],
  ],
  [
    'a sentence in the first paragraph is no headline: its rules are the body text’s',
    `Ana Roe told the board the sea wall would be late.\n\n${BODY}`,
    [['Ana Roe', ['the sea wall would be late']]],
  ],
];

describe('extractQuotes: title-case headlines, and clauses a cue that needs "that" takes', () => {
  it.each(CASES)('%s', (_what, article, expected) => {
    expect(quoteParts(article)).toEqual(expected);
  });

  it('names a headline speaker without the cue and claim after it (the name run stops at the retagged cue)', () => {
    const parsed = parseArticle(cleanArticle(`Ana Roe Claims Tom Pell Is Unfit To Serve\n\n${BODY}`));
    expect(extractQuotes(parsed, []).map((q) => [q.speaker?.name, q.parts.map((p) => p.text)])).toEqual([['Ana Roe', ['Tom Pell Is Unfit To Serve']]]);
  });
});

describe('a title-case headline', () => {
  const headline = (title: string) => quotesOf(`${title}\n\nThe vote is on Monday. The harbour is busy.`);

  it('reads a speech verb after an adverb as the cue ("Ana Roe Also Claims …")', () => {
    expect(headline('Ana Roe Also Claims Tom Pell Lied About Ferries')).toEqual([['Claims', 'Ana Roe', 'Tom Pell Lied About Ferries']]);
  });

  it('reads no base form or noun after a name as a cue ("… Pilot Claim Against …", "… Roe Warning On …")', () => {
    expect(headline('Harbour Pilot Claim Against Ferry Board Rejected By Court')).toEqual([]);
    expect(headline('Ana Roe Warning On Ferry Levy Ignored By Harbour Board')).toEqual([]);
  });

  it('reads a base form the tagger found a verb after a plural as the cue ("Harbour Pilots Warn …")', () => {
    expect(headline('Harbour Pilots Warn Ferry Levy Will Rise')).toEqual([['Warn', 'Harbour Pilots', 'Ferry Levy Will Rise']]);
  });

  it('leaves a quote in marks to the direct-quote rules', () => {
    expect(headline('Ana Roe Tells Harbour Workers At Rally, “We Will Win The Vote On Monday.”')).toEqual([
      ['Tells', 'Ana Roe', 'We Will Win The Vote On Monday.'],
    ]);
  });

  it('reads no statement before the comma or colon of a direct quote its cue introduces ("Roe Says Of Levy, “…”")', () => {
    expect(headline('Ana Roe Says Of Ferry Levy, “We Will Win The Vote.”')).toEqual([['Says', 'Ana Roe', 'We Will Win The Vote.']]);
    expect(headline('Ana Roe Writes In Letter To Board: “The Levy Is Unfair.”')).toEqual([['Writes', 'Ana Roe', 'The Levy Is Unfair.']]);
  });
});
