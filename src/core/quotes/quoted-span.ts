import type { Span } from '../types.js';

/** Text between a pair of quotation marks, possibly running over several paragraphs. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark. */
  readonly close: number;
  /** The words inside the marks, one span per paragraph the quote runs over. */
  readonly parts: readonly Span[];
}
