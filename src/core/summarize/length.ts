/** How long a summary should be; the first of the three that is set wins, in this order. */
export interface LengthRequest {
  readonly sentences?: number;
  readonly words?: number;
  readonly ratio?: number;
}

/** Default: about a fifth of the article, at least one sentence and at most five. */
export const DEFAULT_RATIO = 0.2;
export const DEFAULT_MAX_SENTENCES = 5;

/**
 * The most sentences a summary may hold, given the number of candidate sentences. A word
 * budget is enforced during selection, so it allows every sentence here. Values that are not
 * finite numbers count as unset; every request gets at least one sentence.
 */
export function sentenceLimit(request: LengthRequest, available: number): number {
  if (available === 0) return 0;
  if (isSet(request.sentences)) return clamp(Math.floor(request.sentences), 1, available);
  if (isSet(request.words)) return available;
  if (isSet(request.ratio)) return clamp(Math.round(request.ratio * available), 1, available);
  return clamp(Math.round(DEFAULT_RATIO * available), 1, Math.min(DEFAULT_MAX_SENTENCES, available));
}

/** The word budget, when one is set. */
export function wordBudget(request: LengthRequest): number | undefined {
  return !isSet(request.sentences) && isSet(request.words) ? request.words : undefined;
}

function isSet(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
