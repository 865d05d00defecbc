import { analyze } from '../../../src/index.js';

const BODY = 'The harbour board met on Monday to hear the plans for the new sea wall.';

/**
 * The [speaker, parts] of each quote of one made-up sentence, after a neutral opening paragraph.
 * (With the entities, as the CLI runs it: a name found in what was said changes where a statement ends.)
 */
export function sentenceQuotes(sentence: string): [string | null, string[]][] {
  return analyze(`Harbour News\n\n${BODY}\n\n${sentence}`).quotes.map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => p.text)]);
}

/** [cue, speaker name, text] of each quote of an article made of a fixed opening and `body`. */
export function quotes(body: string): [string, string | null, string][] {
  return quotesOf(`Harbour Town News\n\n${body}`);
}

/** [cue, speaker name, text] of each quote of a whole article. */
export function quotesOf(article: string): [string, string | null, string][] {
  return analyze(article, { parts: { summary: false, quotes: true, entities: true } }).quotes.map((q) => [q.cue, q.speaker?.name ?? null, q.text]);
}
