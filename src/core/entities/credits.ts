/**
 * A wire report's credits: "(Reporting by Ana Ruiz and Tom Varn in Halvik; Additional reporting by
 * Lea Moss; Editing by Ian Salt)". Every name the credits list after "by", "and" or a comma is a
 * journalist's, and one after "in" the place they filed from. The tagger reads them one by one,
 * without that list, and on made-up Reuters-style copy typed about one in fifteen wrongly: an
 * organisation ("Editing by Rashmi Aich"), or no name ("Liangping Gao", "Sherry Jacob-Phillips").
 * Here a run of capitalised words in a journalist's slot is a person, unless the tagger found a
 * place there ("Reporting by the Halvik newsroom" has no run), it names the agency, or it ends in
 * a desk's word ("Shanghai Newsroom").
 */
import type { TokenSpan } from './labels.js';
import { STARTS_CAPITALISED } from './words.js';

/** Words that open a credit before "by": "Reporting", "Writing", "Editing", "Compiled" ("Additional reporting"). */
const CREDIT = /^(?:Reporting|Writing|Editing|Compiled)$/;
/** Marks a credit follows: its bracket, or the credit before it. */
const CREDIT_START = /^(?:\(|;)$/;

/**
 * Whether the "by" at `i` opens a credit: right after a bracket or semicolon and a credit's word
 * ("(Reporting by", "; Additional reporting by"). In running text, "compiled by Piper Jaffray Inc"
 * (CoNLL train) names a company.
 */
function opensCredit(words: readonly string[], i: number): boolean {
  const w = words[i - 1] ?? '';
  if (CREDIT.test(w)) return CREDIT_START.test(words[i - 2] ?? '');
  return w === 'reporting' && words[i - 2] === 'Additional' && CREDIT_START.test(words[i - 3] ?? '');
}
/** Words after which the next run is a journalist's name. */
const NAME_SLOT = /^(?:by|and|,)$/;
/** Marks that close a credit. */
const CREDIT_END = /^(?:;|\)|\.)$/;
const AGENCY = /^(?:Reuters|AP|AFP|Bloomberg|Thomson)$/;
/** Last words of a desk credited where no one reporter is ("Reporting by Shanghai Newsroom", "Compiled by Gdansk Markets Desk"). */
const DESK = /^(?:Newsroom|Newsdesk|Desk|Team|Bureau|Staff|Service)$/;

/** Whether two spans share a word. */
const overlap = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;

/** Spans with the journalists of the credits typed people (see above). */
export function withCredits(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  let people: TokenSpan[] | undefined;
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== 'by' || !opensCredit(words, i)) continue;
    for (let k = i; k < words.length && !CREDIT_END.test(words[k]!); k++) {
      if (!NAME_SLOT.test(words[k]!)) continue;
      let end = k + 1;
      while (end < words.length && STARTS_CAPITALISED.test(words[end]!) && !AGENCY.test(words[end]!)) end++;
      if (end - k - 1 >= 2 && !DESK.test(words[end - 1]!)) (people ??= []).push({ type: 'PER', start: k + 1, end });
      k = end - 1;
    }
  }
  if (people === undefined) return spans;
  // A person's slot overrides the tagger's organisation or miscellaneous spans inside it, not a place.
  const slots = people;
  const kept = spans.filter((s) => s.type === 'LOC' || s.type === 'PER' || !slots.some((p) => overlap(s, p)));
  const fresh = slots.filter((p) => !kept.some((s) => overlap(s, p)));
  return [...kept, ...fresh].sort((a, b) => a.start - b.start);
}
