import type { Token } from '../types.js';
import { type Subject } from './noun-phrases.js';
import { subjectAfter } from './forward-phrases.js';

/**
 * "According to Ann Vale, writing for the Gazette: “…”": a participle right after the comma that
 * closes "according to X" is an apposition on X (the sentence has no subject of its own before
 * it), so X is its subject and speaks. The source, when the comma before token `i` closes such a
 * phrase opened after `floor`, else null.
 */
export function accordingSourceBefore(tokens: readonly Token[], i: number, floor: number): Subject | null {
  if (tokens[i - 1]?.value !== ',') return null;
  for (let k = i - 3; k >= floor && k > i - SOURCE_REACH; k--) {
    const t = tokens[k]!;
    if (t.normal === 'according' && tokens[k + 1]?.normal === 'to') {
      const source = subjectAfter(tokens, k + 2, i - 1);
      return source && source.kind !== 'pronoun' && source.end === i - 1 ? source : null;
    }
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return null;
}

/** Longest "according to X" phrase before the comma: "according to the head of the Dover port authority". */
const SOURCE_REACH = 12;
