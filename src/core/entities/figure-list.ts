/**
 * Versions listed with numbers: "Harbour OS 3, 4, Go, LT and Pro 5". A one-word item of
 * such a list is a version's label, not a name ("LT" would come out a place). A list is a run of
 * single-word items between commas (the last perhaps after ", and"); it is one of
 * versions when two items in a row are bare numbers. Scorecards ("Smith 45, Jones 12") have a
 * name and a figure per item, and ages ("Lind, 31, and Roe, 29") stand one at a time.
 */
import type { ParsedArticle, Span, Token } from '../types.js';
import { firstTokenAt } from './fragment.js';
import { junkReason } from './junk-words.js';

/** A bare number; not a group of thousands written apart ("10, 000"). */
const NUMBER = /^[1-9]\d*$/;
const JOINS = new Set(['and', 'or']);
/** List items looked at on each side of the name. */
const ITEMS = 4;

/**
 * The longest run of bare numbers among the list items from token `t` stepping by `step`: items one token
 * apart, each behind a comma (perhaps with "and"/"or": "2000, and XP"); a list ends at any other
 * token, so "Smith 45, Jones 12" gives one item a side at most.
 */
function numbersBeside(tokens: readonly Token[], t: number, step: 1 | -1): number {
  let run = 0;
  let longest = 0;
  for (let k = 0; k < ITEMS; k++) {
    let at = t + step;
    // A comma, perhaps with "and"/"or" after it; "and" alone pairs a range ("between 1991 and 1998").
    if (tokens[at]?.value !== ',') break;
    if (JOINS.has(tokens[at + step]?.value ?? '')) at += step;
    const item = tokens[at + step];
    if (!item) break;
    // A date is no list: "ended July 29, 1995, Best posted".
    if (junkReason([tokens[at + 2 * step]?.value ?? ''], 'PLACE') === 'date') return 0;
    run = NUMBER.test(item.value) ? run + 1 : 0;
    longest = Math.max(longest, run);
    t = at + step;
  }
  return longest;
}

/** Whether the one-word mention `m` is an item of a list of versions (see above). */
export function inFigureList(parsed: ParsedArticle, m: Span): boolean {
  const { tokens } = parsed;
  const t = firstTokenAt(tokens, m.start);
  if (t >= tokens.length || tokens[t]!.end !== m.end) return false;
  return numbersBeside(tokens, t, -1) >= 2 || numbersBeside(tokens, t, 1) >= 2;
}
