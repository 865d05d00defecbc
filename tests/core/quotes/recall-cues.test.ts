import { describe, expect, it } from 'vitest';
import { reportedPairs } from './reported-fixture.js';

/**
 * Cues, subjects and content boundaries of issue 13's fourth recall round, on made-up sentences:
 * each case is [what it shows, the sentence, the [speaker phrase, content] pairs expected].
 */
const FOUND: [string, string, [string | null, string][]][] = [
  [
    'a lone capitalised word opening the sentence, read as an adverb, speaks ("Jolly said he …")',
    'Jolly said he would be careful in cutting the harbour budget.',
    [['Jolly', 'he would be careful in cutting the harbour budget']],
  ],
  [
    'a hyphenated modifier of a description the tagger reads as an adjective ("The self-described socialist said")',
    'The self-described harbour socialist said he would win the vote if turnout were high.',
    [['The self-described harbour socialist', 'he would win the vote if turnout were high']],
  ],
  [
    '"who claim he will …": a present cue read as a noun, before a pronoun and an auxiliary',
    'The fishermen, who claim he will close the harbour, marched on the town hall.',
    [['The fishermen', 'he will close the harbour']],
  ],
  [
    'a perfect next action after a long adjunct ends the statement ("has said in a letter … that A and has called for B")',
    'Tessa Brook has said in a long letter to the harbour council that the tide gauges were broken and has called for new gauges.',
    [['Tessa Brook', 'the tide gauges were broken']],
  ],
  [
    '"before adding that …" is a second statement of the same speaker',
    'Oren Vale said the new wall would hold against the storms before adding that repairs were overdue.',
    [
      ['Oren Vale', 'the new wall would hold against the storms'],
      ['Oren Vale', 'repairs were overdue'],
    ],
  ],
  [
    'the subject across a sentence split inside a bracket ("Sen. Roe (I-Vt.) defended …, saying …")',
    'Sen. Oren Vale (I-Vt.) stood by his plan for a longer pier, saying the extra berths would pay for the work within a decade.',
    [['Sen. Oren Vale', 'the extra berths would pay for the work within a decade']],
  ],
  [
    'a poll\'s one-word answer, not the question before it ("Asked whether …, 61 percent said yes")',
    'Asked whether the ferry should run, 61 percent of harbour voters said yes.',
    [
      [null, 'whether the ferry should run'],
      ['61 percent of harbour voters', 'yes'],
    ],
  ],
  [
    'a person\'s "no" ending the sentence, which wink reads as the abbreviation "No." (rec10)',
    'Asked if he would stand again, Tom Vale said no.',
    [
      [null, 'if he would stand again'],
      ['Tom Vale', 'no'],
    ],
  ],
  [
    'a one-word answer before a phrase ("half said so in the spring count")',
    'Nine in ten say the wall is sound, after half said so in the spring count.',
    [
      ['Nine in ten', 'the wall is sound'],
      ['half', 'so'],
    ],
  ],
  [
    'a poll\'s share before "who" speaks ("including 18% who say they …")',
    'Most harbour voters dislike the plan, including 18% who say they would sell their boats.',
    [['18%', 'they would sell their boats']],
  ],
  [
    'a coordinated clause with a perfect cue ends the statement and is its own ("but officials have said …")',
    'The harbour board claimed the storm damage was light but state officials have said the figures look too low.',
    [
      ['The harbour board', 'the storm damage was light'],
      ['state officials', 'the figures look too low'],
    ],
  ],
  [
    'a relative clause with a cue stays inside the statement ("…, which some have argued was …, was …")',
    'Oren Vale said that the board’s notice, which some have argued was meant to scare the crews, was an insult to the harbour.',
    [['Oren Vale', 'the board’s notice, which some have argued was meant to scare the crews, was an insult to the harbour']],
  ],
  [
    '"before the storm" is a preposition\'s phrase before "that" ("said in an interview taped before the storm that …")',
    'Oren Vale had said in an interview taped before the storm that the harbour had contained the flood.',
    [['Oren Vale', 'the harbour had contained the flood']],
  ],
  [
    'a statement opening with a concessive clause ("says despite being …, she plans …")',
    'One harbour hopeful, Mara Quill, says despite being a Dover graduate, she plans to root for Kent.',
    [['Mara Quill', 'despite being a Dover graduate, she plans to root for Kent']],
  ],
  [
    'a statement opening with "no matter what …,"',
    'Harbour chief Oren Vale says no matter what the council does on tolls, the ferry will run.',
    [['Harbour chief Oren Vale', 'no matter what the council does on tolls, the ferry will run']],
  ],
  [
    'the subject before an aside, past an opening participle ("Reached by phone on Tuesday, Vale — who … — told X he …")',
    'Reached by phone on Tuesday, Vale — who is listed as a pilot in Kent — told The Harbour Post he is not planning an appeal of the ruling.',
    [['Vale', 'he is not planning an appeal of the ruling']],
  ],
  [
    'the subject before an aside in hyphens spaced as dashes ("Quill - his partner - told X that …")',
    "Mara Quill - Vale's partner on his radio show - told The Harbour Post that the doubts turned extreme.",
    [['Mara Quill', 'the doubts turned extreme']],
  ],
  [
    'a participle cue opening the sentence: its clause, the main clause\'s subject ("Noting that …, Quill put …")',
    'Noting that both wardens battled the harbour board, Mara Quill put her finger on one side of the race.',
    [['Mara Quill', 'both wardens battled the harbour board']],
  ],
  [
    'an aside in dashes between the cue and "that"',
    'His harbour chief Oren Vale said — on the radio, as it happens — that the town raised about $4 million that day.',
    [['His harbour chief Oren Vale', 'the town raised about $4 million that day']],
  ],
  [
    'an aside with a verb of its own between the cue and "that"',
    'The warden further stated, while testifying before the council earlier this month, that Vale was not truthful with the town.',
    [['The warden', 'Vale was not truthful with the town']],
  ],
  [
    'a present cue read as a noun after an aside\'s closing dash ("Vale — who … — states that …")',
    'In the book, Vale — who was posted at the harbour door for three years — states that a post on the ferry was dreaded.',
    [['Vale', 'a post on the ferry was dreaded']],
  ],
];

/** Sentences these rules must leave without reported speech: [why, the sentence]. */
const NOT_FOUND: [string, string][] = [
  ['a sentence-opening adverb does not speak ("Later said …")', 'Later said he would be careful in cutting the harbour budget.'],
  ['no answer word opening a longer phrase ("said so much")', 'Oren Vale said so much about the harbour at the long meeting.'],
  ['no answer after a negation ("did not say so")', 'The harbour master did not say so.'],
  ['"when" more often times the saying itself ("said when …, I …")', 'I said when I left the harbour board, I am not going to stay silent.'],
  ['no clause after an aside with a verb when no "that" follows', 'Oren Vale said, as the crowd roared at the gates, the wall would hold.'],
];

describe('findReportedSpeech: the fourth recall round', () => {
  it.each(FOUND)('%s', (_what, body, pairs) => {
    expect(reportedPairs(body)).toEqual(pairs);
  });
  it.each(NOT_FOUND)('%s', (_what, body) => {
    expect(reportedPairs(body)).toEqual([]);
  });
});
