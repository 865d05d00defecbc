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
  for (const m of merged) {
    const full = kept.find((k) => k.type === m.type && isAlias(m.name, k.name));
    if (!full) {
      kept.push(m);
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
  const s = key(short);
  const f = key(full);
  if (s === f || s.length === 0) return s === f;
  const words = f.split(' ');
  if (words.length > 1 && !s.includes(' ') && (words[words.length - 1] === s || words[0] === s)) return true;
  if (words.length > 1 && s.includes(' ') && f.endsWith(' ' + s)) return true;
  return /^[A-Z]{2,}$/.test(short.replace(/\./g, '')) && initials(full) === s.replace(/ /g, '');
}
