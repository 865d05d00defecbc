import { describe, expect, it } from 'vitest';
import { speakersOf } from './parsed-fixture.js';

// spk12 (issue 13, pronoun speakers): "it" goes on with the document or body that was the subject
// of its sentence or the one before, though it never spoke (made-up articles).

const speakers = (body: string) => speakersOf(`Harbour Town News\n\n${body}`);

describe('"it" as a speaker', () => {
  it('is the document that opened the sentence before ("The report, …, looked at … It said …")', () => {
    expect(speakers('The report, written by Gull Partners in March, looked at ferry fares in four towns. It said the fares had risen by a third.')).toEqual([
      'report',
    ]);
  });

  it('is the document of the sentence before though the body that wrote it is named earlier', () => {
    expect(speakers('Harbour Works gave no reason for the closure. The statement came late on Friday. It said the yard would reopen in June.')).toEqual([
      'statement',
    ]);
  });

  it('is the organisation that opened the sentence before ("Harbour Works posted a loss. It said …")', () => {
    expect(speakers('Harbour Works posted a loss of ten million pounds for the year. It said orders had fallen during the strike.')).toEqual(['Harbour Works']);
  });

  it('is the organisation a description named before ("The company …")', () => {
    expect(speakers('Gull Shipping Group employs 300 people in Salem. The company opened a new yard in May. It said the yard would build ferries.')).toEqual([
      'Gull Shipping Group',
    ]);
  });

  it('goes on with the same document in the next sentence', () => {
    expect(speakers('The review was published on Monday. It said the pier was unsafe. It added that repairs would take a year.')).toEqual(['review', 'review']);
  });

  it('stays with a body that spoke after the subject', () => {
    expect(speakers('The report came out in May. The council said the pier was unsafe. It said repairs would take a year.')).toEqual(['council', 'council']);
  });

  it('is no person who opened the sentence before: the pronoun stays unresolved', () => {
    expect(speakers('Tom Pell opened the shop in May. It said the fares had risen.')).toEqual(['It']);
  });

  it('is the body named by "the airline" that spoke in the sentence before ("…, it added")', () => {
    expect(speakers('Gull Airways said fares would rise. The airline said it would add ten planes. About 200 jobs would follow, it added.')).toEqual([
      'Gull Airways',
      'Gull Airways',
      'Gull Airways',
    ]);
  });

  it('is not the subject of what was said before a final cue ("The Harbour Trust … in 2005, it noted")', () => {
    expect(
      speakers('Gull Shipping Group said it had weighed the new rules. The Harbour Trust, in particular, was setting stricter rules for 2025, it noted.'),
    ).toEqual(['Gull Shipping Group', 'Gull Shipping Group']);
  });

  it('is no organisation that only begins a longer phrase ("The Gull Works case …")', () => {
    expect(speakers('The Gull Works case was heard in May. It states that a yard may not close without notice.')).toEqual(['It']);
  });

  it('is no organisation of the sentence before when its own sentence opens with another subject', () => {
    expect(speakers('Gull Works closed its yard in May. Workers at Harbour Foods left after it said orders were down.')).toEqual(['it']);
  });

  it('is the organisation of the sentence before when an opening adjunct comes before the pronoun ("Last week, it said …")', () => {
    expect(speakers('Gull Shipping Group posted a loss. Last week, it said orders were down.')).toEqual(['Gull Shipping Group']);
    expect(speakers('The Harbour Trust gave its figures in May. While it expects a fall, it said rents would rise.')).toEqual(['Harbour Trust']);
  });

  it('is the organisation of the sentence before when its own sentence is what was said ("…, it said")', () => {
    expect(speakers('Gull Shipping Group posted a loss. The rise in costs hurt, it said.')).toEqual(['Gull Shipping Group']);
  });

  it('is no organisation that only modifies the head of its phrase ("The Gull Works Go service …")', () => {
    expect(speakers('The Gull Works Go service opened in May. It also said fares would fall.')).toEqual(['It']);
  });
});

// rvq12 (review of spk13): a person or people opening the sentence before are no "it"; a document
// they tabled or published, the object of that sentence, ranks next (centering: subject, then object).
describe('"it" after people acted on a document', () => {
  it('is the motion people tabled in the sentence before', () => {
    expect(
      speakers(
        'The Harbour Board said the levy must double. Tom Pell and Ann Roe have tabled a motion against the levy. It argues that the fee would empty the marina.',
      ),
    ).toEqual(['Harbour Board', 'motion']);
  });

  it('is the report a person published in the sentence before', () => {
    expect(speakers('The Harbour Board said the pier was safe. Ann Roe published a report on the pier. It says repairs will take a year.')).toEqual([
      'Harbour Board',
      'report',
    ]);
  });

  it('stays with the body when the document is not the object of the sentence before', () => {
    expect(speakers('The Harbour Board said the pier was safe. Ann Roe spoke for an hour about the report. It says repairs will take a year.')).toEqual([
      'Harbour Board',
      'Harbour Board',
    ]);
    // (Nor an object that is no document.)
    expect(speakers('The Harbour Board said the pier was safe. Ann Roe tabled a question about the pier. It says repairs will take a year.')).toEqual([
      'Harbour Board',
      'Harbour Board',
    ]);
  });

  it('stays with the body that opened the sentence before, though it published the document', () => {
    expect(speakers('The Harbour Board published a report on the pier. It says repairs will take a year.')).toEqual(['Harbour Board']);
  });
});
