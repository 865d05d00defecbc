import { describe, expect, it } from 'vitest';
import { speakersOf } from './parsed-fixture.js';

// spk13 (issue 13, speakers in ordinary news). Made-up articles.

const speakers = (body: string) => speakersOf(`Harbour Town News\n\n${body}`);

describe('a name right after an opening adjunct ("Before the ferry left, Pell argued with Moss")', () => {
  it('is the subject a later "he" goes on with, not the object after it', () => {
    expect(
      speakers('Before the ferry left, Tom Pell argued with the deckhand Carl Moss, who had lost the keys. "We will sail at noon whatever happens," he said.'),
    ).toEqual(['Tom Pell']);
  });

  it('is only the name after the first comma, not one in a list after the subject', () => {
    expect(
      speakers('Before the ferry left, Tom Pell thanked Ann Roe, Carl Moss and Ian Lee for the repairs. "We could not have sailed without them," he said.'),
    ).toEqual(['Tom Pell']);
  });
});

describe('"the firm said" after a quote that names a firm', () => {
  it('is the body that spoke before, not the name inside the quote that "the firm" seems to describe', () => {
    expect(
      speakers('The ratings company Gullwatch said a fifth of listeners lived in Dover. Most of them tuned in to the rival station Seawave, the firm said.'),
    ).toEqual(['Gullwatch', 'Gullwatch']);
  });

  it('is still the firm a phrase before the name gave that role, inside the quote', () => {
    expect(speakers('Takings at the shipping group Dover Marine Holdings dropped by a tenth last winter, the group said.')).toEqual(['Dover Marine Holdings']);
  });

  it("is still a person's name closing the quote, which ran on into its speaker", () => {
    expect(speakers('No passenger was hurt in the storm, Dr Ann Roe, the port director told the Gazette.')).toEqual(['Ann Roe']);
  });
});
