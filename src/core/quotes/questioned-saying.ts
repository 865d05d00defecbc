import type { Sentence, Token } from '../types.js';

/** Auxiliaries that open a yes/no question before their subject ("Will the minister say …?"). */
const INVERTED = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must']);

/**
 * "Will the minister say that the fees are fair?", "Did Roe really say the pier was unsafe?": a
 * yes/no question asks whether a saying happens; it reports none. Not a question that opens with
 * "why", "what" or "how" ("Why did Roe say the pier was unsafe?"), which takes the saying as given.
 * `first` is the subject's first token, `i` the cue.
 */
export function questionedSaying(tokens: readonly Token[], s: Sentence, first: number, i: number): boolean {
  const aux = tokens[first - 1];
  if (!aux || !INVERTED.has(aux.normal) || first - 1 < s.firstToken) return false;
  let last = s.endToken - 1;
  while (last > i && tokens[last]!.pos === 'PUNCT' && tokens[last]!.value !== '?') last--;
  if (tokens[last]?.value !== '?') return false;
  // The auxiliary opens the sentence or a clause joined by "or"/"and" or a comma; after a question
  // word ("Why did Roe say …?") it opens neither, and the saying is taken as given.
  const before = tokens[first - 2];
  return first - 1 === s.firstToken || (!!before && (before.value === ',' || before.normal === 'or' || before.normal === 'and'));
}
