/**
 * Conflicting leads: two reports of one kind of event (two title defences by one boxer, two
 * earthquakes in one region) share their vocabulary and their main person, but each is led by a
 * name the other never mentions (the other opponent, the other village). Within a topic, a pair
 * in which each article is led by a protagonist (a name that leads several of the topic's
 * articles) the other never mentions is taken as two events: its similarity is scaled down. A name counts as mentioned when its last word is anywhere among the
 * other article's words, so "Thompson" meets "Tony Thompson" and an untagged mention still counts.
 * This is the "who" slot of event identity in event coreference (Bejan & Harabagiu 2010; Cybulska
 * & Vossen 2014, who built ECB+ around events that differ in it).
 */
import { featureId, term } from './features.js';
import type { ItemEntity } from './types.js';

export interface ConflictOptions {
  /** How many of an article's commonest names lead it. @default CONFLICT_TOP */
  readonly conflictTop?: number;
  /** How many times an article must name a name for it to lead. @default LEAD_COUNT */
  readonly leadCount?: number;
  /** How many of the topic's articles a name must lead to be an event's protagonist. @default PROTAGONIST_LEADS */
  readonly protagonistLeads?: number;
  /** Similarity of a pair whose leads conflict, as a share of its cosine (1: no penalty). @default CONFLICT_FACTOR */
  readonly conflictFactor?: number;
}

/** A name leads an article when it is among the article's `CONFLICT_TOP` commonest and named at least this often. */
export const LEAD_COUNT = 3;
export const CONFLICT_TOP = 2;
/**
 * A lead is an event's protagonist when it leads at least this many of the topic's articles.
 * On ECB+ pairs of one topic, leads alone flag 4.4% of same-event pairs (an outlet's own quoted
 * official) against 36% of cross-event pairs; protagonists of 3 articles flag 0.4% against 27%.
 */
export const PROTAGONIST_LEADS = 3;
/**
 * A conflicting pair keeps a tenth of its similarity: nearly a cannot-link constraint
 * (Wagstaff et al. 2001), yet a pair alike enough on everything else can still meet. Chosen by
 * cross-validation over ECB+ topics among 1 (off) and 0.1 (scripts/tune-digest.ts, docs/digest.md).
 */
export const CONFLICT_FACTOR = 0.1;

export interface Leads {
  readonly termIds: Uint32Array;
  readonly entities?: readonly ItemEntity[];
}

/** The feature id of a name's last word (the surname, the place's head word), if it has one. */
function leadWordId(name: string): number | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const t = term(words[words.length - 1]!);
  return t === undefined ? undefined : featureId(t);
}

/**
 * Scales down, in place, the similarities between articles whose leads conflict. `pairs` is the
 * sparse similarity graph over `bags` (both directions). Only lead words are looked up: one pass
 * over each article's features against the topic's few lead words, no set per article.
 */
export function penaliseConflicts(bags: readonly Leads[], pairs: Map<number, number>[], options: ConflictOptions = {}): void {
  const factor = options.conflictFactor ?? CONFLICT_FACTOR;
  if (factor === 1) return;
  const top = options.conflictTop ?? CONFLICT_TOP;
  const least = options.leadCount ?? LEAD_COUNT;
  const leads = bags.map((bag) => {
    const ids = new Set<number>();
    for (const e of bag.entities ?? []) {
      if (ids.size >= top || e.count < least) break;
      const id = leadWordId(e.name);
      if (id !== undefined) ids.add(id);
    }
    return [...ids];
  });
  // A name that leads one article is often just who that outlet quoted; one that leads several is whom the event is about.
  const leading = new Map<number, number>();
  for (const list of leads) for (const id of list) leading.set(id, (leading.get(id) ?? 0) + 1);
  const protagonist = options.protagonistLeads ?? PROTAGONIST_LEADS;
  leads.forEach((list, i) => (leads[i] = list.filter((id) => leading.get(id)! >= protagonist)));
  const leadWords = new Set(leads.flat());
  if (leadWords.size === 0) return;
  const mentioned = bags.map((bag) => {
    const found = new Set<number>();
    for (const id of bag.termIds) if (leadWords.has(id)) found.add(id);
    return found;
  });
  const missing = (i: number, j: number) => leads[i]!.some((id) => !mentioned[j]!.has(id));
  pairs.forEach((row, i) => {
    for (const [j, s] of row)
      if (i < j && missing(i, j) && missing(j, i)) {
        row.set(j, s * factor);
        pairs[j]!.set(i, s * factor);
      }
  });
}
