/**
 * The names that matter across a story: each article's people, organisations and places,
 * merged across articles by name and by alias ("Obama" and "Barack Obama"; "UN" and "United
 * Nations"), ranked by how many of the story's articles name them, then by mentions. The same
 * surname-and-initials matching as within one article (Bagga & Baldwin 1998 cross-document
 * coreference, here by string rules alone).
 */
import type { ItemEntity, StoryEntity } from './types.js';

const SHOWN = 10;

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const initials = (name: string) =>
  key(name)
    .split(' ')
    .filter((w) => w.length > 0 && !['of', 'and', 'for', 'the'].includes(w))
    .map((w) => w[0])
    .join('');

interface Merged {
  name: string;
  type: StoryEntity['type'];
  aliases: Set<string>;
  count: number;
  articles: Set<number>;
}

/** `perArticle[i]`: the names of the story's i-th original article. */
export function storyEntities(perArticle: readonly (readonly ItemEntity[])[]): StoryEntity[] {
  const byKey = new Map<string, Merged>();
  perArticle.forEach((entities, article) => {
    for (const e of entities) {
      const k = `${e.type}:${key(e.name)}`;
      let m = byKey.get(k);
      if (!m) byKey.set(k, (m = { name: e.name, type: e.type, aliases: new Set(), count: 0, articles: new Set() }));
      m.count += e.count;
      m.articles.add(article);
    }
  });
  const merged = [...byKey.values()];
  // Longest names first: a short name joins the longest full name it abbreviates.
  merged.sort((a, b) => b.name.length - a.name.length);
  const kept: Merged[] = [];
  const fullNames = new Map<string, AliasIndex<Merged>>();
  for (const m of merged) {
    let index = fullNames.get(m.type);
    if (!index) fullNames.set(m.type, (index = new AliasIndex()));
    const full = index.find(m.name);
    if (!full) {
      kept.push(m);
      index.add(m.name, m);
      continue;
    }
    full.aliases.add(m.name);
    full.count += m.count;
    for (const a of m.articles) full.articles.add(a);
  }
  return kept
    .sort((a, b) => b.articles.size - a.articles.size || b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, SHOWN)
    .map((m) => ({ name: m.name, type: m.type, aliases: [...m.aliases].filter((a) => a !== m.name).sort(), count: m.count, articles: m.articles.size }));
}

/** "Obama" of "Barack Obama" (a last or first word), "UN" of "United Nations" (initials). */
export function isAlias(short: string, full: string): boolean {
  const index = new AliasIndex<true>();
  index.add(full, true);
  return index.find(short) === true;
}

const isAcronym = (name: string) => /^[A-Z]{2,}$/.test(name.replace(/\./g, ''));

/**
 * Full names, looked up by what a short name can be of them (the whole name, a first or last
 * word, a run of last words, the initials), so finding a name's full form costs a few map
 * lookups instead of a pass over every name already seen: a story of 500 articles has thousands.
 * `find` returns the earliest-added name that `short` is an alias of, as `isAlias` defines it.
 */
export class AliasIndex<T> {
  private readonly values: T[] = [];
  private readonly whole = new Map<string, number>();
  private readonly word = new Map<string, number>();
  private readonly lastWords = new Map<string, number>();
  private readonly initials = new Map<string, number>();

  add(full: string, value: T): void {
    const at = this.values.push(value) - 1;
    const first = (map: Map<string, number>, k: string) => map.has(k) || map.set(k, at);
    const f = key(full);
    first(this.whole, f);
    first(this.initials, initials(full));
    const words = f.split(' ');
    if (words.length < 2) return;
    first(this.word, words[0]!);
    first(this.word, words[words.length - 1]!);
    for (let i = 1; i < words.length; i++) first(this.lastWords, words.slice(i).join(' '));
  }

  find(short: string): T | undefined {
    const s = key(short);
    if (s.length === 0) return undefined;
    const found = [
      this.whole.get(s),
      (s.includes(' ') ? this.lastWords : this.word).get(s),
      isAcronym(short) ? this.initials.get(s.replace(/ /g, '')) : undefined,
    ];
    const at = Math.min(...found.map((i) => i ?? Infinity));
    return at === Infinity ? undefined : this.values[at];
  }
}
