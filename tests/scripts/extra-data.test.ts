import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameForms, readExtra, readNames } from '../../scripts/ner/extra-data.js';

// Three made-up posts in ner-extra's IOB2 form, one "document" as in btc and wnut17.
const POSTS = `-DOCSTART- -X- -X- O

Tova -X- -X- B-PER
Lind -X- -X- I-PER
lands -X- -X- O
in -X- -X- O
Halvik -X- -X- B-LOC

@ -X- -X- B-ORG
Varnia -X- -X- I-ORG
Bank -X- -X- I-ORG
opens -X- -X- O

rain -X- -X- O
again -X- -X- O
in -X- -X- O
Skerra -X- -X- B-LOC
`;

function file(content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-extra-data-'));
  const f = path.join(dir, 'posts.txt');
  writeFileSync(f, content);
  return f;
}

describe('readExtra', () => {
  it('reads a file as its documents, or each sentence as a document of its own (posts)', () => {
    const f = file(POSTS);
    expect(readExtra(f, false)).toHaveLength(1);
    const posts = readExtra(f, true);
    expect(posts.map((d) => d.words.length)).toEqual([5, 4, 4]);
    expect(posts[1]).toEqual({ words: ['@', 'Varnia', 'Bank', 'opens'], sentenceStarts: [0], gold: [{ type: 'ORG', start: 0, end: 3 }] });
    expect(posts[2]!.gold).toEqual([{ type: 'LOC', start: 3, end: 4 }]);
  });

  it('keeps sentences A to B of FILE@A-B', () => {
    const posts = readExtra(`${file(POSTS)}@2-3`, true);
    expect(posts.map((d) => d.words[0])).toEqual(['@', 'rain']);
  });
});

describe('names for the gazetteer', () => {
  it('lists a company under its listing name and its short form', () => {
    expect(nameForms('company', 'Halvik Foods, Inc.')).toEqual(['Halvik Foods, Inc.', 'Halvik Foods']);
    expect(nameForms('company', 'Varnia Motors Corporation')).toEqual(['Varnia Motors Corporation', 'Varnia Motors']);
    expect(nameForms('company', 'The Skerra Group')).toEqual(['The Skerra Group', 'Skerra Group']);
    expect(nameForms('company', 'Tarvik')).toEqual(['Tarvik']);
    expect(nameForms('city', 'The Hague')).toEqual(['The Hague']);
  });

  it('reads --names LIST=FILE and refuses an unknown list', () => {
    const f = file('Halvik Rovers\n\nSkerra United\n');
    expect(readNames(`company=${f}`)).toEqual({ list: 'company', names: ['Halvik Rovers', 'Skerra United'] });
    expect(() => readNames(`clubs=${f}`)).toThrow(/LIST one of/);
  });
});
