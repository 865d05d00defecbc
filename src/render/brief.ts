import { rankQuotes, type ArticleRecord, type Entity, type Quote } from '../index.js';
import { NAME_GROUPS } from './labels.js';

/**
 * What makes a brief, in the terminal and in Markdown alike: which quotes and which names it
 * shows, and how a quote's words are given.
 */

/** Quotes a brief shows, in the terminal and in Markdown. */
const BRIEF_QUOTES = 3;
/** Names of each kind the terminal brief shows (the Markdown brief lists them all). */
export const BRIEF_NAMES = 5;

/** The quotes a brief shows: the best-ranked, none holding another. */
export function briefQuotes(record: ArticleRecord): Quote[] {
  return rankQuotes(innermostQuotes(record.quotes), BRIEF_QUOTES);
}

/** The names a brief shows, by group (people, organisations, places), at most `limit` a group. */
export function briefNames(record: Pick<ArticleRecord, 'entities'>, limit?: number): { label: string; list: Entity[] }[] {
  return NAME_GROUPS.map((g) => ({ label: g.label, list: record.entities.filter((e) => e.type === g.type).slice(0, limit) })).filter((g) => g.list.length > 0);
}

/**
 * The quoted words alone: the parts of a split quote joined by an ellipsis (the cue between
 * them left out), in quotation marks only when the article quoted them directly.
 */
export function quoteWords(q: Quote): string {
  const words = q.parts.map((p) => p.text.replace(/\s+/g, ' ').trim()).join(' … ');
  return q.kind === 'direct' ? `“${words}”` : words;
}

/**
 * Drops a quote that holds another one ("X wrote that …, KCNA said" around X's own words):
 * a brief has room for three quotes, and the inner one names who actually spoke.
 */
export function innermostQuotes(quotes: readonly Quote[]): Quote[] {
  return quotes.filter(
    (outer) =>
      !quotes.some((inner) => inner !== outer && inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start),
  );
}

/** Who spoke, as a reader sees it: the name, a pronoun the article never resolves marked so ("he (unresolved)"), or "Unattributed"; then "via" the outer source of a nested attribution. */
export function speakerLabel(q: Quote): string {
  const who = !q.speaker ? 'Unattributed' : q.speaker.resolved ? q.speaker.name : `${q.speaker.name} (unresolved)`;
  // A nested attribution names its outer source: "Xi Jinping via KCNA".
  return q.via ? `${who} via ${q.via.name}` : who;
}
