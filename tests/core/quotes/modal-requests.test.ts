import { describe, expect, it } from 'vitest';
import { cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';

/**
 * Recall round rec9: a request after a modal ("can ask them to …") had no subject, the modal being
 * no step between a subject and its cue. Made-up sentences, every name invented. Each case is
 * [what it shows, the body, the [speaker, parts] expected].
 */
function quoteParts(body: string): [string | null, string[]][] {
  const parsed = parseArticle(cleanArticle(`Harbour news\n\nThe race went on. ${body}`));
  return extractQuotes(parsed, []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => p.text)]);
}

const CASES: [string, string, [string | null, string[]][]][] = [
  ['a request after "can"', 'Ana Vale can ask them to crew a different boat.', [['Ana Vale', ['them to crew a different boat']]]],
  [
    'a progressive request after "would be"',
    'Most of the pilots would be asking her to stand down before the vote.',
    [['the pilots', ['her to stand down before the vote']]],
  ],
  [
    'a listener noun phrase, an adverb after the modal',
    'The harbour board should formally ask the port authority to refer the case.',
    [['The harbour board', ['the port authority to refer the case']]],
  ],
];

/** A modal before a cue with no request stays a supposition. */
const SUPPOSED: [string, string, [string | null, string[]][]][] = [
  ['a clause after "could say"', 'Vale could say the levy is dead.', []],
  ['"can ask" with no infinitive', 'Vale can ask about the levy later.', []],
];

describe('modalRequestSubject: a request after a modal', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
  it.each(SUPPOSED)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
