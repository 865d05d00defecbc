import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';

// Fixtures are our own invented articles; each pins one way a speaker is found.
function speakers(text: string): (string | null)[] {
  return analyze(text, { parts: { summary: false, quotes: true, entities: true } }).quotes.map((q) => q.speaker?.name ?? null);
}

describe('pronoun speakers', () => {
  it('goes on with the person the article is about, not a name passed in an aside', () => {
    const text = [
      'Tom Becker: King of the sea stories',
      'Novelist Tom Becker, who has died at 84, was known for his tales of ships.',
      'Becker served as a sailor during the war. Becker moved to Canada in 1950, where he became a citizen.',
      'The book was made into a film in 1970, starring Ann Lee as the captain and Dean Cole as a young sailor. The writer was known for his research. "I have never been able to write quickly. I am never satisfied," he once said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Becker']);
  });

  it('keeps the nearest name when it is more than a passing mention', () => {
    const text = [
      'Harbour vote',
      'Tom Becker leads the council. Becker called the vote. Becker spoke first.',
      'Dean Cole runs the port. "The wall will not hold against the next storm," he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Dean Cole']);
  });
});
