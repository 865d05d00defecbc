import { analyze } from '../../../src/index.js';

const BODY = 'The harbour board met on Monday to hear the plans for the new sea wall.';

/**
 * The [speaker, parts] of each quote of one made-up sentence, after a neutral opening paragraph.
 * (With the entities, as the CLI runs it: a name found in what was said changes where a statement ends.)
 */
export function sentenceQuotes(sentence: string): [string | null, string[]][] {
  return analyze(`Harbour News\n\n${BODY}\n\n${sentence}`).quotes.map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => p.text)]);
}
