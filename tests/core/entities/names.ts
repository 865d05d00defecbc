/** What most entity tests read of extractEntities on a made-up text: its people, organisations and places. */
import type { Entity } from '../../../src/core/types.js';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';

/** The person, organisation and place entities of a raw text, in the order extractEntities gives them. */
export const namedEntities = (raw: string): Entity[] =>
  extractEntities(parseArticle(cleanArticle(raw))).filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION' || e.type === 'PLACE');

/** Each of them as its type and name: "PERSON Tova Lind". */
export const typedNames = (raw: string): string[] => namedEntities(raw).map((e) => `${e.type} ${e.name}`);
