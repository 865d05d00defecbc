import { describe, expect, it } from 'vitest';
import { contents, reported, subjects } from './reported-fixture.js';

/** Cues and content boundaries of issue 13's third recall round (made-up sentences). */
describe('findReportedSpeech: subjects the tagger misreads', () => {
  it('takes a lone capitalised word opening the sentence as the subject when the tagger reads it as an adverb ("Jolly said he …")', () => {
    const { p, found } = reported('Jolly said he would be careful in cutting the harbour budget.');
    expect(contents(p, found)).toEqual(['he would be careful in cutting the harbour budget']);
    expect(subjects(p, found)).toEqual(['Jolly']);
  });
  it('keeps a sentence-opening adverb from speaking ("Later said …" has no subject)', () => {
    const { found } = reported('Later said he would be careful in cutting the harbour budget.');
    expect(found).toEqual([]);
  });
  it('steps over a hyphenated modifier of a description the tagger reads as an adjective ("The self-described socialist said he …")', () => {
    const { p, found } = reported('The self-described harbour socialist said he would win the vote if turnout were high.');
    expect(contents(p, found)).toEqual(['he would win the vote if turnout were high']);
    expect(subjects(p, found)).toEqual(['The self-described harbour socialist']);
  });
});

describe('findReportedSpeech: cues after an auxiliary and perfects', () => {
  it('reads "who claim he will …": a present cue the tagger takes for a noun, before a pronoun and an auxiliary', () => {
    const { p, found } = reported('The fishermen, who claim he will close the harbour, marched on the town hall.');
    expect(contents(p, found)).toEqual(['he will close the harbour']);
  });
  it('ends at a perfect next action after a long adjunct: "has said in a letter to the council that A and has called for B"', () => {
    const { p, found } = reported(
      'Tessa Brook has said in a long letter to the harbour council that the tide gauges were broken and has called for new gauges.',
    );
    expect(contents(p, found)).toEqual(['the tide gauges were broken']);
  });
  it('ends before "before adding that …", a second cue of the same speaker', () => {
    const { p, found } = reported('Oren Vale said the new wall would hold against the storms before adding that repairs were overdue.');
    expect(contents(p, found)).toEqual(['the new wall would hold against the storms', 'repairs were overdue']);
  });
});

describe('findReportedSpeech: a participle cue after a split sentence', () => {
  it('takes the subject across a sentence split inside a bracket ("Sen. Roe (I-Vt.) defended …, saying …")', () => {
    const { p, found } = reported(
      'Sen. Oren Vale (I-Vt.) defended his call to raise the harbour toll, saying the gains in trade would outweigh the losses in jobs.',
    );
    expect(contents(p, found)).toEqual(['the gains in trade would outweigh the losses in jobs']);
    expect(subjects(p, found)).toEqual(['Sen. Oren Vale']);
  });
});

describe('findReportedSpeech: one-word answers', () => {
  it('lists a poll\'s or a person\'s one-word answer ("said yes", "said so in …")', () => {
    const yes = reported('Asked whether the ferry should run, 61 percent of harbour voters said yes.');
    expect(contents(yes.p, yes.found)).toContain('yes');
    const so = reported('Nine in ten say the wall is sound, after half said so in the earlier survey.');
    expect(contents(so.p, so.found)).toContain('so');
  });
  it('lists no answer word that opens a longer phrase ("said so much", "said no one …")', () => {
    const { p, found } = reported('Oren Vale said so much about the harbour that the council left.');
    expect(contents(p, found)).not.toContain('so');
  });
});

describe('findReportedSpeech: one-word answers not given', () => {
  it('lists no answer after a negation or a refusal ("did not say so")', () => {
    const { p, found } = reported('The harbour master did not say so.');
    expect(contents(p, found)).toEqual([]);
  });
});

describe('findReportedSpeech: a share that speaks through "who"', () => {
  it('takes a poll\'s share before "who" as the subject ("including 18% who say they …")', () => {
    const { p, found } = reported('Most harbour voters dislike the plan, including 18% who say they would be dissatisfied.');
    expect(contents(p, found)).toEqual(['they would be dissatisfied']);
    expect(subjects(p, found)).toEqual(['18%']);
  });
});

describe('clause ends: a coordinated clause with a perfect cue of its own', () => {
  it('ends at "but officials have said …" and lists that clause as its own statement', () => {
    const { p, found } = reported('The harbour board claimed the storm damage was light but state officials have said they do not believe the board.');
    expect(contents(p, found)).toEqual(['the storm damage was light', 'they do not believe the board']);
    expect(subjects(p, found)).toEqual(['The harbour board', 'state officials']);
  });
  it('keeps a relative clause with a cue inside the statement ("…, which some have argued was …, was …")', () => {
    const { p, found } = reported('Oren Vale said that the board’s notice, which some have argued was meant to scare the crews, was an insult to the harbour.');
    expect(contents(p, found)[0]).toBe('the board’s notice, which some have argued was meant to scare the crews, was an insult to the harbour');
  });
});

describe('findReportedSpeech: a preposition that is also a subordinator in the phrase before "that"', () => {
  it('steps over "before the storm" in "said in an interview taped before the storm that …"', () => {
    const { p, found } = reported('Oren Vale had said in an interview taped before the storm that the harbour had contained the flood.');
    expect(contents(p, found)).toEqual(['the harbour had contained the flood']);
  });
});

describe('findReportedSpeech: a statement that opens with a clause of its own', () => {
  it('takes "says despite being …, she plans …" and "says no matter what …, the ferry …" whole', () => {
    const despite = reported('One harbour hopeful, Mara Quill, says despite being a Dover graduate, she plans to root for Kent.');
    expect(contents(despite.p, despite.found)).toEqual(['despite being a Dover graduate, she plans to root for Kent']);
    const matter = reported('Harbour chief Oren Vale says no matter what the council does on tolls, the ferry will run.');
    expect(contents(matter.p, matter.found)).toEqual(['no matter what the council does on tolls, the ferry will run']);
  });
  it('leaves "said when …, I …" alone: "when" more often times the saying itself', () => {
    const { p, found } = reported('I said when I left the harbour board, I am not going to stay silent.');
    expect(contents(p, found)).toEqual([]);
  });
});

describe('findReportedSpeech: a subject before an aside, past an opening participle or spaced hyphens', () => {
  it('finds "Reached by phone on Tuesday, Vale — who … — told X he …"', () => {
    const { p, found } = reported(
      'Reached by phone on Tuesday, Vale — who is listed as a pilot in Kent — told The Harbour Post he is not planning an appeal of the ruling.',
    );
    expect(contents(p, found)).toEqual(['he is not planning an appeal of the ruling']);
    expect(subjects(p, found)).toEqual(['Vale']);
  });
  it('finds "Mara Quill - Vale\'s partner on his radio show - told X that …" (a hyphen spaced as a dash)', () => {
    const { p, found } = reported("Mara Quill - Vale's partner on his radio show - told The Harbour Post that the doubts turned extreme.");
    expect(contents(p, found)).toEqual(['the doubts turned extreme']);
    expect(subjects(p, found)).toEqual(['Mara Quill']);
  });
});

describe('findReportedSpeech: a participle cue opening the sentence', () => {
  it('reports the participle\'s clause up to the main clause, whose subject speaks ("Noting that …, Quill put …")', () => {
    const { p, found } = reported('Noting that both wardens battled the harbour board, Mara Quill put her finger on one side of the race.');
    expect(contents(p, found)).toEqual(['both wardens battled the harbour board']);
    expect(subjects(p, found)).toEqual(['Mara Quill']);
  });
});

describe('findReportedSpeech: an aside after the cue, before "that"', () => {
  it('steps over an aside in dashes and one with a verb of its own when "that" follows it', () => {
    const dash = reported('His harbour chief Oren Vale said — on the radio, as it happens — that the town raised about $4 million that day.');
    expect(contents(dash.p, dash.found)).toEqual(['the town raised about $4 million that day']);
    const verb = reported('The warden further stated, while testifying before the council earlier this month, that Vale was not truthful with the town.');
    expect(contents(verb.p, verb.found)).toEqual(['Vale was not truthful with the town']);
  });
  it('takes no clause after an aside with a verb when no "that" follows ("said, as the crowd roared, the …")', () => {
    const { p, found } = reported('Oren Vale said, as the crowd roared at the gates, the wall would hold.');
    expect(contents(p, found)).toEqual([]);
  });
});

describe('findReportedSpeech: a present cue the tagger reads as a noun after an aside', () => {
  it('reads "Vale — who … — states that …"', () => {
    const { p, found } = reported('In the book, Vale — who was posted at the harbour door for three years — states that a post on the ferry was dreaded.');
    expect(contents(p, found)).toEqual(['a post on the ferry was dreaded']);
  });
});
