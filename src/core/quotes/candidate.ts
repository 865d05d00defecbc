import type { QuoteKind, Span, Token } from '../types.js';
import { SPEECH_VERB_FORMS } from './lexicon.js';
import type { Subject } from './phrases.js';

/** A quote found but not yet given its speaker: speakers are resolved in reading order afterwards. */
export interface Candidate {
  readonly kind: QuoteKind;
  readonly parts: readonly Span[];
  /** Tokens [first, end) of the cue, or null for a quote attributed only by context. */
  readonly cue: { readonly first: number; readonly end: number } | null;
  readonly subject: Subject | null;
  /** No cue of its own: takes the speaker of the neighbouring quote. */
  readonly inherits: boolean;
}

/** The speech-verb lemma of token i, or undefined. */
export function cueLemma(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // Forms that are also nouns ("state law", "a note", "the report") count only as verbs; "said",
  // "says", "told" count whatever wink tags them ("which experts say/NOUN is").
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && ALWAYS_VERBS.has(t.normal))) return undefined;
  return SPEECH_VERB_FORMS.get(t.normal);
}

const ALWAYS_VERBS = new Set(['say', 'says', 'said', 'told', 'tells', 'added', 'wrote', 'insisted', 'argued', 'warned']);

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
