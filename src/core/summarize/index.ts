import type { ParsedArticle, SummarySentence } from '../types.js';

export type SummaryMethod = 'default' | 'lead' | 'textrank' | 'lexrank';

export interface SummaryOptions {
  /** @default 'default' */
  readonly method?: SummaryMethod;
  /** Exact number of sentences. */
  readonly sentences?: number;
  /** Word budget: stop before it is passed, at least one sentence. */
  readonly words?: number;
  /** Fraction of the article's sentences, at least one. */
  readonly ratio?: number;
}

/** PLACEHOLDER until the summarizer lands: the lead sentences of the body. */
export function summarize(parsed: ParsedArticle, options: SummaryOptions = {}): SummarySentence[] {
  const body = parsed.sentences.map((s, index) => ({ s, index })).filter(({ s }) => s.block >= 0 && parsed.article.blocks[s.block]?.kind === 'paragraph');
  const n = options.sentences ?? Math.min(5, Math.max(1, Math.round(body.length * 0.2)));
  return body.slice(0, n).map(({ s, index }) => ({ index, start: s.start, end: s.end, text: parsed.article.text.slice(s.start, s.end) }));
}
