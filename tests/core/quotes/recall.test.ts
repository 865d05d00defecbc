import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article.js';
import { parseArticle } from '../../../src/core/nlp/parse.js';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import type { Quote } from '../../../src/core/types.js';

// Issue 13: speech attributions that used to be missed. Fixtures are sentences we wrote
// ourselves; every name in them is invented.
function quotesOf(body: string): Quote[] {
  return extractQuotes(parseArticle(cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`)), []);
}

function withCue(body: string, cue: string): Quote {
  const found = quotesOf(body).filter((q) => q.cue.toLowerCase() === cue.toLowerCase());
  expect(found, `one quote with the cue "${cue}"`).toHaveLength(1);
  return found[0]!;
}

describe('speech attributions found since issue 13', () => {
  it('reads a lone noun before a cue set off by commas as the start of the statement', () => {
    const q = withCue('The tide was high on Tuesday. Survival, Ada Finch says, depends on giving the fishermen what they really want.', 'says');
    expect(q.parts.map((p) => p.text)).toEqual(['Survival', 'depends on giving the fishermen what they really want']);
    expect(q.speaker?.name).toBe('Ada Finch');
  });

  it('reads a lone name before a cue set off by commas as the subject of the statement', () => {
    const q = withCue('The tide was high on Tuesday. Greenfield, Tom Becker said, has built a strange and unhappy harbour.', 'said');
    expect(q.parts.map((p) => p.text)).toEqual(['Greenfield', 'has built a strange and unhappy harbour']);
  });

  it('takes a cue wink tags as a noun after a comma and before "that" (", warning that …")', () => {
    const q = withCue('The tide was high on Tuesday. On Wednesday, Ada Finch seemed to know the mayor well, warning that Tom Becker is still in control of the council.', 'warning');
    expect(q.text).toBe('Tom Becker is still in control of the council');
    expect(q.speaker?.name).toBe('Ada Finch');
  });

  it('takes a participle cue after "but" ("… but insisting that …")', () => {
    const q = withCue('The tide was high on Tuesday. Tom Becker attacked the plan on Saturday, describing the wall as a relic but insisting that the fishermen had no right to complain.', 'insisting');
    expect(q.text).toBe('the fishermen had no right to complain');
    expect(q.speaker?.name).toBe('Tom Becker');
  });

  it('ends the statement where the speaker\'s next action starts ("says X and calls …")', () => {
    const q = withCue('The tide was high on Tuesday. Tom Becker says he respects the mayor and calls her a tireless worker with a fine record.', 'says');
    expect(q.text).toBe('he respects the mayor');
  });

  it('keeps a verb in another form after "and" inside the statement', () => {
    const q = withCue('The tide was high on Tuesday. Tom Becker said the wall was finished and painted in May.', 'said');
    expect(q.text).toBe('the wall was finished and painted in May');
  });
});
