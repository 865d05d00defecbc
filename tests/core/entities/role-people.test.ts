import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withRolePeople } from '../../../src/core/entities/role-people.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const words = (text: string) => text.split(' ');
const span = (type: TokenSpan['type'], start: number, end: number): TokenSpan => ({ type, start, end });

describe('a name right after a lower-case role', () => {
  it("is a person's, and so are the article's other spans of its words", () => {
    const text = words('Halvex founder Tova Lind said so . Tova Lind added more .');
    expect(withRolePeople([span('ORG', 0, 1), span('ORG', 2, 4), span('ORG', 7, 9)], text, [0, 7])).toEqual([
      span('ORG', 0, 1),
      span('PER', 2, 4),
      span('PER', 7, 9),
    ]);
  });

  it("leaves a role after no name, a firm's trade, a verb, a head, a capital after and a sentence's edge alone", () => {
    const unchanged: [string, TokenSpan[], number[]][] = [
      ['a fund manager Tarsk Advisors said', [span('ORG', 3, 5)], [0]],
      ['the founder Tova Lind said', [span('ORG', 2, 4)], [0]],
      ['UK broadcaster Varn Radio says', [span('LOC', 0, 1), span('ORG', 2, 4)], [0]],
      ['Bolton host Varnia or Tarsk', [span('ORG', 0, 1), span('ORG', 2, 3)], [0]],
      ['Halvex founder Varn Securities said', [span('ORG', 0, 1), span('ORG', 2, 4)], [0]],
      ['Committee chairman Labour MP Ann Roe', [span('ORG', 0, 1), span('ORG', 2, 3)], [0]],
      ['Halvex boss . Varncorp said', [span('ORG', 0, 1), span('ORG', 3, 4)], [0, 3]],
    ];
    for (const [text, spans, starts] of unchanged) expect(withRolePeople(spans, words(text), starts)).toBe(spans);
  });

  it('types a founder named after the company a person, end to end', () => {
    expect(typedNames('SpaceX founder Elon Musk said on Monday that the rocket had landed. Elon Musk later posted a video.')).toContain('PERSON Elon Musk');
  });
});
