/**
 * Wire datelines opening an article ("BERLIN 2020-01-12", "CAIRO (Reuters) -", "AL-AIN, United
 * Arab Emirates, Dec 6"): where they lie, and what their place and agency are. A dateline names
 * a place whether or not the body does.
 */
import type { NameMention } from './group.js';
import type { ParsedArticle, Span } from '../types.js';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** News agencies a dateline names in brackets ("CAIRO (Reuters) -"). */
const AGENCIES = 'Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa';
const AGENCY = new RegExp(`^(?:${AGENCIES})$`);
/**
 * A dateline opening a line: a place in capitals ("NEW YORK", "ST. LOUIS"), perhaps with its
 * country ("AL-AIN, United Arab Emirates"), followed by a date, an agency in brackets, or a
 * dash. Group 1 is the place.
 */
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.'’-]*(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3})?)` +
    `(?:,? (?:\\d{4}-\\d\\d-\\d\\d|${MONTH} \\d{1,2}(?:,? \\d{4})?)(?=\\s|$)|,? \\((?:${AGENCIES})\\)| [-—–] )`,
  'u',
);

/** A dateline's place, the whole dateline, and where the report's first word starts after it. */
export interface Dateline {
  readonly place: Span;
  /** Whether the place names its country after a comma ("AL-AIN, United Arab Emirates"). */
  readonly country: boolean;
  /** Whether an agency in brackets follows ("CAIRO (Reuters) -"): a wire's dateline, which names a town. */
  readonly agency: boolean;
  readonly whole: Span;
  readonly next: number;
}

/** An agency in brackets after a dateline's date ("CAIRO, Jan 12 (Reuters) -"). */
const AGENCY_AFTER = new RegExp(`^ \\((?:${AGENCIES})\\)`);

/** Spaces and dashes between a dateline and the report ("CAIRO (Reuters) - Shipping"). */
const AFTER_DATELINE = /^[\s\-—–]*/u;

/** Where a dateline's place and its date part lie in `text`, for a line starting at `from`. */
function datelineAt(text: string, from: number): Dateline | null {
  const m = DATELINE.exec(text.slice(from, from + 120));
  if (!m) return null;
  // A dash after capitals opens a kicker as well ("SAILING - ROE MISSES FINAL RACE"):
  // a dateline's report goes on in ordinary case.
  if (/[-—–] $/.test(m[0])) {
    const lineEnd = text.indexOf('\n', from);
    const rest = text.slice(from + m[0].length, lineEnd < 0 ? undefined : lineEnd);
    if (!/\p{Ll}/u.test(rest)) return null;
  }
  const end = from + m[0].length;
  const gap = AFTER_DATELINE.exec(text.slice(end, end + 8))![0].length;
  return {
    place: { start: from, end: from + m[1]!.length },
    country: m[1]!.includes(','),
    agency: m[0].endsWith(')') || AGENCY_AFTER.test(text.slice(end, end + 12)),
    whole: { start: from, end },
    next: end + gap,
  };
}

/** Datelines open an article: on the headline line or the first blocks (after a kicker, a byline). */
const DATELINE_BLOCKS = 4;

/** The article's datelines, on its headline line or first blocks. */
export function articleDatelines(parsed: ParsedArticle): Dateline[] {
  const { article } = parsed;
  const datelines: Dateline[] = [];
  const starts: Span[] = article.blocks.slice(0, DATELINE_BLOCKS);
  if (article.titleSpan) starts.unshift(article.titleSpan);
  for (const b of starts) {
    const d = datelineAt(article.text, b.start);
    if (d) datelines.push(d);
  }
  return datelines;
}

/**
 * A name inside a dateline, typed as the dateline says, or undefined when the dateline drops it.
 * An organisation stays one: a wire's code ("RTRS - Golf: ..."), "UNITED NATIONS 1996-08-22"; but
 * not before its country ("LIVERPOOL, England, Dec 6": a city, where the club's name misled the
 * tagger), nor before an agency ("GENEVA (Reuters) -", a city in capitals the tagger read as a
 * body: an agency's dateline names a town), unless `knownOrganisation` says the name is one
 * ("UNITED NATIONS, N.Y., Dec 6"). The agency in brackets is one too, as when a date stands
 * before it ("WASHINGTON, Dec 12 (Reuters)").
 */
export function datelineName<M extends NameMention>(m: M, dateline: Dateline, knownOrganisation: (m: M) => boolean): M | undefined {
  if (within(m, dateline.place))
    return m.type === 'PLACE' || (m.type === 'ORGANIZATION' && ((!dateline.country && !dateline.agency) || knownOrganisation(m))) ? m : { ...m, type: 'PLACE' };
  if (m.words.length === 1 && AGENCY.test(m.words[0]!)) return m.type === 'ORGANIZATION' ? m : { ...m, type: 'ORGANIZATION' };
  return undefined;
}

/** Whether the mention lies inside the span. */
export const within = (m: NameMention, s: Span): boolean => m.start >= s.start && m.end <= s.end;
