import { describe, expect, it } from 'vitest';
import { reportedPairs } from './reported-fixture.js';

/**
 * Issue 13's recall round (rec7), on made-up sentences (every name invented): "sounded a <adjective>
 * note about X" is a remark about X. Each case is [what it shows, the sentence, the [speaker
 * phrase, content] expected].
 */
const NOTES: [string, string, [string | null, string][]][] = [
  ['"about": the topic', 'Mayor Tom Pell sounded a cautious note about the new harbour budget.', [['Mayor Tom Pell', 'the new harbour budget']]],
  ['"for", with a free relative', 'Ada Finch sounded a nostalgic note for what the old port had been.', [['Ada Finch', 'what the old port had been']]],
  ['"on", ending before the speaker\'s next act', 'Ada Finch sounded an upbeat note on the ferry talks, and left.', [['Ada Finch', 'the ferry talks']]],
];

/** Sounds that say nothing about a topic. */
const NOT_NOTES: [string, string][] = [
  ['a note of a manner, with no topic', 'The siren sounded a note of alarm over the harbour.'],
  ['the alarm, no note', 'Tom Pell sounded the alarm about the harbour budget.'],
];

describe('findReportedSpeech: "sounded a … note about X"', () => {
  it.each(NOTES)('%s', (_what, body, pairs) => {
    expect(reportedPairs(body)).toEqual(pairs);
  });
  it.each(NOT_NOTES)('%s', (_what, body) => {
    expect(reportedPairs(body)).toEqual([]);
  });
});
