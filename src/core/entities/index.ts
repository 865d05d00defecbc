import type { Entity, ParsedArticle } from '../types.js';

/** PLACEHOLDER until the tagger lands: wink's own entities, grouped by text. */
export function extractEntities(parsed: ParsedArticle): Entity[] {
  const groups = new Map<string, { name: string; type: Entity['type']; mentions: { text: string; start: number; end: number }[] }>();
  for (const e of parsed.winkEntities) {
    const text = parsed.article.text.slice(e.start, e.end);
    const key = `${e.type}:${text.toLowerCase()}`;
    const g = groups.get(key) ?? { name: text, type: e.type, mentions: [] };
    g.mentions.push({ text, start: e.start, end: e.end });
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ ...g, count: g.mentions.length })).sort((a, b) => b.count - a.count);
}
