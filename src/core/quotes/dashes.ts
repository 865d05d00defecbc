import type { Token } from '../types.js';

/**
 * The dashes of news copy, one set for every module: em and en dash, the horizontal bar that signs
 * a quote ("“…” ― Jane Doe") and a typed double hyphen ("the plan -- a bad one --").
 */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '--']);

/** A dash, or a hyphen standing for one (“…” - Jane Roe), whatever its spacing. */
export function isDash(value: string): boolean {
  return DASHES.has(value) || value === '-';
}

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
