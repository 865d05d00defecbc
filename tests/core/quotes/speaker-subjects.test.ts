import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import type { Quote } from '../../../src/core/types.js';
import { parse } from './parsed-fixture.js';

const quotesOf = (body: string): Quote[] => extractQuotes(parse(body), []);
const who = (body: string): (string | undefined)[][] => quotesOf(body).map((q) => [q.speaker?.name, q.via?.name]);

// Issue 13, fourth speaker round: who says each quote. Our own invented sentences.

describe('a poll reporting what a share of people said', () => {
  it('is the outer source when it opens the sentence', () => {
    expect(who('In a September Harbour Gazette poll, 75 percent of residents said the council cannot be trusted.')).toEqual([
      ['75 percent of residents', 'September Harbour Gazette poll'],
    ]);
  });

  it('is the outer source when it shows what they said', () => {
    expect(who('A Ledger poll in March showed that 64 percent of residents said it worried them that the council sold the pier.')).toEqual([
      ['64 percent of residents', 'Ledger poll'],
    ]);
  });

  it('is no outer source unless it is a poll', () => {
    expect(who('In a long speech, Ana Ruiz said the council cannot be trusted.')).toEqual([['Ana Ruiz', undefined]]);
  });
});

describe('a participle coordinated after an absolute phrase ("with Roe tweeting … and asking")', () => {
  it('is said by the name after "with"', () => {
    const quotes = quotesOf(
      'Rivals piled in, with Ada Finch tweeting that it was a "shambles" for the harbour and asking, "Who would trust a man this careless with the ferries?"',
    );
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Ada Finch']);
  });

  it('is said by the name after "with" for a participle after a comma too', () => {
    const quotes = quotesOf(
      'Critics piled in, with Ada Finch tweeting that the vote was a mess for the council, adding, "Who would trust this crew with the port?"',
    );
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Ada Finch']);
  });

  it('leaves a cue after "and" with no absolute phrase to the sentence’s subject', () => {
    expect(who('Critics pounced on the plan with glee and asked, "Who would trust this crew with the port?"')).toEqual([['Critics', undefined]]);
  });
});

describe('a quote its cue introduces, closed by a full stop', () => {
  it('is that cue’s, not the name and verb of the next sentence', () => {
    expect(who('Tom Pell said, "I think our town does plenty of damage also." Ada Finch, the former mayor, wrote on Tuesday.')).toEqual([
      ['Tom Pell', undefined],
    ]);
    // With no comma before the marks, or a stop other than a full stop inside them, too.
    expect(who('Tom Pell said "I think our town does plenty of damage also." Ada Finch wrote on Tuesday.')).toEqual([['Tom Pell', undefined]]);
    expect(who('Tom Pell said, "Our town does plenty of damage!" Ada Finch wrote on Tuesday.')).toEqual([['Tom Pell', undefined]]);
  });

  it('is the name’s after it when nothing before introduces it', () => {
    expect(who('The ferry left at noon. "I think our town does plenty of damage also." Ada Finch wrote on Tuesday.')).toEqual([['Ada Finch', undefined]]);
  });
});

describe('a share of people ("28 percent of voters")', () => {
  it('is no earlier name a comma seemed to set it beside', () => {
    const speakers = quotesOf(
      'In a poll carried out by the Harbour Times and Gull News, only 41 percent of residents said they trusted Ruiz on the budget. Worse still, when asked directly, 19 percent of Liberals said they were ready to switch to Tom Pell.',
    ).map((q) => q.speaker?.name);
    expect(speakers).toEqual(['41 percent of residents', '19 percent of Liberals']);
  });

  it('keeps the poll, past an adverb, as its outer source', () => {
    expect(who('In a Gull News poll, only 41 percent of residents said they trusted Ruiz on the budget.')).toEqual([
      ['41 percent of residents', 'Gull News poll'],
    ]);
  });
});

describe('a listener after "told" before the marks', () => {
  it('never speaks, even when an aside in marks hides the subject', () => {
    expect(who('Dana Welk, one of the so-called "Harbour Five" who sailed in 2003, told reporters: "We were the only boat that finished."')).toEqual([
      ['Dana Welk', undefined],
    ]);
  });
});

describe('a document obtained by someone', () => {
  it('speaks as itself, not as who obtained it', () => {
    expect(who('A memo obtained by the Harbour Gazette says that the levy will rise.')).toEqual([['memo', undefined]]);
    expect(who('A letter from the harbour board obtained by The Gull Press warns that "any further talks will be through our attorney."')).toEqual([
      ['letter from the harbour board', undefined],
    ]);
  });

  it('still speaks as its author after "by"', () => {
    expect(who('A report by the Harbour Institute says that the levy will rise.')).toEqual([['Harbour Institute', undefined]]);
  });
});

describe('marks inside an opening question ("Asked whether X “…,” 75 percent said yes")', () => {
  it('hold the question’s words, no answer’s speaker', () => {
    const quotes = quotesOf('Asked whether Ana Ruiz “has the integrity to serve as mayor,” 75 percent of residents said yes.');
    expect(quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['direct', 'has the integrity to serve as mayor', undefined],
      ['indirect', 'yes', '75 percent of residents'],
    ]);
  });

  it('do so after "When asked" and "Asked about" too', () => {
    for (const opening of ['When asked whether Ana Ruiz', 'Asked about Ana Ruiz and whether she']) {
      const quotes = quotesOf(`${opening} “has the integrity to serve as mayor,” 75 percent of residents said yes.`);
      expect(quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([
        ['direct', undefined],
        ['indirect', '75 percent of residents'],
      ]);
    }
  });

  it('leave a quote after the answer’s own cue to its speaker', () => {
    const quotes = quotesOf('Asked why the buoys were moved Lord Pell said: “The charts had been wrong for years.” Pell also wrote a book.');
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Pell']);
  });
});

describe('a source after "from" or "according to" alone before the colon', () => {
  it('signs the quote', () => {
    expect(who('The tide was high. From the harbour report: “In general, larger boats produced more accurate results.”')).toEqual([
      ['harbour report', undefined],
    ]);
    expect(who('The tide was high. More from Welk and Moss: “Data collected by our firm helps confirm it.”')).toEqual([['Welk and Moss', undefined]]);
  });

  it('signs it whatever sentence follows it', () => {
    expect(who('The tide was high. From the harbour report: “Why were larger boats more accurate?” Ana Ruiz wrote on Tuesday.')).toEqual([
      ['harbour report', undefined],
    ]);
  });

  it('is no name inside the quote', () => {
    expect(who('The Gazette wrote about it. According to the Gazette: “The mayor has had a mixed record on the levy.”')).toEqual([['Gazette', undefined]]);
  });
});

describe('a plural’s possessive mark in the phrase before the cue', () => {
  it('is no quotation mark that ends the subject', () => {
    expect(who("Tom Smith, delivering Ross' speech, asked the Salem crowd whether the harbour would close.").map((w) => w[0])).toEqual(['Tom Smith']);
    expect(who("Nina Bast, the Harbour Greens' ferry spokeswoman, said the timetable would change.").map((w) => w[0])).toEqual(['Nina Bast']);
  });
});

describe('a participle right after the object of its clause, no comma between', () => {
  it('is said by the clause’s subject', () => {
    expect(who('Nina Bast replied to a message from Tom Vargo on Facebook saying, "No, I will not. That map was drawn in a hurry."')).toEqual([
      ['Nina Bast', undefined],
    ]);
    expect(who('Lord Pell wrote to the harbour watchdog saying: "Such phone calls are illegal."')).toEqual([['Pell', undefined]]);
  });

  it('leaves who footage shows speaking', () => {
    expect(who('The ad uses footage of Ana Ruiz asking, “Why am I not fifty points ahead?”')).toEqual([['footage of Ana Ruiz', undefined]]);
  });

  it('leaves a text, or a name after "with", speaking', () => {
    expect(who('Nina Bast held a sign saying, "Ferries Before Fees."')).toEqual([['sign', undefined]]);
    expect(who('Her backers tried to tie Pell to the mayor, with Ana Ruiz asking, "Is Tom Pell independent enough?"')).toEqual([['Ana Ruiz', undefined]]);
  });
});

describe('a lead-in clause ending in the quote’s colon after an opening adjunct', () => {
  it('names its subject past the adjunct', () => {
    expect(
      who('As if speaking to the mayor directly, the Harbour Board of Elections was unanimous in its ruling: “No more talk on this matter is needed.”'),
    ).toEqual([['Harbour Board', undefined]]);
  });
});

describe('an as-clause whose cue introduces the quote ("As X, an expert, noted, “…”")', () => {
  it('is said by the name that opens it, past its apposition', () => {
    expect(
      who(
        'The council met on Monday. As Carl Ostrow, an expert on ports at the Northern Institute, noted, “Everyone in the town is waiting for the next council.”',
      ),
    ).toEqual([['Carl Ostrow', undefined]]);
  });
});
