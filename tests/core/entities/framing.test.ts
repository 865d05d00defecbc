import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';

const names = (raw: string) =>
  extractEntities(parseArticle(cleanArticle(raw)))
    .filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION' || e.type === 'PLACE')
    .map((e) => e.name);

const STORY = `Harbour Board Backs Ferry Plan

The harbour board in Port Ellis voted on Monday to run a second ferry to the islands, chair Nadia Brennan said.

Storm Damage

Nadia Brennan said the old pier had been closed twice this winter after storms.

What Happens Next

The board will ask the EU for half of the cost, Brennan added. The European Union has funded ferries before.`;

describe('names in the headline and headings', () => {
  it('drops a heading that only looks like a name', () => {
    expect(names(STORY)).not.toContain('Storm Damage');
    expect(names(STORY)).not.toContain('Happens Next');
  });

  it('keeps names the body confirms', () => {
    expect(names(STORY)).toEqual(expect.arrayContaining(['Nadia Brennan', 'Port Ellis']));
  });
});
