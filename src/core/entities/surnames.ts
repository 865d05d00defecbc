/**
 * A person's surname alone, typed a place or an organisation: "Tova Lind scored twice ... Lind
 * added a third" gave a person and a place "Lind" (sports reports put surnames where the
 * tagger learnt clubs and towns: "Lind fired home", "pass to Lind"). Once the article names
 * the person in full, a surname alone is that person (one sense per discourse, Gale, Church &
 * Yarowsky 1992), so a one-word place or organisation that is the last word of exactly one
 * multi-word person's name is retyped a person, and grouping joins it to the full name.
 * Not when the word is a listed country, city or company ("Ford" beside Bill Ford, "Jordan"
 * beside Eddie Jordan, "Bedford"), is no surname's spelling ("KLM", "Ave."), comes before the
 * full name outside the headline ("near Varnby, Ohio") or right after "in" or "near", is typed otherwise more often than the person is named, or
 * the person's name holds "of" ("Duke of York": a place in a title).
 */
import { listBit, type Gazetteer } from './gazetteer.js';
import type { Span } from '../types.js';
import type { NameMention } from './group.js';
import { hashPhrase } from './hash.js';

const LISTED = listBit('country') | listBit('city') | listBit('company');
/** A surname's spelling: letters, perhaps an apostrophe or hyphen, ending in a lower-case letter (not "KLM", "Ave."). */
const SURNAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;

/**
 * A place's preposition right before the word ("grew up in Varnby", "near Varnby"): a person
 * is seldom "in" or "near" anyone, and sports reports' surnames follow "to", "from", "for".
 */
const AT_PLACE = /\b(?:in|near)\s+$/u;

interface FullName {
  /** The full name's words joined, or '' when two full names end in the same word. */
  readonly name: string;
  /** Where it is first written. */
  readonly start: number;
}

/** The mentions, with a one-word place or organisation that is one full name's surname read as that person (see above). */
export function withSurnamesOfPeople<M extends NameMention>(mentions: readonly M[], g: Gazetteer | undefined, headline: Span | null = null, text = ''): M[] {
  const fullNames = new Map<string, FullName>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.words.length < 2 || m.words.includes('of')) continue;
    const name = m.words.join(' ');
    const last = m.words[m.words.length - 1]!;
    const known = fullNames.get(last);
    if (known === undefined) fullNames.set(last, { name, start: m.start });
    else if (known.name !== name) fullNames.set(last, { name: '', start: known.start });
  }
  if (fullNames.size === 0) return mentions as M[];
  // Per surname, its mentions as the person (full or alone) against those typed otherwise:
  // a word the article mostly types otherwise is the other thing ("George Wimpey" once, the
  // company "Wimpey" five times).
  const balance = new Map<string, number>();
  for (const m of mentions) {
    const last = m.words[m.words.length - 1]!;
    if (!fullNames.has(last)) continue;
    if (m.type === 'PERSON') balance.set(last, (balance.get(last) ?? 0) + 1);
    else if (m.words.length === 1) balance.set(last, (balance.get(last) ?? 0) - 1);
  }
  return mentions.map((m) => {
    if (m.type === 'PERSON' || m.words.length !== 1) return m;
    const w = m.words[0]!;
    const full = fullNames.get(w);
    // A surname alone refers back to the full name: before it, or after "in", the word is
    // something else ("near Varnby, Ohio"), but for a headline, which names people by surname
    // ("Lind wins in Oslo", "Lind hits back in Marsk row").
    const inHeadline = headline !== null && m.start >= headline.start && m.end <= headline.end;
    const before = full !== undefined && full.start > m.start && !inHeadline;
    if (
      full === undefined ||
      full.name === '' ||
      before ||
      balance.get(w)! < 0 ||
      !SURNAME.test(w) ||
      (!inHeadline && AT_PLACE.test(text.slice(Math.max(0, m.start - 8), m.start)))
    )
      return m;
    return g !== undefined && (g.lookup(hashPhrase([w])) & LISTED) !== 0 ? m : { ...m, type: 'PERSON' };
  });
}
