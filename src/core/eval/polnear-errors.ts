/** The `--errors` listing: false quotes and wrong speakers, each with the raw text around it. */
import type { Quote, Span } from '../types.js';
import { spanToRaw } from './polnear-align.js';
import type { PolnearDocument } from './polnear-format.js';
import type { PolnearMatching } from './polnear-match.js';

/**
 * One scoring error, for reading the long tail: a predicted quote that matches no attribution
 * ("false"), or a matched one whose speaker is judged wrong ("speaker"). `context` is the raw
 * text from the annotated source (or the quote) to the end of the content, cut to a few lines.
 */
export interface PolnearError {
  readonly kind: 'false' | 'speaker';
  readonly doc: string;
  readonly speaker: string | null;
  /** The words our speaker was found from ("he", "the professor"), when they differ from the name. */
  readonly subject: string | null;
  readonly cue: string;
  readonly gold: string | null;
  readonly context: string;
}

/** Longest context an error shows, in characters, and how far it runs on past the spans (to show a cue after them). */
const CONTEXT_CHARS = 400;
const CONTEXT_AFTER = 60;

/** Appends an error for each predicted quote that matches no attribution, in the order predicted. */
export function pushFalseQuotes(errors: PolnearError[], doc: PolnearDocument, quotes: readonly Quote[], cleaned: string, matching: PolnearMatching): void {
  const { map, predicted, matchesAny } = matching;
  matchesAny.forEach((m, p) => {
    if (m) return;
    const quote = quotes[p]!;
    const around = [quote.cueSpan, quote.speaker?.mentions[0]].filter((s): s is Span => s != null).map((s) => spanToRaw(s, cleaned, map));
    errors.push(errorOf('false', doc, quote, null, [...predicted[p]!, ...around]));
  });
}

export function errorOf(kind: PolnearError['kind'], doc: PolnearDocument, quote: Quote, gold: string | null, spans: readonly Span[]): PolnearError {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.min(Math.max(...spans.map((s) => s.end)) + CONTEXT_AFTER, start + CONTEXT_CHARS);
  const context = doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
  const subject = quote.speaker?.mentions[0]?.text ?? null;
  return { kind, doc: doc.id, speaker: quote.speaker?.name ?? null, subject: subject === quote.speaker?.name ? null : subject, cue: quote.cue, gold, context };
}
