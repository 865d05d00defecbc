import { describe, expect, it } from 'vitest';
import { speakersOf } from './parsed-fixture.js';

// Issue 13, speaker accuracy: fixtures are our own invented sentences, one per pattern of wrong speaker.

/** The speakers of an article made of a fixed opening and `body`. */
const speakers = (body: string) => speakersOf(`Harbour Town News\n\n${body}`);

describe('a quote with no cue after a lead-in sentence', () => {
  it('takes the lead-in subject, not the speaker of the paragraph before', () => {
    const body = [
      'The port will close in May, officials said.',
      'Harbour University\'s Dina Borel agreed. "The ferry crews have waited long enough for a new timetable."',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['officials', 'Dina Borel']);
  });

  it('takes the lead-in subject when no quote comes before', () => {
    expect(speakers('Mayor Ana Holt continued her attack. "Last spring the ferry was full, and now the seats are empty."')).toEqual(['Ana Holt']);
  });

  it('takes the subject of a lead-in clause that ends in a colon', () => {
    const body = ['"We need more boats," said Rita Gomez.', 'The Harbour Board was unanimous in its ruling: "No more talk on this matter is needed."'].join(
      '\n\n',
    );
    expect(speakers(body)).toEqual(['Rita Gomez', 'Harbour Board']);
  });

  it('takes a name alone before the colon of a line wink runs into the sentence before ("- Dunmore manager Ella Vance: “…”")', () => {
    const body = [
      'Harbour Rovers beat Dunmore 2-0 at Tidewater Park on Saturday. The second goal came late, when Cole outpaced the defence.',
      '- Dunmore manager Ella Vance: "We were second best all afternoon."',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Ella Vance']);
  });

  it('takes the subject of an "as" clause ending in the colon, across a paragraph break', () => {
    const body =
      'It would be hard to overstate the weight of the Dover Statement to the growth of the movement, as the Harbour Society website notes:\n\n"In the spring of 1972, about forty young sailors gathered at the Dover house of a ferry captain."';
    expect(speakers(body)).toEqual(['Harbour Society website']);
  });

  it('does not take an "as" that opens no clause ("as always:")', () => {
    expect(speakers('The mayor spoke after the vote, as always: "The harbour is our only asset."')).toEqual(['mayor']);
  });

  it('leaves a quote attributed in its own sentence to that attribution', () => {
    const body = 'Nora Vance runs the port. "The wall will not hold against the next storm," Ben Sato told the crowd.';
    expect(speakers(body)).toEqual(['Ben Sato']);
  });

  it('does not take a noun inside an opening phrase for the lead-in subject', () => {
    const body = [
      '"We need more boats," said Rita Gomez, a ferry pilot.',
      'A sailor from Lisbon who moved here in 2003, she plans to vote for the wall. "It is the only way to keep the harbour safe."',
    ].join('\n\n');
    // (Both quotes found: an empty list would pass the check below whatever the lead-in rule did.)
    expect(speakers(body)).toHaveLength(2);
    expect(speakers(body)).not.toContain('Lisbon');
  });
});

describe('the subject of a participle or coordinated cue', () => {
  it('is the sentence subject, not a noun wink tagged as a cue verb ("a Facebook comment, saying")', () => {
    expect(speakers('Dalia Brennan posted a Facebook comment of her own, saying, "We are so happy to meet the new mayor!"')).toEqual(['Dalia Brennan']);
  });

  it('is the sentence subject when wink read its verb as an adjective ("Roe belittled/ADJ the matter, calling")', () => {
    expect(speakers('Neil Ostrow belittled the matter of the unpaid loans, calling it "a clerical error."')).toEqual(['Neil Ostrow']);
  });

  it('is the sentence subject after "but", not the object of the cue ("but told her supporters")', () => {
    expect(speakers('Carla Denton did not mention any of her rivals by name, but told her supporters, "Our town is in deep trouble."')).toEqual([
      'Carla Denton',
    ]);
  });

  it('keeps the subject of an earlier past-tense cue ("an official said, adding")', () => {
    const found = speakers('The harbour is safe, a senior official said, adding that the cost of the wall was hard to estimate.');
    expect(new Set(found)).toEqual(new Set(['senior official']));
  });
});

describe('the subject of a sentence past an aside with a verb of its own', () => {
  it('skips an aside set off by commas ("Vale, in a letter printed by …, scolded …, saying")', () => {
    const body = 'Dina Vale, in a long letter printed by The Harbour Post, scolded the mayor, saying that she had not been given a vote.';
    expect(speakers(body)).toEqual(['Dina Vale']);
  });

  it('skips an aside set off by dashes ("Holt -- whose brother drew up … -- has mocked …, suggesting")', () => {
    const body =
      'Mrs. Ana Holt -- whose brother drew up the ferry timetable -- has openly mocked the plan to change it, suggesting that the new hours would strand commuters.';
    expect(speakers(body)).toEqual(['Ana Holt']);
  });
});

describe('a document speaks for whoever issued or wrote it', () => {
  it('resolves a description that issued it ("Her campaign sent out an email saying")', () => {
    expect(speakers('Her campaign quickly sent out an email to supporters stating, "The mayor joins a growing list of critics."')).toEqual(['Her campaign']);
  });

  it('resolves two names that issued it together', () => {
    expect(speakers('Tina Marsh and Carl Ruiz issued a statement describing their talks as a "very positive step."')).toEqual(['Tina Marsh and Carl Ruiz']);
  });

  it('names the author after "from" ("a report from Harbour Energy Finance")', () => {
    expect(speakers('Sales of boats are growing fast, according to a recent report from Harbour Energy Finance.')).toEqual(['Harbour Energy Finance']);
  });

  it('resolves the owner a possessive pronoun stands for ("his comments calling")', () => {
    expect(speakers('Ted Vance tried to play down his comments calling the council "brave" for shutting the pier.')).toEqual(['Ted Vance']);
  });
});

describe('the subject after a closing quotation mark', () => {
  it('takes a description with its prepositional phrase ("a spokesman for the council said")', () => {
    expect(speakers('"Nothing about the tide tables has been altered," a spokesman for harbour Democrats said.')).toEqual(['spokesman for harbour Democrats']);
  });

  it('keeps the cue when "about" follows it ("Roe said about the plan to …")', () => {
    const body = [
      'The vote was close, according to Harbour Polls.',
      '"What on earth made you think the mayor would listen?" Nina Roth said about the bid to soften the levy.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Harbour Polls', 'Nina Roth']);
  });
});

describe('a title phrase that ends in a name', () => {
  it('is that person, not the last person the title was given to', () => {
    const body = [
      'Harbour Board press secretary Dan Oakes said the vote was fair.',
      'Secretary of State Paul R. Varga said in a statement on Sunday that the vote was "far from perfect."',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Dan Oakes', 'Paul R. Varga']);
  });
});

describe('a quote whose cue after it goes unrecognised', () => {
  it('takes the phrase named after it, not the speaker of the quote before', () => {
    const body = [
      'Owen Tamsin, an expert on ferries, noted, "The whole coast is holding its breath until the vote."',
      '"The harbour needs a plan for the winter," Lena Frost, the tide expert who runs harbourtides.com, tweeted on Wednesday.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Owen Tamsin', 'Lena Frost']);
  });

  it('takes the phrase after an unknown inverted cue ("“…,” agrees Mia Stone, 30, of Leeds.")', () => {
    const body = ['"We need more boats," said Rita Gomez.', '"Our ferries are slower than theirs," agrees Mia Stone, 30, of Leeds.'].join('\n\n');
    expect(speakers(body)).toEqual(['Rita Gomez', 'Mia Stone']);
  });

  it('still joins a quote paragraph with nothing after it to the quote before', () => {
    const body = ['"We need more boats," said Rita Gomez.', '"And we need them before the winter storms arrive."'].join('\n\n');
    expect(speakers(body)).toEqual(['Rita Gomez']);
  });
});

describe('a pronoun goes on with the subject of the sentence before (centering)', () => {
  it('takes the speaker of the quote, not a name in its topic', () => {
    const body = '"Is that really the plan?" Ben Roth said about Tom Ruiz\'s plan. He added that the plan was "a waste of money."';
    expect(speakers(body)).toEqual(['Ben Roth', 'Ben Roth']);
  });

  it('takes the name opening the sentence, not its object', () => {
    expect(speakers('Ben Roth met Tom Ruiz at the harbour on Monday. "We will talk again," he said.')).toEqual(['Ben Roth']);
  });

  it('still takes the nearer name when the subject does not fit the pronoun', () => {
    expect(speakers('Mrs. Ana Roth met Tom Ruiz at the harbour on Monday. "We will talk again," he said.')).toEqual(['Tom Ruiz']);
  });
});

describe('a cue that names no subject of its own', () => {
  it('takes a participle opening its sentence to the speaker of the sentence before ("Adding, …")', () => {
    const body =
      'Later in the show, after the Lee interview ended, Nils Ober stated of the harbour scandal that the report "was not good." Adding, "Now, as with all port scandals, what they do is never that bad."';
    expect(speakers(body)).toEqual(['Nils Ober', 'Nils Ober']);
  });

  it('does not reach across a paragraph for it', () => {
    // (The quote is found, with no speaker: `not.toContain` alone passes when no quote is found at all.)
    expect(speakers('Nils Ober spoke for an hour.\n\nAdding, "Now, as with all port scandals, what they do is never that bad."')).toEqual([null]);
  });

  it('gives "X as follows:" to X', () => {
    expect(speakers('Transcript as follows: "We arrived in Dover, and we went to a restaurant. People started to cheer."')).toEqual(['Transcript']);
  });
});
