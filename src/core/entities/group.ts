/**
 * Groups an article's name mentions into entities: "Xi Jinping" and a later "Xi" are one
 * person, "the United Nations" and "UN" one organisation. A short name joins a full one only
 * when exactly one full name in the article fits it, so "Kim" stays apart in an article that
 * names both Kim Jong Un and Kim Il Sung. An acronym may leave out a leading country code
 * ("SEC" for the US Securities and Exchange Commission) or take a letter from each part of a
 * hyphenated word ("PSG" for Paris Saint-Germain), and a name may be written as one word
 * ("TimeWarner" for Time Warner), and a team by its nickname ("76ers" for the Philadelphia 76ers).
 */
import type { EntityType, NameType, TextSpan } from '../types.js';
import { INITIAL, STARTS_LETTER, STARTS_UPPER } from './words.js';
import { isDigitNickname } from './digit-names.js';

export interface NameMention extends TextSpan {
  readonly type: NameType;
  /** The mention's words, as tokenised. */
  readonly words: readonly string[];
}

export interface NameGroup {
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: TextSpan[];
}

interface Cluster {
  words: readonly string[];
  type: NameType;
  mentions: NameMention[];
  /** The longer name this one abbreviates, if exactly one fits. */
  parent: Cluster | undefined;
  /** The group of a root cluster, once made. */
  group: NameGroup | undefined;
  /** Stamp of the last candidate search that counted this cluster (see groupNames). */
  seen: number;
}

/** A mention's words lower-cased; most are one word, which needs no joining. */
const key = (words: readonly string[]) => (words.length === 1 ? words[0]!.toLowerCase() : words.join(' ').toLowerCase());
const SKIP_IN_ACRONYM = new Set(['of', 'the', 'and', 'for', 'de', '&']);
const DOTS = /\./g;
const CAPITALS = /^\p{Lu}+$/u;
/** A country's short form written before an agency's name ("US", "U.S.", "UK", "EU"). */
const COUNTRY_CODE = /^(?:\p{Lu}\.?){2,3}$/u;

const HYPHEN_CAPITAL = /-\p{Lu}/u;

/**
 * "United Nations" → "un", "Korean Central News Agency" → "kcna". Tokens that are no words
 * ("'" of "Providers' Association") give no letter. With `hyphens`, each capitalised part of a
 * hyphenated word gives its own ("Paris Saint-Germain" → "psg", "Hi-Tech Crime Unit" → "htcu").
 */
function acronymOf(words: readonly string[], hyphens = false): string {
  let out = '';
  for (const w of words) {
    if (SKIP_IN_ACRONYM.has(w.toLowerCase()) || !STARTS_LETTER.test(w)) continue;
    out += w[0]!.toLowerCase();
    if (hyphens) for (const part of w.split('-').slice(1)) if (STARTS_UPPER.test(part)) out += part[0]!.toLowerCase();
  }
  return out;
}

/** Letters of an acronym-like mention ("U.S." → "us", "UN" → "un"), or null. */
function asAcronym(words: readonly string[]): string | null {
  if (words.length !== 1) return null;
  const w = words[0]!.replace(DOTS, '');
  return w.length >= 2 && w === w.toUpperCase() && CAPITALS.test(w) ? w.toLowerCase() : null;
}

const NONE: readonly Cluster[] = [];

/** A team's nickname of digits and "-ers" ("76ers", two words as wink cuts it) that ends the name, or undefined. */
function teamNickname(words: readonly string[]): string | undefined {
  const n = words.length;
  return n >= 2 && isDigitNickname(words[n - 2]!, words[n - 1]!) ? words[n - 2]! : undefined;
}

/**
 * People written with an initial for the given name ("T Varga", as team sheets and results
 * lists write them) and the one full name each abbreviates: the same last words, a given name
 * (no initial) with the same first letter ("Tomas Varga"). Two such full names leave it apart.
 * Such a short form is not indexed as a full name of its own, so "Varga" alone still finds the
 * one full name it fits.
 */
function initialForms(clusters: readonly Cluster[]): Map<Cluster, Cluster> {
  const out = new Map<Cluster, Cluster>();
  for (const c of clusters) {
    if (c.type !== 'PERSON' || c.words.length < 2 || !INITIAL.test(c.words[0]!)) continue;
    const tail = c.words.slice(1).join(' ');
    let found: Cluster | undefined;
    let count = 0;
    for (const o of clusters) {
      if (o.type !== 'PERSON' || o.words.length < 2 || INITIAL.test(o.words[0]!) || o.words[0]![0] !== c.words[0]![0]) continue;
      if (o.words.length > c.words.length - 1 && o.words.slice(o.words.length - (c.words.length - 1)).join(' ') === tail) {
        found = o;
        count++;
      }
    }
    if (count === 1) out.set(c, found!);
  }
  return out;
}

export function groupNames(mentions: readonly NameMention[]): NameGroup[] {
  // Stamps of candidate searches (Cluster.seen), fresh for this call's fresh clusters.
  let searchStamp = 0;
  // 1. Same words and type, same entity. The tagger's own document history already keeps a
  // word's type steady; where it still differs ("Detroit" the city in a standings table,
  // the team in a score line), the mentions are different things, and a vote would retype
  // the minority (0.8 F1 end to end on CoNLL train, 0.6 on dev).
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    const k = `${m.type}:${key(m.words)}`;
    const c = byKey.get(k);
    if (c) {
      c.mentions.push(m);
      continue;
    }
    // Arrays made with their first element: most clusters never grow, and an empty array's
    // first push reserves room for seventeen.
    const created: Cluster = { words: m.words, type: m.type, mentions: [m], parent: undefined, group: undefined, seen: 0 };
    byKey.set(k, created);
    clusters.push(created);
  }

  // 2. Short forms join the one longer name they abbreviate. Longer names are indexed by
  // their leading and trailing words (people) and by their initials (organisations, places).
  const initialled = initialForms(clusters);
  const byEdge = new Map<string, Cluster[]>();
  const byInitials = new Map<string, Cluster[]>();
  const push = (map: Map<string, Cluster[]>, k: string, c: Cluster) => {
    const list = map.get(k);
    if (list) list.push(c);
    else map.set(k, [c]);
  };
  for (const c of clusters) {
    if (c.words.length < 2 || initialled.has(c)) continue;
    if (c.type === 'PERSON') {
      for (let k = 1; k < c.words.length; k++) {
        push(byEdge, c.words.slice(0, k).join(' '), c);
        push(byEdge, c.words.slice(c.words.length - k).join(' '), c);
      }
    } else {
      push(byInitials, `${c.type}:${acronymOf(c.words)}`, c);
      if (c.words.some((w) => HYPHEN_CAPITAL.test(w))) push(byInitials, `${c.type}:${acronymOf(c.words, true)}`, c);
      // "SEC" for "US Securities and Exchange Commission": the country before the name is
      // often left out of the acronym.
      if (c.words.length >= 3 && COUNTRY_CODE.test(c.words[0]!)) push(byInitials, `${c.type}:${acronymOf(c.words.slice(1))}`, c);
      // "TimeWarner" for "Time Warner": one word for the name written without spaces.
      push(byInitials, `${c.type}:=${c.words.join('').toLowerCase()}`, c);
      // "76ers" for "Philadelphia 76ers": a team by its nickname.
      const nickname = c.words.length > 2 ? teamNickname(c.words) : undefined;
      if (nickname !== undefined) push(byInitials, `${c.type}:>${nickname}`, c);
    }
  }
  for (const c of clusters) {
    if (initialled.has(c)) {
      c.parent = initialled.get(c);
      continue;
    }
    const acronym = asAcronym(c.words);
    // Case counts here: "UN" is not the "Un" of "Kim Jong Un". Only a mention read as a
    // person joins a person ("Jordan" the country stays apart from Michael Jordan).
    const people = c.type === 'PERSON' ? (byEdge.get(c.words.join(' ')) ?? NONE) : NONE;
    let initials = acronym !== null ? (byInitials.get(`${c.type}:${acronym}`) ?? NONE) : NONE;
    // An acronym the tagger typed apart from its only full name ("LA" an organisation, "Los
    // Angeles" a place; "EBU" a place) is that name: an acronym alone gives the tagger little
    // to go on. Two letters read as a place stay one: "US" is no "UBS Securities".
    if (acronym !== null && initials.length === 0 && c.type !== 'PERSON' && (acronym.length > 2 || c.type === 'ORGANIZATION'))
      initials = byInitials.get(`${c.type === 'PLACE' ? 'ORGANIZATION' : 'PLACE'}:${acronym}`) ?? NONE;
    const joined = c.words.length === 1 && c.type !== 'PERSON' ? (byInitials.get(`${c.type}:=${c.words[0]!.toLowerCase()}`) ?? NONE) : NONE;
    // Among the names that fit (each counted once, never c itself), the longest ones
    // ("Kim Jong Un" over "Jong Un"): joined only when there is exactly one.
    const stamp = ++searchStamp;
    c.seen = stamp;
    let longest = 0;
    let best: Cluster | undefined;
    let bestCount = 0;
    const nickname = c.words.length === 2 ? teamNickname(c.words) : undefined;
    const team = nickname !== undefined ? (byInitials.get(`${c.type}:>${nickname}`) ?? NONE) : NONE;
    for (const list of [people, initials, joined, team]) {
      for (const o of list) {
        if (o.seen === stamp) continue;
        o.seen = stamp;
        if (o.words.length > longest) {
          longest = o.words.length;
          best = o;
          bestCount = 1;
        } else if (o.words.length === longest) bestCount++;
      }
    }
    if (bestCount === 1) c.parent = best;
  }
  const root = (c: Cluster): Cluster => {
    let r = c;
    for (let guard = 0; r.parent !== undefined && guard < 8; guard++) r = r.parent;
    return r;
  };

  const groups: NameGroup[] = [];
  for (const c of clusters) {
    const r = root(c);
    let g = r.group;
    if (!g) {
      r.group = g = { name: r.mentions[0]!.text, type: r.type, mentions: [] };
      groups.push(g);
    }
    for (const m of c.mentions) g.mentions.push({ text: m.text, start: m.start, end: m.end });
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups;
}
