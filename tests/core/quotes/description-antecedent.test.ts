import { describe, expect, it } from 'vitest';
import { speakersOf as speakers } from './parsed-fixture.js';

// Our own invented articles: a "he"/"she" cue right after a quote by a description goes on with it.

describe('a description speaker as the antecedent of the next "he"/"she"', () => {
  it('"A spokesman for Ana Ruiz said …. He added: …" is the spokesman, not Ruiz or another man', () => {
    const text = [
      'Harbour row',
      'Mayor Ana Ruiz met Tom Becker, the port director, on Monday.',
      'A spokesman for Ana Ruiz said: “The talks went well.” He added: “We will meet again in May.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['spokesman for Ana Ruiz', 'spokesman for Ana Ruiz']);
  });

  it('goes on with the description past a man named only in its own statement', () => {
    const text = [
      'Harbour bid',
      'Ferry stocks climbed at noon. A Quayside Holdings spokesman told reporters on Tuesday the firm knew nothing of Tom Becker raising funds for an offer. He also said the directors had spoken to the watchdog.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Quayside Holdings spokesman', 'Quayside Holdings spokesman']);
  });

  it('takes a "she" with no named antecedent to a description further back', () => {
    const text = [
      'Harbour school',
      'A council spokeswoman said the school would close in June. The decision followed a long review. Pupils will move to schools nearby. She said the review had been fair.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['council spokeswoman', 'council spokeswoman']);
  });

  it('leaves the "he"/"she" alone past a sentence whose subject is an unnamed person of its own', () => {
    const text = [
      'Harbour crash',
      'A police spokesman said the pier road was shut. Officers were called to the scene. Traffic went through the village. The driver, a 40-year-old man, was taken to hospital. He said he had been blinded by the sun.',
      'A council spokeswoman said the bins would go on Friday. A woman living nearby complained. She said the smell was terrible.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['police spokesman', 'He', 'council spokeswoman', 'She']);
  });

  it('keeps a named man standing between the description and "he"', () => {
    const text = [
      'Harbour row',
      'A spokesman for the council said: “The talks went well.” Tom Becker, the port director, disagreed. He said: “Nothing was agreed.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['spokesman for the council', 'Tom Becker']);
  });

  it('does not take "she" to a spokesman', () => {
    const text = [
      'Harbour row',
      'Mayor Ana Ruiz met the council on Monday.',
      'A spokesman for the council said: “The talks went well.” She added: “We will meet again in May.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['spokesman for the council', 'Ana Ruiz']);
  });
});

describe("the previous sentence's subject over the article's subject it reports on", () => {
  it('"Vale said Mr Becker had …. He added: …" is Vale, though Becker is named more often', () => {
    const text = [
      'Harbour row',
      'Mr Tom Becker has resigned from the board. Becker said: “I have done nothing wrong.”',
      'Oren Vale, executive partner of Marsh Holdings said Mr Becker had been considering retirement. He added: “Tom has decided to go now.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Becker', 'Oren Vale', 'Oren Vale']);
  });
});
