import { describe, expect, it } from 'vitest';
import { cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';

/** [first speaker mention, each part's text] of every quote in a made-up article. */
function quoteParts(body: string): [string | null, string[]][] {
  const article = cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`);
  return extractQuotes(parseArticle(article), []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => article.text.slice(p.start, p.end))]);
}

/**
 * Issue 13, helper bound2's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a past speech verb after "and" is the speaker’s next act: "questioned …"',
    'The council met on Monday. Jane Roe said the ferry fares would rise in May and questioned why the board had waited so long to tell the town.',
    [['Jane Roe', ['the ferry fares would rise in May']]],
  ],
  [
    '"questioned" only before a question it asks: bare, it is the reported subject’s act',
    'The council met on Monday. Jane Roe said officers stopped the ferry captain and questioned him for two hours.',
    [['Jane Roe', ['officers stopped the ferry captain and questioned him for two hours']]],
  ],
  [
    '"pointed out that …" is the speaker’s next act',
    'The council met on Monday. Jane Roe said the old wall was far too low and pointed out that the floods hit the east bank last winter.',
    [['Jane Roe', ['the old wall was far too low']]],
  ],
  [
    'but "pointed to …", "highlighted …" and "quoted …" may be the reported subject’s',
    'The council met on Monday. Tom Pell said inspectors walked along the wall and pointed to cracks. Jane Roe said auditors reviewed the accounts and highlighted three errors. Ana Ruiz said the paper interviewed him and quoted him.',
    [
      ['Tom Pell', ['inspectors walked along the wall and pointed to cracks']],
      ['Jane Roe', ['auditors reviewed the accounts and highlighted three errors']],
      ['Ana Ruiz', ['the paper interviewed him and quoted him']],
    ],
  ],
  [
    'a bare speech verb after "and" shares the statement’s modal, not the finite cue: "says he would … and tell …"',
    'The council met on Monday. Tom Pell says he would take the mayor down to the pier and tell her the wall is too low.',
    [['Tom Pell', ['he would take the mayor down to the pier and tell her the wall is too low']]],
  ],
  [
    'or a request’s infinitive: "asked X to … and say …"',
    'The rally went on late. Jane Roe asked the crowd to stand up and say the name of the ferry out loud.',
    [['Jane Roe', ['the crowd to stand up and say the name of the ferry out loud']]],
  ],
  [
    'a finite speech verb there is still the speaker’s next act: "says … and tells …"',
    'The council met on Monday. Tom Pell says the new wall is far too low and tells the mayor to build it higher.',
    [
      ['Tom Pell', ['the new wall is far too low']],
      ['Tom Pell', ['the mayor to build it higher']],
    ],
  ],
  [
    'but a bare speech verb after a subject pronoun is finite, a clause with a cue of its own: "… and they ask …"',
    'The council met on Monday. Tom Pell said the wall was too low and they ask the mayor to act.',
    [
      ['Tom Pell', ['the wall was too low']],
      ['they', ['the mayor to act']],
    ],
  ],
  [
    'and after a bare cue a bare speech verb is the next act: "residents say … and ask …"',
    'The council met on Monday. Residents say the wall is too low and ask the mayor to raise it before May.',
    [
      ['Residents', ['the wall is too low']],
      ['Residents', ['the mayor to raise it before May']],
    ],
  ],
  [
    'a participle cue after "but" before "that" is a second cue, whatever the tagger reads it as ("… but warning that …")',
    'Some members praised the plan, saying Tom Pell had found a good site but warning that his style would have costs for the town.',
    [
      ['Some members', ['Tom Pell had found a good site']],
      ['Some members', ['his style would have costs for the town']],
    ],
  ],
  [
    'also after "and"',
    'Some members praised the plan, saying Tom Pell had found a good site and warning that his style would have costs for the town.',
    [
      ['Some members', ['Tom Pell had found a good site']],
      ['Some members', ['his style would have costs for the town']],
    ],
  ],
  [
    'not a noun after "and" with no participle before it ("the advice and warning that …")',
    'The council met on Monday. Jane Roe said the town ignored the advice and warning that the wall would fail.',
    [['Jane Roe', ['the town ignored the advice and warning that the wall would fail']]],
  ],
  [
    'nor a noun before its relative clause ("the notice and warning that followed …")',
    'Some members praised the plan, saying the notice and warning that followed the storm were ignored.',
    [['Some members', ['the notice and warning that followed the storm were ignored']]],
  ],
  [
    'a list of indefinites after a comma is more of what was said, not an aside: "is a “crook,” a “liar” and a “bully.”"',
    'The council met on Monday. Jane Roe said Tom Pell is a “crook,” a “liar” and a “bully.”',
    [['Jane Roe', ['Tom Pell is a “crook,” a “liar” and a “bully.”']]],
  ],
  [
    'so is a list of three with a serial comma: "was a “crook,” a “liar,” and a “bully.”"',
    'The council met on Monday. Jane Roe said Tom Pell was a “crook,” a “liar,” and a “bully.”',
    [['Jane Roe', ['Tom Pell was a “crook,” a “liar,” and a “bully.”']]],
  ],
  [
    'but an apposition on a name stays the writer’s aside, list or not',
    'The council met on Monday. Jane Roe said the deal was struck by Tom Pell, a banker and a friend of the mayor.',
    [['Jane Roe', ['the deal was struck by Tom Pell']]],
  ],
  [
    'nor an aside with a verb of its own before "and a …"',
    'The council met on Monday. Tom Pell said the levy was a mistake, a claim the mayor denies and a rival disputes.',
    [['Tom Pell', ['the levy was a mistake']]],
  ],
  [
    'a straight mark before an ellipsis opens a quote (the speaker’s words cut at the start): ". . . I just want …"',
    'The council met on Monday. "He is older now," said Tom Pell. ". . . I just want someone who speaks like we do."',
    [['Tom Pell', ['He is older now', '. . . I just want someone who speaks like we do.']]],
  ],
  [
    'also "..." glued to the first word',
    'The ferry left at noon. "...I just want someone who speaks like we do," said Tom Pell.',
    [['Tom Pell', ['...I just want someone who speaks like we do']]],
  ],
  [
    'a straight mark spaced on both sides closes after an inner quote that ends on a word ("… the \'harbour two-step\' " - …")',
    'The council met on Monday.\n\n"The key group is older women," said Jane Roe. "Moss has to keep her support. Finch has to do the \'harbour two-step\' " - raising his name first.\n\n"The pier is safe," Tom Pell said.',
    [
      ['Jane Roe', ['The key group is older women', "Moss has to keep her support. Finch has to do the 'harbour two-step'"]],
      ['Tom Pell', ['The pier is safe']],
    ],
  ],
  [
    'a quote going on after its cue stops at its marks when a dash hands over to the writer',
    'The council met on Monday. “The key group is older women,” said Jane Roe. “Finch has to do the sea wall first” - raising his name among voters.',
    [['Jane Roe', ['The key group is older women', 'Finch has to do the sea wall first']]],
  ],
  [
    'also an em dash',
    'The council met on Monday. “The key group is older women,” said Jane Roe. “Finch has to do the sea wall first” — raising his name among voters.',
    [['Jane Roe', ['The key group is older women', 'Finch has to do the sea wall first']]],
  ],
  [
    'not after a word with no inner quote opened before it (an elision: a "lyin\' " rival is a term, not a quote)',
    'First, Tom Pell attacked the former mayor for being a "failed leader." Then he turned to "little" Jane Roe. He angrily listed his recent wins. Somewhere in there, he tossed in a "lyin\' " Ted Moss.',
    [],
  ],
  [
    'the next act takes the form of the verb that governs the cue: "continues to insist that A and refuses to …"',
    'The council met on Monday. Tom Pell continues to insist that he will fight on to the vote in May and refuses to answer questions about the levy.',
    [['Tom Pell', ['he will fight on to the vote in May']]],
  ],
  [
    '"goes on to say that A and calls …"',
    'The council met on Monday. In the letter, Jane Roe goes on to say that the sea wall is too low and calls the plan a waste of money.',
    [['Jane Roe', ['the sea wall is too low']]],
  ],
];

describe('quote boundaries, bound2 round (issue 13)', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

describe('a list of indefinites with a serial comma', () => {
  it('ends before "and a …" that is a clause’s subject: "a blunder, a costly one, and a lawyer for the port agreed"', () => {
    const parts = quoteParts('The council met on Monday. Jane Roe said the levy was a blunder, a costly one, and a lawyer for the port agreed.');
    expect(parts.map(([speaker]) => speaker)).toEqual(['Jane Roe']);
    expect(parts[0]![1].join(' ')).not.toContain('lawyer');
  });

  it('goes on past a relative clause on the last item: "and a “bully” who lies"', () => {
    expect(quoteParts('The council met on Monday. Jane Roe said Tom Pell was a “crook,” a “liar,” and a “bully” who lies.')).toEqual([
      ['Jane Roe', ['Tom Pell was a “crook,” a “liar,” and a “bully” who lies']],
    ]);
  });
});
