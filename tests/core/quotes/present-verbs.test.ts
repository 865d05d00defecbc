import { describe, expect, it } from 'vitest';
import { cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';

/**
 * Issue 13's recall round (vrb8): a present-tense verb wink tags as a plural noun after a name
 * ("Pell trails/NOUN Roe") left its clause verbless and its subject unfound. Made-up sentences,
 * every name invented. Each case is [what it shows, the body, the [speaker, parts] expected].
 */
function quoteParts(body: string): [string | null, string[]][] {
  const parsed = parseArticle(cleanArticle(`Harbour news\n\nThe race went on. ${body}`));
  return extractQuotes(parsed, []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => p.text)]);
}

const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a clause before "according to" whose verb is read as a noun',
    "Pell trails Roe in Dover by 4 percentage points, according to the Gazette's polling average.",
    [["the Gazette's polling average", ['Pell trails Roe in Dover by 4 percentage points']]],
  ],
  [
    'the sentence subject of a participle cue, past a verb read as a noun',
    'Roe rips the plan to restructure the port debt, arguing that the deal favors creditors.',
    [['Roe', ['the deal favors creditors']]],
  ],
  [
    'a cue after a name whose own verb is read as a noun',
    "The Daily Gazette claims the union's refusal to back the plan is itself a form of sabotage.",
    [['Daily Gazette', ["the union's refusal to back the plan is itself a form of sabotage"]]],
  ],
  ['a verb before a name and a comma, no list', 'Pell trails Roe, Oren Vale says.', [['Oren Vale', ['Pell trails Roe']]]],
  ['a cue before a name and its verb', 'The Daily Gazette claims Ann Roe is hiding the report.', [['Daily Gazette', ['Ann Roe is hiding the report']]]],
];

/** Plurals that stay nouns: a listener after a verb, a people's adjective before names, the country's states. */
const NOUNS: [string, string, [string | null, string[]][]][] = [
  ['a listener after the cue', 'Tom Blair told Dover members the Tories offered a hard agenda.', [['Tom Blair', ['the Tories offered a hard agenda']]]],
  [
    'a plural after a demonym, before names',
    'Roe wants a levy of "$5 billion." Mexican presidents Vicente Lopez and Ana Ruiz promptly fired back at Roe over the levy.',
    [['Mexican presidents Vicente Lopez and Ana Ruiz', ['Roe wants a levy of "$5 billion."']]],
  ],
  ['"states" after a place, before names', 'In the 1990 vote, Gulf Coast states Texas, Alabama and Florida all backed Roe.', []],
  [
    'a plural before the names it heads and their verb',
    'Dover councillors Ann Roe and Tom Pell argued that the pier must close.',
    [['Dover councillors Ann Roe and Tom Pell', ['the pier must close']]],
  ],
  ['a plural before a time phrase', 'Dover pilots this week said the levy was too high.', [['Dover pilots', ['the levy was too high']]]],
];

describe('withPresentVerbs: a present-tense verb wink reads as a noun', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
  it.each(NOUNS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
