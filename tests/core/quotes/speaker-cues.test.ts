import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';
import { speakersOf } from './parsed-fixture.js';

// Fixtures are our own invented articles; each pins one shape of cue whose speaker used to be lost.

/** The speakers of an article made of a fixed opening and `body`. */
const speakers = (body: string) => speakersOf(`Harbour vote\n\nThe harbour board met on Monday in Portview.\n\n${body}`);

describe('the subject after an inverted cue', () => {
  it('stops before an adjective that opens a modifier ("said a person close to …")', () => {
    expect(speakers('"The board will never agree to that plan," said a person close to the mayor.')).toEqual(['person']);
    expect(speakers('"The board will never agree to that plan," said one resident familiar with the talks.')).toEqual(['resident']);
  });

  it('keeps the subject when a relative clause or a participle follows it', () => {
    expect(speakers('"The board will never agree to that plan," said a harbour strategist who spoke on condition of anonymity.')).toEqual([
      'harbour strategist',
    ]);
    expect(speakers('"The board will never agree to that plan," Tom Pell told a town meeting being held in a church in Portview.')).toEqual(['Tom Pell']);
  });
});

describe('a participle or infinitive cue before the quote', () => {
  it('takes the subject of the verb that governs it', () => {
    expect(speakers('Jane Roe continued by saying, "We will take the fishing ban to the high court."')).toEqual(['Jane Roe']);
    expect(speakers('Jane Roe went on to say, "We will take the fishing ban to the high court."')).toEqual(['Jane Roe']);
    expect(speakers('Jane Roe took the chance to stand up for the dockers: "For far too long, they were ignored."')).toEqual(['Jane Roe']);
  });

  it('does not take the subject of a clause the sentence opens with', () => {
    expect(speakers('Much of the meeting was so calm that Tom Pell was prompted to say, "I cannot believe how civil it has been."')).toEqual(['Tom Pell']);
  });
});

describe('a full name before "of", "at" or "from"', () => {
  it('speaks, not the place or body after it', () => {
    expect(speakers('"Cheap fares alone will not fill the ferries," Tom Pell of the Harbour Institute wrote recently.')).toEqual(['Tom Pell']);
    expect(speakers('Senator Jane Roe of Oregon said the harbour wall would not hold.')).toEqual(['Jane Roe']);
  });
});

describe('a quote closing on a quote inside it', () => {
  it("finds the cue after ''… 'inner,''' as after any closing mark", () => {
    expect(speakers("''We are told all the time, 'Portview is a special case,''' Tom Pell said. ''It is all lies.''")).toEqual(['Tom Pell']);
  });
});

describe('a naming verb', () => {
  it('after a comma has the sentence subject, not the phrase before the comma', () => {
    expect(speakers('Jane Roe went after the mayor over his refusal to publish his accounts, calling it "a disgrace to the town."')).toEqual(['Jane Roe']);
  });

  it('keeps a name before a prepositional phrase as its subject', () => {
    expect(speakers('Tom Pell in his opening speech called the harbour plan "a costly mistake for all of us."')).toEqual(['Tom Pell']);
  });
});

describe('a hyphenated participle modifier', () => {
  it('belongs to the subject ("Texas-based Jane Roe", "the harbour-leaning paper")', () => {
    expect(speakers('"The board is cratering before our eyes," Portview-based Jane Roe said.')).toEqual(['Jane Roe']);
    expect(speakers('"The board is cratering before our eyes," the harbour-leaning newspaper wrote.')).toEqual(['harbour-leaning newspaper']);
  });
});

describe('an indefinite description', () => {
  it('opens its phrase with "one" ("one campaign source said")', () => {
    expect(speakers('"It is the mayor\'s board and his rules," one harbour campaign source said.')).toEqual(['harbour campaign source']);
  });

  it('brings in someone new, never the person an earlier phrase gave that role', () => {
    const body =
      'Tom Pell, a longtime adviser to the mayor, said the wall would hold. "This is eerily similar to the last storm," said one longtime adviser to the board.';
    expect(speakers(body)).toEqual(['Tom Pell', 'longtime adviser']);
  });
});

describe('a description in apposition to a name', () => {
  it('gives the name, after an inverted cue or before the cue', () => {
    expect(speakers('"We are anxious about the harbour wall," said another harbour user, Jane Roe.')).toEqual(['Jane Roe']);
    expect(speakers('"She is also a mother of three young boys," another friend, Jane Roe told the Courier.')).toEqual(['Jane Roe']);
  });
});

describe('a document with its author', () => {
  it('speaks as the author named after "by"', () => {
    expect(speakers('The mayor leads by 271 votes, according to a count by The Portview Courier.')).toEqual(['Portview Courier']);
    expect(speakers('The mayor now leads the race, according to a study by economists Jane Roe and Tom Pell.')).toEqual(['Jane Roe']);
  });

  it('keeps a person described with "by" as the description', () => {
    expect(speakers('"The wall will fall," said a spokesman hired by Jane Roe.')).toEqual(['spokesman']);
  });
});

describe('a given name the tagger reads as a word', () => {
  it('is part of the name inside its sentence ("said Will Danner", "columnist Ai Lin wrote")', () => {
    expect(speakers('"It is a costly way to run a ferry," said Will Danner, a lecturer in shipping.')).toEqual(['Will Danner']);
    expect(speakers('"Few of his plans will warm anyone\'s heart," columnist Ai Lin wrote in the Courier.')).toEqual(['Ai Lin']);
  });
});

describe('a cue before the quote with its subject away from it', () => {
  it('gives "…,” adding, “…”" the subject of the cue before, the comma inside the closing mark', () => {
    const body = 'Tom Pell told the Courier that Jane Roe "had a crazy policy for the port," adding, "She lost all of the harbour vote."';
    expect(speakers(body)).toContain('Tom Pell');
    expect(speakers(body)).not.toContain(null);
  });

  it('gives a colon after a verb in a clause of its own the sentence subject ("… for what happened:")', () => {
    expect(speakers('Jane Roe has since apologized for what happened: "Indeed, I ought to have checked the tide tables."')).toEqual(['Jane Roe']);
  });
});

describe('a document its owner puts out', () => {
  it('speaks as the owner named before it or the author after it', () => {
    expect(speakers("Jane Roe's fundraising email to her supporters notes that the harbour wall is failing.")).toEqual(['Jane Roe']);
    expect(speakers('A fundraising email sent out by Jane Roe on Tuesday warned that the harbour wall is failing.')).toEqual(['Jane Roe']);
  });
});

describe('an honorific outside the name run', () => {
  it('gives its gender: "Mr Kerr" is no antecedent for "she"', () => {
    expect(speakers('Jo Lee met Mr Kerr on Monday. "The wall will not hold against the storm," she said.')).toEqual(['Jo Lee']);
  });
});

describe('a noun with an adjective and its object before the cue', () => {
  it('speaks, not the object ("another source familiar with the mayor said")', () => {
    expect(speakers('Another source familiar with the mayor said, "I think he will try to be more friendly with the board."')).toEqual([
      'source familiar with the mayor',
    ]);
  });
});

describe('"the company" after a named body spoke', () => {
  it('is that body', () => {
    const body = 'HarbourCorp said on Friday that its sales rose by a fifth. The company said it could not yet put a figure on its repair bill.';
    expect(speakers(body)).toEqual(['HarbourCorp', 'HarbourCorp']);
  });
});

describe('a title in marks inside the cue sentence', () => {
  it('is stepped over: the quote after it goes on with the one before', () => {
    const text =
      'Harbour vote\n\nThe board met.\n\n"We will release our records," Jane Roe said on "The Harbour Hour" on Sunday. "It is not a problem at all."';
    const quotes = analyze(text, { parts: { summary: false, quotes: true, entities: true } }).quotes;
    expect(quotes.map((q) => [q.speaker?.name, q.parts.map((p) => p.text)])).toEqual([
      ['Jane Roe', ['We will release our records', 'It is not a problem at all.']],
    ]);
  });
  it('so is a term in marks there (bnd12): “A,” she said of the “stern plates” she welds. “B.” is one statement', () => {
    const text =
      'Harbour vote\n\nThe yard reopened.\n\n"It is good work," Ann Roe said, describing how she welds the "stern plates" that hold each hull. "And the crew treats you like family."';
    const quotes = analyze(text, { parts: { summary: false, quotes: true, entities: true } }).quotes;
    expect(quotes.map((q) => q.parts.map((p) => p.text))).toEqual([['It is good work', 'And the crew treats you like family.']]);
  });
});
