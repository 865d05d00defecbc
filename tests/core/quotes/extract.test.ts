import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article.js';
import { parseArticle } from '../../../src/core/nlp/parse.js';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import type { Entity, Quote } from '../../../src/core/types.js';

// Fixtures are small articles we wrote ourselves; every name in them is invented.
function quotesOf(body: string, entities: readonly Entity[] = []): { quotes: Quote[]; text: string } {
  const parsed = parseArticle(cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`));
  return { quotes: extractQuotes(parsed, entities), text: parsed.article.text };
}

function only(body: string): Quote {
  const { quotes } = quotesOf(body);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
}

describe('direct quotes', () => {
  it('joins a quote split around its cue into one quote with both parts', () => {
    const { quotes, text } = quotesOf('Mayor Jane Holloway opened the meeting. “We will win,” she said, “and soon.”');
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(q.parts.map((p) => p.text)).toEqual(['We will win', 'and soon.']);
    expect(q.parts.map((p) => text.slice(p.start, p.end))).toEqual(['We will win', 'and soon.']);
    expect(q.text).toBe('We will win,” she said, “and soon.');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.cue).toBe('said');
    expect(text.slice(q.cueSpan!.start, q.cueSpan!.end)).toBe('said');
  });

  it('resolves "she" to the nearest earlier woman, not the nearer man', () => {
    const q = quotesOf('Mayor Jane Holloway met Tom Becker on Monday. “We will win,” she said.').quotes[0]!;
    expect(q.speaker?.name).toBe('Jane Holloway');
    expect(q.speaker?.mentions[0]?.text).toBe('she');
  });

  it('resolves "he" to the nearest earlier man', () => {
    const q = quotesOf('Mayor Jane Holloway met Tom Becker on Monday. “The gates failed,” he said.').quotes[0]!;
    expect(q.speaker?.name).toBe('Tom Becker');
  });

  it('takes a quote after a colon, with the speaker before the cue', () => {
    const q = only('Tom Becker, the harbour master, said: “The wall is older than my grandfather.”');
    expect(q.text).toBe('The wall is older than my grandfather.');
    expect(q.speaker?.name).toBe('Tom Becker');
    expect(q.kind).toBe('direct');
  });

  it('takes an inverted cue ("said Becker") and resolves the surname to the full name', () => {
    const q = only('Tom Becker is the harbour master.\n\n“The storm broke three gates,” said Becker.');
    expect(q.speaker?.name).toBe('Tom Becker');
    expect(q.speaker?.mentions.map((m) => m.text)).toContain('Becker');
  });

  it('runs a quote over paragraphs: each opens with a mark, only the last closes', () => {
    const q = only('“The storm in January broke three gates,” said Tom Becker. “It cost the town a fortune.\n\n“Next winter will be worse if we wait.”');
    expect(q.parts.map((p) => p.text)).toEqual([
      'The storm in January broke three gates',
      'It cost the town a fortune.',
      'Next winter will be worse if we wait.',
    ]);
  });

  it('keeps a quote inside a quote as part of the outer one', () => {
    const q = only('“My father used to say ‘the sea always wins’ and he was right,” Tom Becker told reporters.');
    expect(q.text).toBe('My father used to say ‘the sea always wins’ and he was right');
    expect(q.cue).toBe('told');
  });

  it('keeps a straight-quoted quote inside a curly one whole', () => {
    const q = only('“He kept shouting "hold the line" all night long,” said Tom Becker.');
    expect(q.text).toBe('He kept shouting "hold the line" all night long');
  });

  it('reads straight marks and the two-apostrophe marks of newspaper archives', () => {
    expect(only('"The money is gone," said Tom Becker.').text).toBe('The money is gone');
    expect(only("''The money is gone,'' said Tom Becker.").text).toBe('The money is gone');
  });

  it('goes on with a two-apostrophe quote after an abbreviation that ends the cue ("of Portland, Ore. \'\'We …")', () => {
    const { quotes } = quotesOf(
      "''The harbour is safe,'' said Mara Lind, 40, of Portland, Ore. ''We checked every wall twice this year.''\n\nThe board met later.",
    );
    expect(quotes.map((q) => q.parts.map((p) => p.text))).toEqual([['The harbour is safe', 'We checked every wall twice this year.']]);
  });

  it('reads British single marks when an article has no double ones', () => {
    const q = only('‘The wall has saved this town twice,’ said Tom Becker.');
    expect(q.text).toBe('The wall has saved this town twice');
    expect(q.speaker?.name).toBe('Tom Becker');
  });

  it('signs a quote with a dash and a name', () => {
    const q = only('“The wall has saved this town twice already.” ― Jane Holloway');
    expect(q.speaker?.name).toBe('Jane Holloway');
  });

  it('drops scare quotes and titles in marks', () => {
    expect(quotesOf('The plan, a “bold gamble” by any measure, passed on Tuesday.').quotes).toEqual([]);
    expect(quotesOf('The council ordered a report called “The Future of the Harbour” last week.').quotes).toEqual([]);
  });

  it('attributes words in marks to the subject of a naming verb', () => {
    const q = only('Mayor Jane Holloway called the plan “a reckless gamble with our money”.');
    expect(q.kind).toBe('indirect');
    expect(q.cue).toBe('called');
    expect(q.speaker?.name).toBe('Jane Holloway');
    expect(q.text).toBe('the plan “a reckless gamble with our money”');
  });

  it('keeps a whole-sentence quote paragraph with the speaker of the quote before it', () => {
    const q = only('“The gates failed twice this year,” said Tom Becker.\n\n“We cannot keep patching a wall that was built for smaller storms.”');
    expect(q.parts).toHaveLength(2);
    expect(q.speaker?.name).toBe('Tom Becker');
  });
});

describe('reported speech', () => {
  const cases: [string, string, string, string][] = [
    ['Tom Becker said that the gates had failed twice.', 'said', 'Tom Becker', 'the gates had failed twice'],
    ['Tom Becker said the gates had failed twice.', 'said', 'Tom Becker', 'the gates had failed twice'],
    ['The gates had failed twice this year, Tom Becker said.', 'said', 'Tom Becker', 'The gates had failed twice this year'],
    ['The gates had failed twice this year, said Tom Becker.', 'said', 'Tom Becker', 'The gates had failed twice this year'],
    ['According to Tom Becker, the gates had failed twice.', 'According to', 'Tom Becker', 'the gates had failed twice'],
    ['The gates had failed twice, according to Tom Becker.', 'according to', 'Tom Becker', 'The gates had failed twice'],
    ['Tom Becker told reporters that the gates had failed twice.', 'told', 'Tom Becker', 'the gates had failed twice'],
    ['Tom Becker told reporters the gates had failed twice.', 'told', 'Tom Becker', 'the gates had failed twice'],
    ['Tom Becker added that the town had no choice.', 'added', 'Tom Becker', 'the town had no choice'],
    ['Tom Becker wrote that the town would remember the storm.', 'wrote', 'Tom Becker', 'the town would remember the storm'],
    ['Tom Becker warned that taxes would rise.', 'warned', 'Tom Becker', 'taxes would rise'],
    ['Tom Becker argued that the cost was fair.', 'argued', 'Tom Becker', 'the cost was fair'],
    ['Tom Becker insisted that the work start in spring.', 'insisted', 'Tom Becker', 'the work start in spring'],
    ['Tom Becker announced that the vote was delayed.', 'announced', 'Tom Becker', 'the vote was delayed'],
    ['Tom Becker claimed that the survey was flawed.', 'claimed', 'Tom Becker', 'the survey was flawed'],
    ['Tom Becker said in a statement on Monday that the survey was flawed.', 'said', 'Tom Becker', 'the survey was flawed'],
  ];
  for (const [body, cue, speaker, content] of cases) {
    it(`reads "${body}"`, () => {
      const q = only(body);
      expect(q.kind).toBe('indirect');
      expect(q.cue).toBe(cue);
      expect(q.speaker?.name).toBe(speaker);
      expect(q.text).toBe(content);
    });
  }

  it('gives both parts of a statement interrupted by its cue', () => {
    const q = only('The plan, Tom Becker said on Monday, is far too expensive for the town.');
    expect(q.parts.map((p) => p.text)).toEqual(['The plan', 'is far too expensive for the town']);
  });

  it('ends the content where an outer attribution closes the sentence, listed once with the outer source as via', () => {
    const { quotes } = quotesOf('Tom Becker wrote that the gates had failed twice, the Harbour Gazette said.');
    expect(quotes).toHaveLength(1);
    const inner = quotes[0]!;
    expect(inner.cue).toBe('wrote');
    expect(inner.text).toBe('the gates had failed twice');
    expect(inner.speaker?.name).toBe('Tom Becker');
    expect(inner.via?.name).toBe('Harbour Gazette');
  });

  it('does not take a verb that names no statement', () => {
    expect(quotesOf('Tom Becker said nothing. Tom Becker declined to say when the vote would be held.').quotes).toEqual([]);
    expect(quotesOf('Tom Becker noted a plan for the harbour. Tom Becker announced Monday.').quotes).toEqual([]);
  });

  it('finds the subject whose head wink tags as an adjective ("The Democratic incumbent said that …")', () => {
    const { quotes } = quotesOf('The board met on Monday. The Democratic incumbent said that the wall was sound.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['the wall was sound', 'Democratic incumbent']]);
  });

  it('takes what was announced when a noun phrase names it: "X announced his candidacy"', () => {
    const { quotes } = quotesOf('Mayor Lena Ortiz announced her candidacy for governor on Monday.');
    expect(quotes.map((q) => [q.text, q.cue, q.speaker?.name])).toEqual([['her candidacy for governor on Monday', 'announced', 'Lena Ortiz']]);
    // In a clause that opens the sentence, the object ends at its comma; an adjunct of the verb is not part of it.
    expect(quotesOf('After Lena Ortiz announced her candidacy, the harbour board met.').quotes.map((q) => q.text)).toEqual(['her candidacy']);
    expect(quotesOf('Lena Ortiz announced the new harbour plan through a spokesman.').quotes.map((q) => q.text)).toEqual(['the new harbour plan']);
    // Not a time: "announced two days earlier". A passive's subject does not announce: "was announced
    // the winner" reports its subject and complement, with no speaker (passive-reports.ts).
    expect(quotesOf('The board announced two days earlier.').quotes).toEqual([]);
    expect(quotesOf('Lena Ortiz was announced the winner.').quotes.map((q) => [q.parts.map((p) => p.text), q.speaker])).toEqual([
      [['Lena Ortiz', 'the winner'], null],
    ]);
  });
});

describe('where reported speech ends', () => {
  it('ends a statement in a subordinate clause at its comma, wherever the clause stands', () => {
    expect(only('The board met at noon, and while Tom Becker said the wall would hold, the mayor ordered a new survey.').text).toBe('the wall would hold');
  });

  it('ends a statement in a relative clause on its speaker at the comma before the main verb', () => {
    expect(only('Tom Becker, who said he would probably campaign with the mayor, ultimately did not show up.').text).toBe(
      'he would probably campaign with the mayor',
    );
  });

  it('stops before ", but/and" and a clause with a subject of its own', () => {
    expect(only('Tom Becker said he had voted for the levy, but the board refused to answer on several occasions.').text).toBe('he had voted for the levy');
    expect(quotesOf('Tom Becker said the wall would hold, and the mayor has warned that it will not.').quotes.map((q) => q.text)).toEqual([
      'the wall would hold',
      'it will not',
    ]);
    // The speaker's own words still to come keep the clause in.
    expect(only('Tom Becker said he would vote for the levy, but the board “must explain itself.”').text).toContain('must explain itself');
  });

  it('stops before a relative clause that closes the sentence, the writer’s note on a noun', () => {
    expect(only('Tom Becker said the board would meet Lena Ortiz, who will face a challenger in May.').text).toBe('the board would meet Lena Ortiz');
    expect(only('Tom Becker said the board approved the levy, which was passed in 2010 by the old council.').text).toBe('the board approved the levy');
    // A relative clause the statement goes on after, or that holds the speaker's words in marks, stays.
    expect(only('Tom Becker said the wall, which the city built in 1990, will fail next winter.').text).toBe(
      'the wall, which the city built in 1990, will fail next winter',
    );
    expect(only('Tom Becker said Lena Ortiz, who is running for mayor, “is a fine engineer.”').text).toContain('is a fine engineer');
  });

  it('stops at a full stop wink glued to an amount, not in the next sentence', () => {
    expect(only('Harbour Works said it could not yet value the fleet it had once put at $500m. It plans to sell the ferry.').text).toBe(
      'it could not yet value the fleet it had once put at $500m.',
    );
  });
});

describe('speakers', () => {
  it('lets a group speak as itself', () => {
    expect(only('Experts say the sea is rising faster than expected.').speaker?.name).toBe('Experts');
    expect(only('Officials said the vote would take place in March.').speaker?.name).toBe('Officials');
  });

  it('names the person an apposition ties to a description', () => {
    const { quotes } = quotesOf(
      'The professor of coastal studies, Anna Lindqvist, said the wall was too low. The professor added that a second wall might be needed.',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Anna Lindqvist', 'Anna Lindqvist']);
  });

  it('names the person a later apposition describes ("Gomez, a city engineer")', () => {
    const { quotes } = quotesOf('Maria Gomez, a city engineer, said the steel had rusted. The engineer said repairs would take a year.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Maria Gomez', 'Maria Gomez']);
  });

  it('keeps an unresolved description as the speaker', () => {
    expect(only('A harbour official said the gates had failed twice.').speaker?.name).toBe('harbour official');
  });

  it('prefers the entity list for the full name, and gives its mentions', () => {
    const body = 'Becker said the gates had failed twice.';
    const start = 'Harbour Town Votes on New Sea Wall\n\n'.length;
    const entity: Entity = {
      name: 'Thomas Becker',
      type: 'PERSON',
      count: 1,
      mentions: [{ text: 'Becker', start, end: start + 6 }],
    };
    const q = quotesOf(body, [entity]).quotes[0]!;
    expect(q.speaker?.name).toBe('Thomas Becker');
    expect(q.speaker?.mentions[0]).toEqual({ text: 'Becker', start, end: start + 6 });
  });

  it('keeps a pronoun nobody can be found for as the speaker, marked unresolved', () => {
    const speaker = only('“The gates failed twice this year,” he said.').speaker;
    expect(speaker?.name).toBe('he');
    expect(speaker?.resolved).toBe(false);
  });
});

describe('hostile input', () => {
  it('handles 100,000 characters of marks, cues and commas without failing', () => {
    const inputs = ['"'.repeat(100_000), '“'.repeat(50_000) + '”'.repeat(50_000), 'Smith said '.repeat(9_000), 'He, '.repeat(25_000) + 'said that it is.'];
    for (const input of inputs) expect(() => quotesOf(input)).not.toThrow();
  });

  it('keeps every offset inside the text and every part inside its quote', () => {
    const { quotes, text } = quotesOf('“We will win,” she said, “and soon.” Tom Becker said the gates failed. “Never,” said Becker. "A');
    expect(quotes.length, 'the loop below checks something').toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const p of q.parts) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.start).toBeGreaterThanOrEqual(q.start);
        expect(p.end).toBeLessThanOrEqual(q.end);
      }
    }
  });
});
