import type { ParsedArticle, Token } from '../types.js';

/**
 * The tokens from `from` up to `end` that `isVerb` reads as verbs wink mis-tagged, retagged VERB.
 * Returns `parsed` itself when nothing changes, else a copy with those tokens retagged; `isVerb`
 * always sees the tokens as wink tagged them.
 */
export function retagAsVerbs(parsed: ParsedArticle, from: number, end: number, isVerb: (tokens: readonly Token[], k: number) => boolean): ParsedArticle {
  let tokens: Token[] | null = null;
  const all = parsed.tokens;
  for (let k = from; k < end; k++) {
    if (isVerb(all, k)) (tokens ??= [...all])[k] = { ...all[k]!, pos: 'VERB' };
  }
  return tokens ? { ...parsed, tokens } : parsed;
}
