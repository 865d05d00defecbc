import { describe, expect, it } from 'vitest';
import { typedNames } from './names.js';
import { withAmpersands } from '../../../src/core/entities/ampersands.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const words = (text: string) => text.split(' ');
const span = (type: TokenSpan['type'], start: number, end: number): TokenSpan => ({ type, start, end });

describe('names joined by an ampersand', () => {
  it("joins a firm's words across it", () => {
    // A one-word person and an organisation.
    expect(withAmpersands([span('PER', 1, 2), span('ORG', 3, 6)], words('the Tova & Ann Lind Foundation gave'))).toEqual([span('ORG', 1, 6)]);
    // An untagged word before the decoder's span.
    expect(withAmpersands([span('PER', 4, 5)], words('shares in Halvik & Varn rose'))).toEqual([span('ORG', 2, 5)]);
    // An untagged word that ends the name after it.
    expect(withAmpersands([span('PER', 0, 2)], words('Tova Varn & Son said'))).toEqual([span('ORG', 0, 4)]);
  });

  it('leaves two organisations, two people, places, an acronym and a longer name apart', () => {
    const cases: [string, TokenSpan[]][] = [
      ['the Varn Union & Halvik Council met', [span('ORG', 1, 3), span('ORG', 4, 6)]],
      ['By Tova Lind & Ann Roe in', [span('PER', 1, 3), span('PER', 4, 6)]],
      ['Tova & Ann said', [span('PER', 0, 1), span('PER', 2, 3)]],
      ['Varnia & Tobago beat', [span('LOC', 0, 1), span('LOC', 2, 3)]],
      ['in Varnia & Tobago today', [span('LOC', 1, 2)]],
      ['in Varnia & Tobago today', [span('LOC', 3, 4)]],
      ['Tova Lind & Halvik Trust said', [span('PER', 0, 2), span('ORG', 3, 5)]],
      ['on MTV & Wild on E', [span('ORG', 1, 2)]],
      ['a Halvik Christmas & New Year sale', [span('ORG', 1, 3)]],
    ];
    for (const [text, spans] of cases) expect(withAmpersands(spans, words(text)), text).toBe(spans);
  });

  it('lists a foundation named for two people as one organisation', () => {
    expect(typedNames('The Bill & Melinda Gates Foundation pledged $250 million.')).toEqual(['ORGANIZATION Bill & Melinda Gates Foundation']);
  });

  it('reads two untagged capitalised words joined by it as one firm, not the end of a list', () => {
    expect(withAmpersands([span('LOC', 6, 7)], words('Sterling & Oak said on Monday in Tarsk'))).toEqual([span('ORG', 0, 3), span('LOC', 6, 7)]);
    expect(withAmpersands([], words('shares in Sterling & Oak , a broker'))).toEqual([span('ORG', 2, 5)]);
    expect(withAmpersands([], words('her album Salt , Iron & Rain .'))).toEqual([]);
    expect(withAmpersands([], words('the New Sterling & Oak Fund'))).toEqual([]);
    expect(withAmpersands([], words('the New Sterling & Oak said'))).toEqual([]);
  });

  it('reads an untagged pair as a firm only where a firm stands: before a verb of saying, "and" or a stop, not before a noun or a copula', () => {
    expect(withAmpersands([], words('Sterling & Oak and Varn Group said'))).toEqual([span('ORG', 0, 3)]);
    expect(withAmpersands([], words('shares in Sterling & Oak .'))).toEqual([span('ORG', 2, 5)]);
    expect(withAmpersands([], words('sales of Salt & Pepper crisps rose'))).toEqual([]);
    expect(withAmpersands([], words('he said Fire & Frost was his best song'))).toEqual([]);
  });

  it('finds a firm whose words are common ones at the start of a sentence', () => {
    expect(typedNames('Harbour insurers report\n\nLoyal & General said on Tuesday its profits rose.')).toContain('ORGANIZATION Loyal & General');
  });
});
