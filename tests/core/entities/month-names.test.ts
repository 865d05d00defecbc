import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withMonthNames } from '../../../src/core/entities/month-names.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const words = (text: string) => text.split(' ');
const span = (type: TokenSpan['type'], start: number, end: number): TokenSpan => ({ type, start, end });

describe('a month as a given name', () => {
  it('joins its surname, tagged or not, and a verb of saying or a comma after them', () => {
    expect(withMonthNames([span('ORG', 1, 2)], words('April Jorvik said so .'), [0])).toEqual([span('PER', 0, 2)]);
    expect(withMonthNames([span('LOC', 0, 1)], words('Varnia : June Tallis , 34 , said'), [0, 2])).toEqual([span('LOC', 0, 1), span('PER', 2, 4)]);
  });

  it('leaves a date alone: after a preposition or time word, before a number, a place or no verb of saying', () => {
    const unchanged: [string, TokenSpan[]][] = [
      ['In April Congress said no', [span('ORG', 2, 3)]],
      ['by early June Parliament said no', [span('ORG', 3, 4)]],
      ['April 5 Jorvik said', [span('PER', 2, 3)]],
      ['June Varnia said', [span('LOC', 1, 2)]],
      ['April Jorvik won the race', [span('ORG', 1, 2)]],
    ];
    for (const [text, spans] of unchanged) expect(withMonthNames(spans, words(text), [0])).toBe(spans);
  });

  it('gives "April Jorvik" and "June Tallis" as people, not dates and an organisation, end to end', () => {
    const names = typedNames('Harbour news\n\nApril Jorvik said the ferry would run late. June Tallis told reporters the pier was closed.');
    expect(names).toContain('PERSON April Jorvik');
    expect(names).toContain('PERSON June Tallis');
  });
});
