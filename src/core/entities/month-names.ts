/**
 * A month that is a given name: "April Jones said", "June Carter told reporters". The decoder
 * reads the month as a date (wink's) and the surname alone, often as an organisation or not at
 * all. A capitalised month right before one capitalised word that a verb of saying or a comma
 * follows is a person's given name, unless a date reads there: the month follows a preposition
 * or a time word ("In April Congress said", "by June Parliament"), or a number follows it.
 */
import type { TokenSpan } from './labels.js';
import { MONTHS } from '../calendar.js';
import { isCalendarWord } from './junk-words.js';
import { CAPITALISED_WORD, isSentenceStart } from './words.js';

/** Verbs of saying right after a person's name. */
const SAYING = /^(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|warned|insisted|admitted|recalled|noted|argued|,)$/;
/** Lower-case words after which a month is a date ("in April", "early June", "of May"). */
const DATE_LEAD =
  /^(?:in|on|by|since|until|till|from|to|through|during|before|after|of|last|next|this|that|early|late|mid|each|every|between|and|or|than|around|about|for|until|into)$/;

/** Whether the word at `m` is a month written as a given name before its surname (see above). */
function givenMonth(words: readonly string[], m: number, sentenceStarts: readonly number[]): boolean {
  const month = words[m]!;
  if (!CAPITALISED_WORD.test(month) || !MONTHS.has(month.toLowerCase())) return false;
  const surname = words[m + 1] ?? '';
  if (!CAPITALISED_WORD.test(surname) || isCalendarWord(surname) || isSentenceStart(sentenceStarts, m + 1)) return false;
  if (!SAYING.test(words[m + 2] ?? '') || isSentenceStart(sentenceStarts, m + 2)) return false;
  if (isSentenceStart(sentenceStarts, m)) return true;
  const before = words[m - 1] ?? '';
  return /^\p{Ll}/u.test(before) && !DATE_LEAD.test(before);
}

/** Spans with each month-as-given-name and its surname made one person (see above). */
export function withMonthNames(spans: readonly TokenSpan[], words: readonly string[], sentenceStarts: readonly number[]): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  let k = 0;
  for (let m = 0; m + 2 < words.length; m++) {
    if (!givenMonth(words, m, sentenceStarts)) continue;
    while (k < spans.length && spans[k]!.end <= m) k++;
    const s = spans[k];
    // The month untagged; the surname untagged, or a one-word name of a person or an organisation.
    const untagged = s === undefined || s.start > m + 1;
    if (!untagged && !(s.start === m + 1 && s.end === m + 2 && (s.type === 'PER' || s.type === 'ORG'))) continue;
    out ??= spans.slice();
    const at = out.findIndex((x) => x.start >= m);
    const person: TokenSpan = { type: 'PER', start: m, end: m + 2 };
    if (at < 0) out.push(person);
    else out.splice(at, untagged ? 0 : 1, person);
  }
  return out ?? spans;
}
