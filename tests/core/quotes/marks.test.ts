import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../src/core/quotes/marks.js';
import type { Block } from '../../../src/core/types.js';
import { quoteParts } from './parsed-fixture.js';

function paragraphs(...texts: string[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let offset = 0;
  for (const t of texts) {
    blocks.push({ kind: 'paragraph', start: offset, end: offset + t.length });
    offset += t.length + 2;
  }
  return { text: texts.join('\n\n'), blocks };
}

/** The quoted words of each span found in an article of these paragraphs. */
function inner(...texts: string[]): string[][] {
  const { text, blocks } = paragraphs(...texts);
  return findQuotedSpans(text, blocks).map((q) => q.parts.map((p) => text.slice(p.start, p.end)));
}

describe('findQuotedSpans', () => {
  it('pairs curly marks', () => {
    expect(inner('He said “yes” and “no”.')).toEqual([['yes'], ['no']]);
  });

  it('pairs straight marks and two-apostrophe marks', () => {
    expect(inner(`He said "yes" and ''no''.`)).toEqual([['yes'], ['no']]);
  });

  it('nests a quote inside a quote', () => {
    expect(inner('“Say “when” now,” he said.')).toEqual([['Say “when” now,']]);
  });

  it('runs over paragraphs that each open with a mark', () => {
    expect(inner('“One.', '“Two.', '“Three.”')).toEqual([['One.', 'Two.', 'Three.']]);
  });

  it('drops a quote left open when the next paragraph does not open with a mark', () => {
    expect(inner('“One.', 'Two.')).toEqual([]);
  });

  it('ignores an odd stray straight mark in a paragraph of curly marks', () => {
    expect(inner('"Kevin was asleep. “Here he is,” she said.')).toEqual([['Here he is,']]);
  });

  it('reads single marks as the quotes of an article that has no double marks', () => {
    expect(inner('‘We will win,’ she said. It’s the players’ day.', '‘Next year.’')).toEqual([['We will win,'], ['Next year.']]);
  });

  it('leaves single marks alone when the article has double ones', () => {
    expect(inner('“He said ‘no’ twice,” she said. It’s over.')).toEqual([['He said ‘no’ twice,']]);
  });
});

describe('paragraphs of one quote run together', () => {
  it('a mark opening after a full stop inside an open quote starts its next part (double and single marks)', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['‘', '’'],
    ]) {
      const text = `Roe said: ${open}The race is never easy. There is only excitement. ${open}It is good for the sport.${close} Roe left.`;
      const spans = findQuotedSpans(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
      expect(spans.map((s) => s.parts.map((p) => text.slice(p.start, p.end)))).toEqual([
        ['The race is never easy. There is only excitement.', 'It is good for the sport.'],
      ]);
    }
  });

  it('a straight mark spaced on both sides after a full stop closes the open quote', () => {
    const text = '"I was a rusty pilot who had not flown for years... " Roe later recalled.';
    const spans = findQuotedSpans(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(spans.map((s) => text.slice(s.parts[0]!.start, s.parts[0]!.end))).toEqual(['I was a rusty pilot who had not flown for years...']);
  });

  it('so does one spaced after an inner quote closing at the end ("… say, \'Good sailing,\' " said Roe)', () => {
    expect(inner('"When the race is fair, you shake hands and say, \'Good sailing,\' " said Ann Roe, a legislator. "When it is rigged, you do not."')).toEqual([
      ["When the race is fair, you shake hands and say, 'Good sailing,'"],
      ['When it is rigged, you do not.'],
    ]);
  });
});

/**
 * Issue 13, helper bound2's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const STRAIGHT_MARKS: [string, string, [string | null, string[]][]][] = [
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
];

describe('extractQuotes: straight marks by an ellipsis or spaced on both sides', () => {
  it.each(STRAIGHT_MARKS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

describe('extractQuotes: a closing mark glued to the stop that ends its sentence', () => {
  it('two apostrophes close the quote and its sentence, so the next sentence is no part of it', () => {
    expect(quoteParts("The mayor spoke at noon. ''We will build it.'' The council met on Monday. She said, ''It is late.'' Then she left the hall.")).toEqual([
      ['She', ['It is late.']],
    ]);
  });

  it('also after a "?" or "!", and a » after its stop', () => {
    expect(
      quoteParts("Tom Pell spoke at noon. ''Why now?'' he asked. ''Go home!'' The guards shouted it twice. Ann Roe said, ''Who knows?'' Then she left."),
    ).toEqual([
      ['he', ['Why now?', 'Go home!']],
      ['Ann Roe', ['Who knows?']],
    ]);
    expect(quoteParts('Tom Pell left the hall. Ann Roe said, «It is late.» The council met on Monday.')).toEqual([['Ann Roe', ['It is late.']]]);
  });

  it("of three apostrophes after a word, the first closes the inner quote and the last two the outer one (''… 'Go home.''')", () => {
    expect(quoteParts("Tom Pell said, ''Do not yell, 'Go home.''' Then he left the hall. The council met on Monday.")).toEqual([
      ['Tom Pell', ["Do not yell, 'Go home.'"]],
    ]);
  });

  it("three apostrophes after a space open the outer quote and then the inner one ('''Go home,' …'')", () => {
    expect(quoteParts("Tom Pell said, '''Go home,' she told me.'' Then he left the hall.")).toEqual([['Tom Pell', ["'Go home,' she told me."]]]);
  });
});
