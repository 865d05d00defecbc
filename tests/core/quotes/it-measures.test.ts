import { describe, expect, it } from 'vitest';
import { speakersOf } from './parsed-fixture.js';

// spk13 (issue 13, speakers in ordinary news): "it" after a sentence about a company's shares or
// profits, and after people who spoke, who are never an "it" (made-up articles).

const speakers = (body: string) => speakersOf(`Harbour Town News\n\n${body}`);

describe('"it" after a sentence about what a company is worth', () => {
  it('is the company whose shares opened the sentence before ("Acme\'s shares fell. It warned …")', () => {
    expect(speakers("Gull Shipping Group's shares fell 3% on Monday. It warned that bookings for the summer would slow.")).toEqual(['Gull Shipping Group']);
  });

  it('is the company named before its profits ("Acme profits fell")', () => {
    expect(speakers('Dover Marine profits fell by a third in the spring. It said the strike had kept its ferries in port.')).toEqual(['Dover Marine']);
  });

  it('is the company after "shares in"', () => {
    expect(speakers('Shares in Dover Marine Holdings rose sharply on Friday. It said orders for new pontoons had doubled.')).toEqual(['Dover Marine Holdings']);
  });

  it('is the company after "shares in" and a description of it', () => {
    expect(speakers('Shares in Welsh ferry operator Dover Marine Holdings sank by a quarter when it said two boats were unsafe.')).toEqual([
      'Dover Marine Holdings',
    ]);
  });

  it('is no person whose shares are meant', () => {
    expect(speakers("Tom Pell's shares fell 3% on Monday. It warned that bookings for the summer would slow.")).toEqual(['It']);
  });
});

describe('"it" after people spoke', () => {
  it('passes over a group that spoke to the body before it', () => {
    expect(
      speakers('The Harbour Board said fares would rise in May. Analysts said the rise was too steep. It warned that the pier would close without it.'),
    ).toEqual(['Harbour Board', 'Analysts', 'Harbour Board']);
  });

  it("passes over a share of people who spoke (a poll's answer)", () => {
    expect(
      speakers(
        'The Harbour Board said fares would rise in May. In a Gazette poll, 64 percent of residents said the rise was too steep. It warned that the pier would close without it.',
      ),
    ).toEqual(['Harbour Board', '64 percent of residents', 'Harbour Board']);
  });

  it('leaves the organisation opening the sentence before to "it" though analysts spoke after it', () => {
    expect(speakers('Harbour Works posted a loss for the year, analysts said. It said orders had fallen during the strike.')).toEqual([
      'analysts',
      'Harbour Works',
    ]);
  });

  it('passes over an unnamed spokesman', () => {
    expect(
      speakers('The Harbour Board said fares would rise in May. A spokesman said the rise was needed. It warned that the pier would close without it.'),
    ).toEqual(['Harbour Board', 'spokesman', 'Harbour Board']);
  });
});
