import type { Token } from '../types.js';

/** Dashes that hand a statement over to the writer ("… — a promise he made"). */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);

/** " - " standing for a dash (copy typed without one). */
function spacedHyphen(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k]!.value === '-' &&
    tokens[k - 1] !== undefined &&
    tokens[k + 1] !== undefined &&
    tokens[k - 1]!.end < tokens[k]!.start &&
    tokens[k]!.end < tokens[k + 1]!.start
  );
}

/** A dash, or a hyphen spaced as one, at `k`. */
export function isDashAt(tokens: readonly Token[], k: number): boolean {
  return DASHES.has(tokens[k]!.value) || spacedHyphen(tokens, k);
}
