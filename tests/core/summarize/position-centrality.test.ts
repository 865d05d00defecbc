import { describe, expect, it } from 'vitest';
import { cleanArticle, parseArticle } from '../../../src/index.js';
import { positionCentralityScores } from '../../../src/core/summarize/position-centrality.js';
import { buildTermBags } from '../../../src/core/summarize/sentence-vectors.js';

const parsed = parseArticle(
  cleanArticle(
    'Harbour Town will open its new ferry route to Gull Island on Monday after two years of work. ' +
      'The route cuts the crossing from ninety minutes to forty, the harbour board said. ' +
      'Tickets for the new ferry route go on sale at the quay office on Friday. ' +
      'The old ferry will be sold to a museum in the spring.',
  ),
);
const indices = parsed.sentences.map((_, i) => i);
const terms = buildTermBags(parsed, indices);
const texts = parsed.sentences.map((s) => parsed.article.text.slice(s.start, s.end));

describe('positionCentralityScores', () => {
  it('weighs the lead bias by the positions given, not by the index (a caption set aside counts for none)', () => {
    const byIndex = positionCentralityScores(terms, texts, [0, 1, 2, 3]);
    const afterCaption = positionCentralityScores(terms, texts, [0, 1, 1, 2]);
    expect(afterCaption[0]).toBe(byIndex[0]);
    expect(afterCaption[1]).toBe(byIndex[1]);
    expect(afterCaption[2]).toBeGreaterThan(byIndex[2]!);
    expect(afterCaption[3]).toBeGreaterThan(byIndex[3]!);
  });
});
