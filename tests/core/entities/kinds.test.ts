import { describe, expect, it } from 'vitest';
import { typedNames as names } from './names.js';
import { withDescribedKinds } from '../../../src/core/entities/kinds.js';
import type { NameMention } from '../../../src/core/entities/group.js';

/** A mention of `name` at its first place in `text`, typed `type`. */
const mention = (text: string, name: string, type: NameMention['type']): NameMention => {
  const start = text.indexOf(name);
  return { type, start, end: start + name.length, text: name, words: name.split(' ') };
};

describe('names the article says the kind of', () => {
  it('reads a name described as a town as a place, at every mention', () => {
    const text = 'Tervola Heights, a small town in the hills, flooded. Tervola Heights opened a shelter.';
    const second = { ...mention(text.slice(40), 'Tervola Heights', 'ORGANIZATION') };
    const shifted = { ...second, start: second.start + 40, end: second.end + 40 };
    expect(withDescribedKinds([mention(text, 'Tervola Heights', 'ORGANIZATION'), shifted], text).map((m) => m.type)).toEqual(['PLACE', 'PLACE']);
  });

  it('reads a name described as a company as an organisation', () => {
    const text = 'Shares rose after Brenmoor Fields, the insurer that owns half the harbour, raised its bid.';
    expect(withDescribedKinds([mention(text, 'Brenmoor Fields', 'PLACE')], text)[0]!.type).toBe('ORGANIZATION');
  });

  it('leaves a kind noun that opens a longer noun alone ("a city council")', () => {
    const text = 'Ovrebo, the city council said, will close two schools.';
    const found = [mention(text, 'Ovrebo', 'ORGANIZATION')];
    expect(withDescribedKinds(found, text)).toBe(found);
  });

  it('leaves people alone', () => {
    const text = 'Maren Dahl, a local band singer, spoke.';
    expect(withDescribedKinds([mention(text, 'Maren Dahl', 'PERSON')], text)[0]!.type).toBe('PERSON');
  });

  it('types a described place in a whole article', () => {
    expect(names('Police in Skerra Gardens said two men were arrested. Skerra Gardens is a small city near the coast.')).toEqual(['PLACE Skerra Gardens']);
  });
});

// Patterns issue 12 listed as misses that the current model gets right: guards, so a retrain
// or a rule that loses one turns red here rather than unseen.
describe('names issue 12 listed, right on the current build', () => {
  it('reads teams, a state, a bay area, an agency with its country, a band and a weekday club', () => {
    expect(
      names(
        'Auburn beat Tulane 27-14 on Saturday. Ohio officials certified the result on Monday. Residents of the Tampa Bay Area were told to leave. The US Securities and Exchange Commission opened an inquiry. The band Kaiser Chiefs will tour. Sheffield Wednesday signed Tom Reed.',
      ).sort(),
    ).toEqual(
      [
        'ORGANIZATION Auburn',
        'ORGANIZATION Tulane',
        'PLACE Ohio',
        'PLACE Tampa Bay Area',
        'ORGANIZATION US Securities and Exchange Commission',
        'ORGANIZATION Kaiser Chiefs',
        'ORGANIZATION Sheffield Wednesday',
        'PERSON Tom Reed',
      ].sort(),
    );
  });
});
