import { describe, expect, it } from 'vitest';
import { speakersOf as speakers } from './parsed-fixture.js';

// Our own invented articles: the subject of a passive verb of telling is the listener.

describe('the one told is no speaker', () => {
  it('"The council was told that …" and "Ferry firms have been warned …" name no speaker', () => {
    const text = [
      'Harbour row',
      '“We will not pay,” said Tom Lee. The council was told that the levy would rise.',
      'Ferry firms have been warned they could lose their berths.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Lee', null, null]);
  });

  it('an outer source speaks; an active "told" is left as it is', () => {
    const text = [
      'Harbour row',
      'According to the harbour handbook, its pilots were told, “Wait for the tide.”',
      'Ana Ruiz told the council that the levy would not rise.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['harbour handbook', 'Ana Ruiz']);
  });

  it('a named agent speaks; an unnamed one leaves no speaker; adverbs before the verb are passed', () => {
    const text = [
      'Harbour row',
      'The council was told by Tom Lee, “The levy will rise.”',
      'The ferry firms were told by the mayor, “Your berths will go.”',
      'The board was also repeatedly told that the pier was unsafe.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Lee', null, null]);
  });
});
