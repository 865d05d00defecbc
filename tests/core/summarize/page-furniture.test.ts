import { describe, expect, it } from 'vitest';
import { cleanArticle, parseArticle, summarize } from '../../../src/index.js';
import { isPageFurniture } from '../../../src/core/summarize/page-furniture.js';

describe('isPageFurniture', () => {
  it('takes a short byline for furniture', () => {
    expect(isPageFurniture('By .')).toBe(true);
    expect(isPageFurniture('By Sam Reporter .')).toBe(true);
    expect(isPageFurniture('BY DAILY MAIL REPORTER')).toBe(true);
  });

  it('takes the name after a bare "By ." for part of the byline', () => {
    expect(isPageFurniture('Sam Reporter .', 'By .')).toBe(true);
  });

  it('does not take a sentence that merely opens with "By" for a byline', () => {
    expect(isPageFurniture('By the time the ferry docked, the storm had passed over the island.')).toBe(false);
    expect(isPageFurniture('By noon it was over.')).toBe(false);
  });

  it('does not take a short sentence for a byline when no bare "By ." precedes it', () => {
    expect(isPageFurniture('He agreed.', 'The mayor spoke first.')).toBe(false);
  });

  it('takes time stamps and bare dates for furniture', () => {
    expect(isPageFurniture('PUBLISHED: .')).toBe(true);
    expect(isPageFurniture('Last updated at 5:04 PM on 12th June 2011 .')).toBe(true);
    expect(isPageFurniture('10:02 EST, 3 May 2013 .')).toBe(true);
    expect(isPageFurniture('Saturday, 26 February')).toBe(true);
  });

  it('keeps a sentence that reports an update', () => {
    expect(isPageFurniture('Updated figures released by the harbour board on Monday show ferry trips fell by a third last year.')).toBe(false);
    expect(isPageFurniture('Updated figures show a rise.')).toBe(false);
  });

  it('keeps a sentence with a date in it', () => {
    expect(isPageFurniture('The pier closed on 3 May 2013.')).toBe(false);
  });

  it('takes a sentence with no words for furniture', () => {
    expect(isPageFurniture('| .')).toBe(true);
  });
});

describe('summarize on a story that opens with page furniture', () => {
  const story = parseArticle(
    cleanArticle(
      'By . Sam Reporter . PUBLISHED: . 10:02 EST, 3 May 2013 . | . UPDATED: . 11:40 EST, 3 May 2013 . ' +
        'The harbour board in Kelton voted on Monday to close the old ferry pier after engineers found cracks in its supports. ' +
        'The pier has carried passengers to the island for ninety years. ' +
        'Engineers said the cracks in the pier had grown quickly over the winter storms. ' +
        'Ferry services will move to the cargo quay until a new pier is built. ' +
        'The board expects the new pier to cost about 12 million pounds.',
    ),
  );

  it.each(['default', 'lead', 'textrank', 'lexrank'] as const)('%s never picks the byline or a time stamp', (method) => {
    const picked = summarize(story, { method, sentences: 3 }).map((s) => s.text);
    expect(picked).toHaveLength(3);
    for (const text of picked) expect(text).toMatch(/pier/);
  });

  it('leads with the first sentence of the story itself', () => {
    expect(summarize(story, { method: 'lead', sentences: 1 })[0]!.text).toMatch(/^The harbour board in Kelton voted/);
    expect(summarize(story, { sentences: 1 })[0]!.text).toMatch(/^The harbour board in Kelton voted/);
  });
});
