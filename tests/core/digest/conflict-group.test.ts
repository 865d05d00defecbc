import { describe, expect, it } from 'vitest';
import { articleFeatures } from '../../../src/core/digest/features.js';
import { groupStories } from '../../../src/core/digest/group.js';
import type { ArticleRecord, EntityType } from '../../../src/core/types.js';

/** A made-up article record: its text, and the names the tagger would have found in it. */
function record(source: string, text: string, names: [string, EntityType, number][]): ArticleRecord {
  return {
    source,
    title: text.split('.')[0]!,
    byline: null,
    date: null,
    text,
    blocks: [],
    stats: { words: text.split(' ').length, sentences: text.split('.').length - 1, readingMinutes: 1 },
    summary: [],
    quotes: [],
    entities: names.map(([name, type, count]) => ({ name, type, count, mentions: [] })),
  };
}

const fight = (opponent: string, city: string, round: string, k: number) =>
  `Dario Venn retains heavyweight title against ${opponent}. Champion Dario Venn knocked out challenger ${opponent} in the ${round} round in ${city} on Saturday night to retain his heavyweight belts. ` +
  `Venn, the champion, dropped ${opponent} with a left hook and the referee stopped the title fight. ${opponent} said the champion was too strong. ` +
  `Venn said he wanted a unification fight next and thanked the crowd in ${city}. Report ${k}: the champion landed jabs, the challenger bled, the crowd cheered the heavyweight champion.`;

// Two title defences by one boxer, three reports each, and two unrelated stories.
const records = [
  ...[1, 2, 3].map((k) =>
    record(`ostrander-${k}.txt`, fight('Ostrander', 'Hamburg', 'fourth', k), [
      ['Dario Venn', 'PERSON', 4],
      ['Ostrander', 'PERSON', 4],
      ['Hamburg', 'PLACE', 2],
    ]),
  ),
  ...[1, 2, 3].map((k) =>
    record(`rasko-${k}.txt`, fight('Rasko', 'Basel', 'sixth', k), [
      ['Dario Venn', 'PERSON', 4],
      ['Rasko', 'PERSON', 4],
      ['Basel', 'PLACE', 2],
    ]),
  ),
  record('bank.txt', 'Halvern Bank agrees to buy Ostava Savings. The bank deal values the lender at two billion.', [['Halvern Bank', 'ORGANIZATION', 2]]),
  record('flood.txt', 'River floods Quarnby. The river burst its banks after a week of rain and the town was evacuated.', [['Quarnby', 'PLACE', 2]]),
];
const items = records.map((r) => articleFeatures(r));

describe('groupStories: two events led by different people', () => {
  it('keeps two title defences by one boxer apart when each is led by an opponent the other never names', () => {
    const { story } = groupStories(items);
    expect(story[0]).toBe(story[1]);
    expect(story[0]).toBe(story[2]);
    expect(story[3]).toBe(story[4]);
    expect(story[3]).toBe(story[5]);
    expect(story[0]).not.toBe(story[3]);
  });

  it('merges them without the conflict check (the case it is for)', () => {
    const { story } = groupStories(items, { conflictFactor: 1 });
    expect(story[0]).toBe(story[3]);
  });
});
