/**
 * Awards, cups and races are no people, organisations or places: "the Academy Awards", "the
 * Halvik Cup", "the London Marathon" are events or prizes, MISC in CoNLL-2003's guidelines,
 * which precis does not list. The tagger reads many of them as organisations (an awards
 * ceremony is named like a body) and some as people ("Tony Awards"). In CoNLL train every
 * name ending in one of these words is MISC (Cup 86, Open 67, Olympics 10, Championship(s)
 * 10, Prize 5, Trophy 1); "Games" (4 people, 1 organisation) and "Tour" are left out.
 */
import type { TokenSpan } from './labels.js';

const EVENT_HEAD = /^(?:Award|Awards|Prize|Prizes|Trophy|Medal|Cup|Open|Marathon|Championship|Championships|Olympics|Paralympics)$/;

/** The spans, a name of two words or more ending in an award's or event's word typed MISC (see above). */
export function withEventsAsMisc(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined; // copied only when a span changes
  spans.forEach((s, k) => {
    if (s.type === 'MISC' || s.end - s.start < 2 || !EVENT_HEAD.test(words[s.end - 1]!)) return;
    out ??= spans.slice();
    out[k] = { ...s, type: 'MISC' };
  });
  return out ?? spans;
}
