import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article.js';
import { parseArticle } from '../../../src/core/nlp/parse.js';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import type { Quote } from '../../../src/core/types.js';

// Fixtures are small articles we wrote ourselves; every name in them is invented. Each block
// pins one pattern of reported speech, or one boundary of what was said.
function quotesOf(body: string): Quote[] {
  return extractQuotes(parseArticle(cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`)), []);
}

function withCue(body: string, cue: string): Quote {
  const found = quotesOf(body).filter((q) => q.cue.toLowerCase() === cue.toLowerCase());
  expect(found, `one quote with the cue "${cue}"`).toHaveLength(1);
  return found[0]!;
}

const partsOf = (q: Quote) => q.parts.map((p) => p.text);

describe('cues in other shapes', () => {
  // [what the case pins, article body, cue, what was said, speaker]
  const cases: [string, string, string, string, string][] = [
    [
      'reads a progressive cue ("is telling") as a finite one',
      'Tom Becker is telling reporters that the gates failed twice.',
      'telling',
      'the gates failed twice',
      'Tom Becker',
    ],
    [
      'gives a participle after a quote the speaker of that quote, not the sentence opening',
      'Tom Becker runs the docks. “The gates failed,” he said, noting that the town had no money left.',
      'noting',
      'the town had no money left',
      'Tom Becker',
    ],
    [
      'takes a participle after a statement noun ("issued a statement saying")',
      'Tom Becker issued a statement on Monday saying that the town should wait.',
      'saying',
      'the town should wait',
      'Tom Becker',
    ],
    [
      'takes a participle after a comma inside the closing mark',
      'Tom Becker called the plan a “ridiculous proposition,” adding that the mayor needs to change course.',
      'adding',
      'the mayor needs to change course',
      'Tom Becker',
    ],
    [
      'gives a participle with its own subject that subject ("with the union saying")',
      'The vote was close, with the dock workers union saying the wall would cost too much.',
      'saying',
      'the wall would cost too much',
      'dock workers union',
    ],
    [
      'reads a statement named by a noun with its owner ("Becker\'s claim that …")',
      "The mayor mocked Tom Becker's claim that the harbour master sank the ferry.",
      'claim',
      'the harbour master sank the ferry',
      'Tom Becker',
    ],
    [
      'finds the subject before an aside that ends in a quotation',
      'Tom Becker, who calls the mayor a “reckless gambler,” said he does not trust the new budget.',
      'said',
      'he does not trust the new budget',
      'Tom Becker',
    ],
  ];
  for (const [name, body, cue, content, speaker] of cases) {
    it(name, () => {
      const q = withCue(body, cue);
      expect(q.text).toBe(content);
      expect(q.speaker?.name).toBe(speaker);
    });
  }

  it('reads "went on to say" and "continues to insist"', () => {
    expect(withCue('Tom Becker went on to say the wall is older than the harbour itself.', 'say').speaker?.name).toBe('Tom Becker');
    expect(withCue('Tom Becker continues to insist that the pier will reopen by spring.', 'insist').text).toBe('the pier will reopen by spring');
  });

  it('reads a present-tense cue that wink tags as a noun ("The ad claims “…”")', () => {
    const q = withCue('The ad claims “The wall is the only plan you can trust.”', 'claims');
    expect(q.text).toBe('The wall is the only plan you can trust.');
    expect(q.speaker?.mentions[0]?.text).toBe('The ad');
  });

  it('lets two coordinated subjects speak together', () => {
    const q = withCue('Tom Becker and Jane Holloway said the wall is too low for winter storms.', 'said');
    expect(q.speaker?.name).toBe('Tom Becker and Jane Holloway');
  });

  it('finds the subject before a long aside set off by commas or dashes', () => {
    const body = 'Senator Tom Becker, the harbour master who heads the port committee, which oversees the docks, said the steel had rusted through.';
    expect(withCue(body, 'said').speaker?.name).toBe('Tom Becker');
    expect(withCue('Tom Becker — named by many as the favourite — told reporters that the gates had failed.', 'told').speaker?.name).toBe('Tom Becker');
  });

  it('takes the opening noun phrase when all up to the cue modifies it and a clause plainly follows', () => {
    const q = withCue('Numerous harbour workers interviewed at the rallies this week, including Tom Becker, said they had no problem with the plan.', 'said');
    expect(q.text).toBe('they had no problem with the plan');
    expect(q.speaker?.name).toBe('Numerous harbour workers');
    expect(withCue('Progressive groups that have endorsed the mayor say they believe the board should choose.', 'say').speaker?.name).toBe(
      'Progressive groups',
    );
  });

  it('lets a named body before "which" speak', () => {
    const q = withCue('The judge ruled for the Harbour Gazette, which argued that the vote made the documents public.', 'argued');
    expect(q.speaker?.name).toBe('Harbour Gazette');
  });
});

describe('questions', () => {
  it('takes the question of an opening "Asked …," and keeps the answer apart', () => {
    const quotes = quotesOf('Asked when the new pier might open, Tom Becker replied: “Not before the autumn storms have passed.”');
    expect(quotes.map((q) => q.cue)).toEqual(['Asked', 'replied']);
    expect(quotes[0]!.text).toBe('when the new pier might open');
    expect(quotes[1]!.speaker?.name).toBe('Tom Becker');
  });

  it('takes "when asked about …" in mid-sentence up to its comma', () => {
    const q = withCue('Tom Becker, when asked about his own errors, often talks through the questions.', 'asked');
    expect(q.text).toBe('about his own errors');
  });

  it('takes a passive question and its asker ("was asked by X whether …")', () => {
    const q = withCue('Tom Becker was asked by Jane Holloway whether the gates would hold.', 'asked');
    expect(q.text).toBe('whether the gates would hold');
    expect(q.speaker?.name).toBe('Jane Holloway');
  });

  it('finds the question after a long listener and after "explained"', () => {
    expect(withCue('The Gazette asked the 2016 harbour council candidate if he had prepared for the storm.', 'asked').text).toBe(
      'if he had prepared for the storm',
    );
    expect(withCue('Tom Becker explained to reporters why the gates had failed.', 'explained').text).toBe('why the gates had failed');
  });
});

describe('where the statement starts', () => {
  it('steps over an adverb after the cue ("said repeatedly", "added, though, that")', () => {
    expect(withCue('Tom Becker has said repeatedly that the next mayor should choose the engineer.', 'said').text).toBe(
      'the next mayor should choose the engineer',
    );
    expect(withCue('Tom Becker added, though, that in the end the wall would hold.', 'added').text).toBe('in the end the wall would hold');
  });

  it('takes a noun-phrase clause after a "that" verb only when a finite verb follows it', () => {
    expect(withCue('Tom Becker stated the mayor and her team were careless with the money.', 'stated').text).toBe(
      'the mayor and her team were careless with the money',
    );
    expect(quotesOf('Tom Becker noted a plan for the harbour.')).toEqual([]);
  });

  it('does not read a possessive after the cue as "that" ("said his vote for that plan …")', () => {
    const q = withCue('Tom Becker said his vote for that plan was a mistake.', 'said');
    expect(q.text).toBe('his vote for that plan was a mistake');
  });

  it('takes a conditional statement after "says if"', () => {
    expect(withCue('Tom Becker says if elected mayor he will rebuild the wall.', 'says').text).toBe('if elected mayor he will rebuild the wall');
  });

  it('reads a statement whose cue follows only a conjunction ("But, X added, …")', () => {
    const q = withCue('But, Tom Becker added, he did not support closing the gates.', 'added');
    expect(partsOf(q)).toEqual(['he did not support closing the gates']);
  });

  it('takes a time run before the clause ("tweeted Tuesday night he …")', () => {
    expect(withCue('Tom Becker tweeted Tuesday night he considered the vote a disaster.', 'tweeted').text).toBe('he considered the vote a disaster');
  });
});

describe('where the statement ends', () => {
  const cases: [string, string, string][] = [
    ['a comparison', 'Tom Becker said the gates failed twice as often, compared with the old wall.', 'the gates failed twice as often'],
    ['a contrast', 'Most residents said they prefer a taller wall, while a third want no wall at all.', 'they prefer a taller wall'],
    ['another act', 'Tom Becker said he would release the report on Friday, calling it a very boring report.', 'he would release the report on Friday'],
    ["the writer's aside", 'Tom Becker said the town would rebuild the wall, a swipe at the mayor and her budget.', 'the town would rebuild the wall'],
    ['an aside after a dash', 'Tom Becker said the town would rebuild the wall — a promise he made twice before.', 'the town would rebuild the wall'],
    ['a semicolon', 'Half the residents said they feared the storms; a third said they feared the taxes.', 'they feared the storms'],
    ['another speaker after "and"', 'Six in ten residents said the mayor is honest, and many officials said the same of Becker.', 'the mayor is honest'],
    [
      'the main clause after an opening "when"',
      'When Tom Becker said the ferry was finally safe, a woman at the back laughed out loud.',
      'the ferry was finally safe',
    ],
    ['a second cue as a participle', 'Tom Becker said the levy passed easily, adding that the wall would rise in May.', 'the levy passed easily'],
  ];
  for (const [name, body, content] of cases) {
    it(`ends before ${name}`, () => {
      expect(quotesOf(body)[0]?.text).toBe(content);
    });
  }

  it('ends at a two-apostrophe closing mark after a full stop when a new sentence follows', () => {
    expect(
      quotesOf("Lena Ortiz praised the mayor, saying she had ''a sharp eye and a calm voice.'' And she called the mayor the best sailor in town.")[0]?.text,
    ).toBe("she had ''a sharp eye and a calm voice.''");
  });

  it('goes on through a participle that is neither a cue nor the writer’s naming', () => {
    expect(quotesOf('Tom Becker said the levy passed easily, showing that the town backs the new wall.')[0]?.text).toBe(
      'the levy passed easily, showing that the town backs the new wall',
    );
  });

  it('ends at a participle after a comma inside the closing mark and keeps both statements', () => {
    const quotes = quotesOf('Tom Becker said that there is “only one honest candidate in this race,” adding that the mayor ignores the docks.');
    expect(quotes.map((q) => q.text)).toEqual(['there is “only one honest candidate in this race,”', 'the mayor ignores the docks']);
  });
});

describe('direct quotes', () => {
  it('takes a quote after a long cue phrase with a participle in it', () => {
    const q = withCue("Tom Becker told the Gazette in a written statement, “I really do not want the mayor's endorsement, because she is weak.”", 'told');
    expect(q.kind).toBe('direct');
    expect(q.speaker?.name).toBe('Tom Becker');
  });

  it('takes a quote that a participle or a dash follows', () => {
    expect(withCue('Tom Becker said, “We owe the town a better harbour,” promising the ferries will be back.', 'said').text).toBe(
      'We owe the town a better harbour',
    );
    expect(withCue('Tom Becker said, “I am proud to be a harbour man” - the first to say so at a council meeting.', 'said').text).toBe(
      'I am proud to be a harbour man',
    );
  });

  it('gives a new sentence\'s cue to the quote after it ("He adds, “…”")', () => {
    const body = 'Tom Becker praised the mayor. “She is a gifted engineer.” He adds, “Tempers run high before a vote.”';
    const quotes = quotesOf(body);
    expect(withCue(body, 'adds').text).toBe('Tempers run high before a vote.');
    expect(quotes.some((q) => q.parts.some((p) => p.text === 'She is a gifted engineer.') && q.cue === 'adds')).toBe(false);
  });

  it('takes a quote the writer\'s adjunct follows, and the adjunct with it ("…” from the agency.)', () => {
    const q = withCue('Tom Becker said, “We have had no complaints” from the harbour engineers.', 'said');
    expect(q.text).toBe('“We have had no complaints” from the harbour engineers');
    expect(q.speaker?.name).toBe('Tom Becker');
  });

  it('reads "answered" as a cue', () => {
    expect(withCue('Tom Becker was asked about the gates. He answered, “I have no idea at all.”', 'answered').text).toBe('I have no idea at all.');
  });

  it('goes on with a quote after an abbreviation that ends the sentence', () => {
    const q = withCue('“The wall is not a good record,” Tom Becker said at a rally in Portland, Ore. “The mayor worked to export the problem.”', 'said');
    expect(q.parts).toHaveLength(2);
  });

  it('does not give a quote the participle after it (“…,” claiming …)', () => {
    const body = 'Tom Becker later put his late arrival down to a “flat tyre,” claiming he had left home on time.';
    expect(quotesOf(body).filter((q) => q.kind === 'direct')).toEqual([]);
    expect(withCue(body, 'claiming').text).toBe('he had left home on time');
  });

  it('keeps a one-word reply with its cue (“Really,” she added)', () => {
    const q = withCue('Jane Holloway heard the plan. “Really,” she added when the engineer explained it.', 'added');
    expect(q.text).toBe('Really');
    expect(q.speaker?.name).toBe('Jane Holloway');
  });
});

describe('where a statement its cue follows starts', () => {
  it('starts after a colon before the cue', () => {
    const q = withCue(
      'The tax has not hurt the port at all: the harbour was the busiest on the coast in 2015, according to the Harbour Gazette.',
      'according to',
    );
    expect(q.text).toBe('the harbour was the busiest on the coast in 2015');
  });
});

// Issue 13: speech attributions that used to be missed.
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
    const q = withCue(
      'The tide was high on Tuesday. On Wednesday, Ada Finch seemed to know the mayor well, warning that Tom Becker is still in control of the council.',
      'warning',
    );
    expect(q.text).toBe('Tom Becker is still in control of the council');
    expect(q.speaker?.name).toBe('Ada Finch');
  });

  it('takes a participle cue after "but" ("… but insisting that …")', () => {
    const q = withCue(
      'The tide was high on Tuesday. Tom Becker attacked the plan on Saturday, describing the wall as a relic but insisting that the fishermen had no right to complain.',
      'insisting',
    );
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

  it('reads "As X noted, …" as X\'s statement', () => {
    const q = withCue('The tide was high on Tuesday. But as the Harbour Gazette noted in May, the wall cost twice what the council had promised.', 'noted');
    expect(q.text).toBe('the wall cost twice what the council had promised');
    expect(q.speaker?.name).toBe('Harbour Gazette');
    expect(quotesOf('The tide was high on Tuesday. As expected, the council voted to build the wall.')).toEqual([]);
  });

  it('steps over an aside between commas after the cue ("said, through an interpreter, that …")', () => {
    const q = withCue('The tide was high on Tuesday. Tom Becker said, through an interpreter, that the wall was unsafe.', 'said');
    expect(q.text).toBe('the wall was unsafe');
  });
  it('reads "according to X" set off inside a statement as its source ("Since May, according to X, …")', () => {
    const q = withCue('The tide was high on Tuesday. Since last November, according to the Harbour Board, fish prices have fallen by a third.', 'according to');
    expect(q.parts.map((p) => p.text)).toEqual(['Since last November', 'fish prices have fallen by a third']);
    expect(q.speaker?.name).toBe('Harbour Board');
    const appositive = withCue(
      'The tide was high on Tuesday. At the heart of the dispute, according to Ada Finch, a former harbour master, was a loan the council never repaid.',
      'according to',
    );
    expect(appositive.parts.map((p) => p.text)).toEqual(['At the heart of the dispute', 'was a loan the council never repaid']);
  });
  it('gives a cue after ", then" the sentence\'s subject, not the object before it', () => {
    const q = withCue(
      'The tide was high on Tuesday. Tom Becker jokingly offered the diver a job on the ferry, then says he will welcome advice from anyone.',
      'says',
    );
    expect(q.text).toBe('he will welcome advice from anyone');
    expect(q.speaker?.name).toBe('Tom Becker');
  });
  it('takes a clause opening with "such" and its noun ("says such walls are useless")', () => {
    const q = withCue('The tide was high on Tuesday. The Harbour Democrat survived two floods and says such walls are useless.', 'says');
    expect(q.text).toBe('such walls are useless');
  });
  it('takes a poll\'s "say the same of X" as what they said', () => {
    const q = withCue('The tide was high on Tuesday. Some 40 percent rate the ferry poorly, while 52 percent say the same of the buses.', 'say');
    expect(q.text).toBe('the same of the buses');
  });
  it('reads "…, telling X in Y, that …" as the sentence subject\'s statement, not "…, said X."', () => {
    const q = withCue(
      'The tide was high on Tuesday. Tom Becker ended his campaign on Wednesday, telling supporters in Greenfield, Ohio, that he had faith in the harbour.',
      'telling',
    );
    expect(q.text).toBe('he had faith in the harbour');
    expect(q.speaker?.name).toBe('Tom Becker');
  });
});
