import type { Token } from '../types.js';

/** Small scans over a stretch of tokens that the clause tests share; a leaf module, so clause.ts and the modules it imports (statement-ends.ts, writer-asides.ts) use them without an import cycle. */

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** A verb within the `n` tokens from `from`, before a comma or full stop. */
export function verbWithin(tokens: readonly Token[], from: number, n: number): boolean {
  for (let k = from; k < tokens.length && k < from + n; k++) {
    const t = tokens[k]!;
    if (t.value === ',' || t.value === '.') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

export function hasVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

export function hasComma(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (tokens[k]!.value === ',') return true;
  return false;
}
