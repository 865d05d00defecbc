import type { ArticleRecord, EntityType } from '../index.js';

/**
 * The part of a record a command was asked for (`quotes --speaker`, `entities --type`),
 * plain data so it travels to a worker with the task: the record keeps its shape, with only
 * the wanted quotes and entities, whether printed as text or as JSON.
 */
export interface RecordSelection {
  /** Only quotes whose speaker's name contains this, case-insensitively. */
  readonly speaker?: string;
  /** Only entities of these types. */
  readonly entityTypes?: readonly EntityType[];
}

export function selectRecord(record: ArticleRecord, selection: RecordSelection | undefined): ArticleRecord {
  if (!selection) return record;
  const { speaker, entityTypes } = selection;
  const wanted = speaker?.toLowerCase();
  return {
    ...record,
    quotes: wanted === undefined ? record.quotes : record.quotes.filter((q) => q.speaker?.name.toLowerCase().includes(wanted) ?? false),
    entities: entityTypes === undefined ? record.entities : record.entities.filter((e) => entityTypes.includes(e.type)),
  };
}

/** `--type` names: each type in lower case, and the spellings people use for a few. */
const TYPE_NAMES: Readonly<Record<string, EntityType>> = {
  person: 'PERSON',
  people: 'PERSON',
  organization: 'ORGANIZATION',
  organisation: 'ORGANIZATION',
  org: 'ORGANIZATION',
  place: 'PLACE',
  date: 'DATE',
  time: 'TIME',
  duration: 'DURATION',
  money: 'MONEY',
  percent: 'PERCENT',
  cardinal: 'CARDINAL',
  number: 'CARDINAL',
  ordinal: 'ORDINAL',
  email: 'EMAIL',
  url: 'URL',
  hashtag: 'HASHTAG',
  mention: 'MENTION',
  emoji: 'EMOJI',
  emoticon: 'EMOTICON',
};

export class UnknownEntityTypeError extends Error {}

/** `person,place` → ['PERSON', 'PLACE']; throws UnknownEntityTypeError naming the known types. */
export function parseEntityTypes(list: string): EntityType[] {
  const types = list
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = types.filter((name) => !(name in TYPE_NAMES));
  if (types.length === 0 || unknown.length > 0) {
    const known = [...new Set(Object.values(TYPE_NAMES))].map((t) => t.toLowerCase()).join(', ');
    throw new UnknownEntityTypeError(`${unknown.length > 0 ? `unknown entity type ${unknown.join(', ')}` : 'no entity type given'}; known types: ${known}.`);
  }
  return [...new Set(types.map((name) => TYPE_NAMES[name]!))];
}
