import type { Entity, ParsedArticle, Quote } from '../types.js';

/** PLACEHOLDER until quote extraction lands. */
export function extractQuotes(_parsed: ParsedArticle, _entities: readonly Entity[]): Quote[] {
  return [];
}
