/**
 * Groups an article's name mentions into entities: "Xi Jinping" and a later "Xi" are one
 * person, "the United Nations" and "UN" one organisation. A short name joins a full one only
 * when exactly one full name in the article fits it, so "Kim" stays apart in an article that
 * names both Kim Jong Un and Kim Il Sung.
 */
import type { EntityType, NameType, TextSpan } from '../types.js';

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
  key: string;
  words: readonly string[];
  votes: Map<NameType, number>;
  mentions: NameMention[];
}

const key = (words: readonly string[]) => words.join(' ').toLowerCase();
const SKIP_IN_ACRONYM = new Set(['of', 'the', 'and', 'for', 'de', '&']);

/** "United Nations" → "un", "Korean Central News Agency" → "kcna". */
function acronymOf(words: readonly string[]): string {
  return words.filter((w) => !SKIP_IN_ACRONYM.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
}

/** Letters of an acronym-like mention ("U.S." → "us", "UN" → "un"), or null. */
function asAcronym(words: readonly string[]): string | null {
  if (words.length !== 1) return null;
  const w = words[0]!.replace(/\./g, '');
  return w.length >= 2 && w === w.toUpperCase() && /^\p{Lu}+$/u.test(w) ? w.toLowerCase() : null;
}


function majority(votes: Map<NameType, number>): NameType {
  let best: NameType = 'PERSON';
  let count = -1;
  for (const [t, c] of votes) if (c > count) [best, count] = [t, c];
  return best;
}

export function groupNames(mentions: readonly NameMention[]): NameGroup[] {
  // 1. Same words, same entity; its type is the one most mentions were given.
  const byKey = new Map<string, Cluster>();
  for (const m of mentions) {
    const k = key(m.words);
    let c = byKey.get(k);
    if (!c) byKey.set(k, (c = { key: k, words: m.words, votes: new Map(), mentions: [] }));
    c.votes.set(m.type, (c.votes.get(m.type) ?? 0) + 1);
    c.mentions.push(m);
  }
  const clusters = [...byKey.values()];
  const typeOf = new Map(clusters.map((c) => [c, majority(c.votes)]));

  // 2. Short forms join the one longer name they abbreviate. Longer names are indexed by
  // their leading and trailing words (people) and by their initials (organisations, places).
  const byEdge = new Map<string, Cluster[]>();
  const byInitials = new Map<string, Cluster[]>();
  const push = (map: Map<string, Cluster[]>, k: string, c: Cluster) => {
    const list = map.get(k);
    if (list) list.push(c);
    else map.set(k, [c]);
  };
  for (const c of clusters) {
    if (c.words.length < 2) continue;
    if (typeOf.get(c) === 'PERSON') {
      for (let k = 1; k < c.words.length; k++) {
        push(byEdge, c.words.slice(0, k).join(' '), c);
        push(byEdge, c.words.slice(c.words.length - k).join(' '), c);
      }
    } else push(byInitials, `${typeOf.get(c)}:${acronymOf(c.words)}`, c);
  }
  const parent = new Map<Cluster, Cluster>();
  for (const c of clusters) {
    const acronym = asAcronym(c.words);
    // Case counts here: "UN" is not the "Un" of "Kim Jong Un". Only a mention read as a
    // person at least once joins a person ("Jordan" the country stays apart from Michael Jordan).
    const fits = new Set(c.votes.has('PERSON') ? byEdge.get(c.words.join(' ')) ?? [] : []);
    if (acronym !== null) for (const o of byInitials.get(`${typeOf.get(c)}:${acronym}`) ?? []) fits.add(o);
    fits.delete(c);
    // Among people, the longest names that fit ("Kim Jong Un" over "Jong Un").
    const longest = Math.max(0, ...[...fits].map((o) => o.words.length));
    const best = [...fits].filter((o) => o.words.length === longest);
    if (best.length === 1) parent.set(c, best[0]!);
  }
  const root = (c: Cluster): Cluster => {
    let r = c;
    for (let guard = 0; parent.has(r) && guard < 8; guard++) r = parent.get(r)!;
    return r;
  };

  const groups = new Map<Cluster, NameGroup>();
  for (const c of clusters) {
    const r = root(c);
    let g = groups.get(r);
    if (!g) {
      groups.set(r, (g = { name: r.mentions[0]!.text, type: typeOf.get(r)!, mentions: [] }));
    }
    for (const m of c.mentions) g.mentions.push({ text: m.text, start: m.start, end: m.end });
  }
  for (const g of groups.values()) g.mentions.sort((a, b) => a.start - b.start);
  return [...groups.values()];
}
