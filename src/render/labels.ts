import type { EntityType } from '../index.js';

/** How entity types are named for people, in the order the brief lists them. */
export const NAME_GROUPS: readonly { readonly type: EntityType; readonly label: string }[] = [
  { type: 'PERSON', label: 'People' },
  { type: 'ORGANIZATION', label: 'Organisations' },
  { type: 'PLACE', label: 'Places' },
];

const OTHER_LABELS: Partial<Record<EntityType, string>> = {
  DATE: 'Dates',
  TIME: 'Times',
  DURATION: 'Durations',
  MONEY: 'Money',
  PERCENT: 'Percentages',
  CARDINAL: 'Numbers',
  ORDINAL: 'Ordinals',
  EMAIL: 'E-mail addresses',
  URL: 'Links',
  HASHTAG: 'Hashtags',
  MENTION: 'Mentions',
  EMOJI: 'Emoji',
  EMOTICON: 'Emoticons',
};

export function entityLabel(type: EntityType): string {
  return NAME_GROUPS.find((g) => g.type === type)?.label ?? OTHER_LABELS[type] ?? type;
}

/** Entity types in display order: names first, then wink's own types in a fixed order. */
export const TYPE_ORDER: readonly EntityType[] = [
  'PERSON',
  'ORGANIZATION',
  'PLACE',
  'DATE',
  'TIME',
  'DURATION',
  'MONEY',
  'PERCENT',
  'CARDINAL',
  'ORDINAL',
  'EMAIL',
  'URL',
  'HASHTAG',
  'MENTION',
  'EMOJI',
  'EMOTICON',
];

export function formatStats(words: number, minutes: number): string {
  return statsFields(words, minutes).join(' · ');
}

/** The length of an article as two fields of a meta line, so a line may break between them. */
export function statsFields(words: number, minutes: number): string[] {
  return [`${words.toLocaleString('en-US')} ${words === 1 ? 'word' : 'words'}`, `${minutes} min read`];
}
