import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { parseArticle } from '../../../src/core/nlp/parse.js';
import type { Entity } from '../../../src/core/types.js';
import { fixture, seedText } from '../../helpers.js';

const entitiesOf = (raw: string) => {
  const parsed = parseArticle(cleanArticle(raw));
  return { text: parsed.article.text, entities: extractEntities(parsed) };
};
const find = (entities: readonly Entity[], name: string) => entities.find((e) => e.name === name);
const typeOf = (entities: readonly Entity[], name: string) => find(entities, name)?.type;

describe('extractEntities on the seed article', () => {
  const { text, entities } = entitiesOf(seedText());

  it.each([
    ['Kim Jong Un', 'PERSON'],
    ['Xi Jinping', 'PERSON'],
    ['Mao Zedong', 'PERSON'],
    ['Park Won-gon', 'PERSON'],
    ['China', 'PLACE'],
    ['North Korea', 'PLACE'],
    ['Pyongyang', 'PLACE'],
    ['Beijing', 'PLACE'],
    ['Washington', 'PLACE'],
    ['KCNA', 'ORGANIZATION'],
    ['United Nations', 'ORGANIZATION'],
  ])('finds %s as %s', (name, type) => {
    expect(typeOf(entities, name)).toBe(type);
  });

  it('reads the misprinted "Kim II Sung" as one person, apart from Kim Jong Un', () => {
    expect(typeOf(entities, 'Kim II Sung')).toBe('PERSON');
    expect(find(entities, 'Kim Jong Un')!.mentions.map((m) => m.text)).not.toContain('Kim II Sung');
  });

  it('leaves a bare "Kim" apart, since two Kims are named', () => {
    expect(find(entities, 'Kim Jong Un')!.mentions.every((m) => m.text === 'Kim Jong Un')).toBe(true);
    expect(typeOf(entities, 'Kim')).toBe('PERSON');
  });

  it('counts "UN" as a mention of the United Nations', () => {
    expect(find(entities, 'United Nations')!.mentions.map((m) => m.text)).toEqual(['United Nations', 'UN']);
  });

  it('gives every mention offsets that slice its text', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lists the most-mentioned entities first, with counts equal to their mentions', () => {
    for (const e of entities) expect(e.count).toBe(e.mentions.length);
    const counts = entities.map((e) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(entities[0]!.name).toBe('China');
  });

  it('finds exactly its people, organisations and places', () => {
    expect(names(entities)).toEqual([
      'ORGANIZATION KCNA: KCNA | KCNA',
      'ORGANIZATION United Nations: United Nations | UN',
      'PERSON Kim II Sung: Kim II Sung',
      'PERSON Kim Jong Un: Kim Jong Un | Kim Jong Un | Kim Jong Un | Kim Jong Un',
      'PERSON Kim: Kim | Kim',
      'PERSON Mao Zedong: Mao Zedong',
      'PERSON Park Won-gon: Park Won-gon | Park',
      'PERSON Xi Jinping: Xi Jinping | Xi Jinping | Xi Jinping',
      'PLACE Asia: Asia',
      'PLACE Beijing: Beijing',
      'PLACE China: ' + Array(10).fill('China').join(' | '),
      'PLACE DPRK: DPRK',
      'PLACE North Korea: ' + Array(9).fill('North Korea').join(' | '),
      'PLACE Pyongyang: Pyongyang | Pyongyang',
      'PLACE South Korea: South Korea | South Korea',
      'PLACE US: US | US | US | US',
      'PLACE Washington: Washington',
    ]);
  });

  it('reads "Professor of North Korean Studies" as a title, with no organisation in it', () => {
    expect(entities.some((e) => /Studies/.test(e.name))).toBe(false);
  });

  it("keeps wink's dates and numbers", () => {
    expect(entities.some((e) => e.type === 'DATE' && /July 11/.test(e.name))).toBe(true);
  });
});

/**
 * Every person, organisation and place of a fixture, as `TYPE name: mention | mention`, in
 * any order. Types follow the CoNLL-2003 guidelines the model learnt: sports grounds and the
 * White House are places, clubs and parties are organisations, "US" before an agency is a place.
 */
const names = (entities: readonly Entity[]) =>
  entities
    .filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION' || e.type === 'PLACE')
    .map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`)
    .sort();

interface ModernFixture {
  readonly file: string;
  readonly expected: readonly string[];
  /** Names the tagger still gets wrong: checked apart, by a test that expects the full list to fail. */
  readonly knownMisses?: readonly string[];
}

const MODERN_FIXTURES: readonly ModernFixture[] = [
  {
    file: 'tech.txt',
    expected: [
      'ORGANIZATION OpenAI: OpenAI | OpenAI | OpenAI',
      'ORGANIZATION Nvidia: Nvidia | Nvidia',
      'ORGANIZATION Apple: Apple | Apple',
      'ORGANIZATION Microsoft: Microsoft | Microsoft',
      'ORGANIZATION Google: Google',
      'ORGANIZATION Meta: Meta',
      'ORGANIZATION European Commission: European Commission',
      'ORGANIZATION Federal Trade Commission: Federal Trade Commission',
      'PERSON Jensen Huang: Jensen Huang | Huang',
      'PERSON Sam Altman: Sam Altman',
      'PLACE New York: New York',
      'PLACE Santa Clara: Santa Clara',
      'PLACE California: California',
      'PLACE Brussels: Brussels',
      'PLACE Washington: Washington',
      'PLACE US: US',
    ],
  },
  {
    file: 'politics.txt',
    expected: [
      'PERSON Keir Starmer: Starmer | Keir Starmer | Starmer',
      'PERSON Emmanuel Macron: Macron | Emmanuel Macron | Macron',
      'PERSON Volodymyr Zelensky: Volodymyr Zelensky',
      'PERSON Mark Rutte: Mark Rutte',
      'PERSON Joe Biden: Joe Biden',
      'PERSON Karine Jean-Pierre: Karine Jean-Pierre',
      'PERSON Kemi Badenoch: Kemi Badenoch',
      'ORGANIZATION European Union: European Union',
      'ORGANIZATION Nato: Nato',
      'PLACE Channel: Channel',
      'PLACE English Channel: English Channel',
      'PLACE Paris: Paris',
      'PLACE France: France',
      'PLACE Ukraine: Ukraine',
      'PLACE Kyiv: Kyiv',
      'PLACE Washington: Washington',
    ],
  },
  {
    file: 'sport.txt',
    expected: [
      'PERSON Erling Haaland: Haaland | Erling Haaland',
      'PERSON Pep Guardiola: Pep Guardiola',
      'PERSON Mikel Arteta: Mikel Arteta',
      'PERSON Kylian Mbappe: Kylian Mbappe',
      'PERSON Lamine Yamal: Lamine Yamal',
      'ORGANIZATION City: City',
      'ORGANIZATION Manchester City: Manchester City',
      'ORGANIZATION Arsenal: Arsenal | Arsenal',
      'ORGANIZATION Liverpool: Liverpool',
      'ORGANIZATION Chelsea: Chelsea',
      'ORGANIZATION Real Madrid: Real Madrid',
      'ORGANIZATION Barcelona: Barcelona',
      'PLACE Etihad Stadium: Etihad Stadium',
      'PLACE Spain: Spain',
      'PLACE France: France',
      'PLACE Lisbon: Lisbon',
      'PLACE Madrid: Madrid',
    ],
    // "City" in the title-case headline is no longer found (since the word-cluster features).
    // ("Pep", opening the sentence and in no list, is joined to "Guardiola" by name-edges.ts.)
    knownMisses: ['City'],
  },
  {
    file: 'ai-business.txt',
    expected: [
      'ORGANIZATION Anthropic: Anthropic | Anthropic | Anthropic',
      'ORGANIZATION OpenAI: OpenAI | OpenAI',
      'ORGANIZATION SoftBank: SoftBank | SoftBank',
      'ORGANIZATION Amazon: Amazon',
      'ORGANIZATION Google: Google',
      'ORGANIZATION Microsoft: Microsoft',
      'ORGANIZATION Nvidia: Nvidia',
      'PERSON Dario Amodei: Dario Amodei',
      'PERSON Masayoshi Son: Masayoshi Son',
      'PLACE San Francisco: San Francisco',
      'PLACE Texas: Texas',
      'PLACE Ireland: Ireland',
      'PLACE Japan: Japan',
    ],
  },
  {
    file: 'eu-diplomacy.txt',
    expected: [
      'ORGANIZATION European Union: EU | European Union',
      'ORGANIZATION European Commission: European Commission | European Commission',
      'ORGANIZATION Nato: Nato',
      'PERSON Ursula von der Leyen: Ursula von der Leyen',
      'PERSON Mark Rutte: Mark Rutte',
      'PERSON Viktor Orban: Viktor Orban',
      'PLACE Russia: Russia | Russia',
      'PLACE Brussels: Brussels',
      'PLACE Warsaw: Warsaw',
      'PLACE Poland: Poland',
      'PLACE Lithuania: Lithuania',
      'PLACE Ukraine: Ukraine',
      'PLACE Hungary: Hungary',
      'PLACE Moscow: Moscow',
    ],
  },
  {
    file: 'football.txt',
    expected: [
      'PERSON Mohamed Salah: Salah | Mohamed Salah | Salah',
      'PERSON Alexander Isak: Alexander Isak',
      'PERSON Virgil van Dijk: Virgil van Dijk',
      'PERSON Arne Slot: Arne Slot',
      'PERSON Eddie Howe: Eddie Howe',
      'ORGANIZATION Liverpool: Liverpool | Liverpool | Liverpool',
      'ORGANIZATION Newcastle: Newcastle | Newcastle',
      'ORGANIZATION Newcastle United: Newcastle United',
      'ORGANIZATION Arsenal: Arsenal',
      'ORGANIZATION Aston Villa: Aston Villa',
      'PLACE Anfield: Anfield',
      'PLACE Villa Park: Villa Park',
      'PLACE Egypt: Egypt',
      'PLACE Morocco: Morocco',
    ],
  },
  {
    file: 'us-politics.txt',
    expected: [
      'PERSON Donald Trump: Trump | Donald Trump | Trump',
      'PERSON Elizabeth Warren: Elizabeth Warren',
      'PERSON Mike Johnson: Mike Johnson',
      'PERSON Mark Carney: Mark Carney',
      'ORGANIZATION Congress: Congress',
      'ORGANIZATION Ford: Ford',
      'ORGANIZATION General Motors: General Motors',
      'PLACE Canada: Canada | Canada',
      'PLACE Mexico: Mexico',
      'PLACE White House: White House',
      'PLACE Pennsylvania: Pennsylvania',
      'PLACE Ohio: Ohio',
      'PLACE Massachusetts: Massachusetts',
      'PLACE Ottawa: Ottawa',
      'PLACE New York: New York',
    ],
  },
];

describe('extractEntities on modern news we wrote', () => {
  for (const { file, expected, knownMisses = [] } of MODERN_FIXTURES) {
    const nameOf = (line: string) => line.slice(line.indexOf(' ') + 1, line.indexOf(':'));
    const apart = (lines: readonly string[]) => lines.filter((l) => !knownMisses.includes(nameOf(l)));
    const found = () => names(entitiesOf(fixture('entities', file)).entities);

    it(`finds exactly the people, organisations and places of ${file}${knownMisses.length ? ' (known misses apart)' : ''}`, () => {
      expect(apart(found())).toEqual(apart([...expected].sort()));
    });
    if (knownMisses.length > 0) {
      it.fails(`still gets ${knownMisses.join(', ')} wrong in ${file}`, () => {
        expect(found()).toEqual([...expected].sort());
      });
    }
  }

  it('reads a title-case headline word by word, not as one long name', () => {
    const { entities } = entitiesOf(fixture('entities', 'tech.txt'));
    expect(entities.some((e) => / /.test(e.name) && /Overtakes|Soars|Demand/.test(e.name))).toBe(false);
    expect(find(entities, 'Nvidia')!.mentions[0]!.start).toBe(0);
  });
});
