import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle, parseArticle, summarize, type ParsedArticle, type SummaryMethod } from '../../../src/index.js';
import { SEED } from '../../helpers.js';

const METHODS: SummaryMethod[] = ['default', 'lead', 'textrank', 'lexrank'];
const parse = (raw: string) => parseArticle(cleanArticle(raw));
const park = parse(readFileSync(new URL('./fixtures/riverside-park.txt', import.meta.url), 'utf8'));
const seed = parse(readFileSync(SEED, 'utf8'));

const sentenceText = (p: ParsedArticle, i: number) => p.article.text.slice(p.sentences[i]!.start, p.sentences[i]!.end);
const wordsIn = (p: ParsedArticle, i: number) => {
  const s = p.sentences[i]!;
  return p.tokens.slice(s.firstToken, s.endToken).filter((t) => /[\p{L}\p{N}]/u.test(t.value)).length;
};

describe.each(METHODS)('summarize with method %s', (method) => {
  it('returns sentences in article order', () => {
    const indices = summarize(seed, { method, sentences: 4 }).map((s) => s.index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });

  it('returns each sentence verbatim, with offsets into the cleaned text', () => {
    for (const s of summarize(seed, { method, sentences: 4 })) {
      expect(s.text).toBe(seed.article.text.slice(s.start, s.end));
      expect(s.text).toBe(sentenceText(seed, s.index));
    }
  });

  it('never picks the title or a heading, even when asked for every sentence', () => {
    const picked = summarize(park, { method, sentences: 100 }).map((s) => s.text);
    expect(picked).not.toContain('Town Council Approves New Riverside Park');
    expect(picked).not.toContain('What Happens Next');
  });

  it('never picks both of two near-duplicate sentences', () => {
    const picked = summarize(park, { method, sentences: 100 }).map((s) => s.text);
    const both = picked.filter((t) => t.startsWith('The town council voted on Tuesday'));
    expect(both).toHaveLength(1);
  });

  it('honours --sentences exactly when the article has enough', () => {
    expect(summarize(seed, { method, sentences: 3 })).toHaveLength(3);
  });
});

describe('summarize length options', () => {
  it('defaults to about 20% of the sentences, at least 1 and at most 5', () => {
    // riverside-park has 11 body sentences (title, heading and one near-duplicate aside): 20% → 2.
    expect(summarize(park)).toHaveLength(2);
    const long = parse(Array.from({ length: 60 }, (_, i) => `Report ${i} covers harbour${i} repairs${i} and ferry${i} delays${i}.`).join(' '));
    expect(summarize(long)).toHaveLength(5);
    expect(summarize(parse('Only one sentence here, and it is short.'))).toHaveLength(1);
  });

  it('stops before a word budget is passed', () => {
    for (const words of [30, 60, 90]) {
      const summary = summarize(seed, { words });
      const total = summary.reduce((sum, s) => sum + wordsIn(seed, s.index), 0);
      expect(total).toBeLessThanOrEqual(words);
      expect(summary.length).toBeGreaterThan(0);
    }
  });

  it('keeps one sentence when even that passes the word budget', () => {
    expect(summarize(seed, { words: 1 })).toHaveLength(1);
  });

  it('takes a ratio of the sentences, at least one', () => {
    expect(summarize(park, { ratio: 0.5 })).toHaveLength(Math.round(0.5 * 11));
    expect(summarize(park, { ratio: 0.01 })).toHaveLength(1);
  });

  it('lets --sentences win over a word budget given with it', () => {
    expect(summarize(seed, { sentences: 2, words: 1 })).toHaveLength(2);
  });

  it('treats a length that is not a finite number as unset', () => {
    expect(summarize(park, { sentences: Number.NaN })).toHaveLength(2);
    expect(summarize(park, { words: Number.NaN })).toHaveLength(2);
  });

  it('returns nothing for an article with no body text', () => {
    expect(summarize(parse(''))).toEqual([]);
  });

  // None stands alone (a lone word, a line cut off at a comma, a short heading-like line): a user asked for a summary still gets one.
  it.each(METHODS)('summarises by its fragments an article none of whose sentences stands alone (%s)', (method) => {
    expect(summarize(parse('Hello'), { method }).map((s) => s.text)).toEqual(['Hello']);
    const cutOff = 'Early on Friday the mayor of Dunmore opened the new bridge over the river Tarn,';
    expect(summarize(parse(`Dunmore Opens Its Bridge\n\n${cutOff}`), { method }).map((s) => s.text)).toEqual([cutOff]);
    expect(summarize(parse('Dunmore bridge opens at last\n\nMayor opens bridge\n\nCrowds on both banks'), { method, sentences: 5 })).toHaveLength(2);
  });
});

describe('summarize on unlaid-out text', () => {
  // One long line, no title, no paragraph breaks, opening with a source tag: how cnndm stories come.
  const oneLine = parse(
    '(CNN)Firefighters in the hill town of Marlow contained a forest fire on Sunday after three days of work. ' +
      'The fire burned about 400 hectares of pine forest north of Marlow, the regional fire service said. ' +
      'No homes were lost, but 200 residents spent two nights in a school gym. ' +
      'Crews from four neighbouring towns helped to contain the fire. ' +
      '"We were lucky with the wind," fire chief Dana Holt said. ' +
      'Investigators believe the forest fire was started by a campfire left burning near Marlow. ' +
      'The residents were allowed to return home on Sunday evening.',
  );

  it('summarises a one-line article with no title', () => {
    expect(oneLine.article.title).toBe('');
    const summary = summarize(oneLine, { sentences: 2 });
    expect(summary).toHaveLength(2);
    expect(summary[0]!.text.startsWith('(CNN)Firefighters')).toBe(true);
  });

  // A picture caption glued to the story with no full stop (the splitter cuts it off at "He").
  const captioned = parse(
    'Harbour Town will open its new ferry route to Gull Island on Monday after two years of work. ' +
      'The route cuts the crossing from ninety minutes to forty, the harbour board said. ' +
      'Ferry captain Ada Moss waves to the crowd at the quay after the first test crossing ' +
      'He said the new boat had handled the winter swell well. ' +
      'Tickets for the new ferry route go on sale at the quay office on Friday.',
  );

  it('never picks a caption glued on with no full stop, by default or by lead (the lead bias: position-centrality.test.ts)', () => {
    const texts = summarize(captioned, { sentences: 100 }).map((s) => s.text);
    expect(texts).toHaveLength(4);
    expect(texts.some((t) => t.startsWith('Ferry captain'))).toBe(false);
    expect(summarize(captioned, { method: 'lead', sentences: 3 }).map((s) => s.text.slice(0, 12))).toEqual(['Harbour Town', 'The route cu', 'He said the ']);
  });

  it('sizes the default summary by the sentences that may be chosen, not the captions glued on', () => {
    // Five sentences and three captions: 20% of five is one sentence, of eight it would be two.
    const withCaptions = parse(
      'Harbour Town will open its new ferry route to Gull Island on Monday after two years of work. ' +
        'The route cuts the crossing from ninety minutes to forty, the harbour board said. ' +
        'Ferry captain Ada Moss waves to the crowd at the quay after the first test crossing ' +
        'He said the new boat had handled the winter swell well. ' +
        'Passengers queue on the quay for the first public sailing of the morning ' +
        'She said the tickets had sold out within an hour. ' +
        'The new ferry leaves the harbour mouth on its way to the island in the sun ' +
        'They said the timetable would grow in the summer.',
    );
    expect(withCaptions.sentences).toHaveLength(8);
    expect(summarize(withCaptions)).toHaveLength(1);
  });

  // It was empty, and a user saw nothing at all: see 'summarises by its fragments' above.
  it.each(METHODS)('summarises by its items an article of list items only, none of which stands alone (%s)', (method) => {
    const list = parse(
      'Ferry Board Decisions\n\n- Raised the fare for a single crossing to four pounds\n\n- Bought a second boat for the winter route to Gull Island',
    );
    expect(summarize(list, { method, sentences: 3 }).map((s) => s.text.slice(0, 8))).toEqual(['- Raised', '- Bought']);
  });
});
