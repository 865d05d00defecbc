/** Words in and around a cue's subject: pronouns, possessives, the time words between a subject and its cue. */
import { WEEKDAYS } from '../calendar.js';

/** Pronouns that can be the subject of a cue, and what they can refer to. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it', 'we']);
/** Words between a subject and its cue that belong to neither: "has also said". */
export const SKIPPABLE: ReadonlySet<string> = new Set([
  'also',
  'since',
  'has',
  'have',
  'had',
  'later',
  'then',
  'previously',
  'once',
  'repeatedly',
  'recently',
  'further',
  'again',
  'would',
  'will',
  'did',
  'does',
  'do',
  'was',
  'is',
  'are',
  'were',
  'am',
  'been',
  "'s",
  '’s',
  "'re",
  '’re',
  'reportedly',
  'publicly',
  'privately',
  'simply',
  'just',
  'flatly',
  'often',
  'frequently',
  'quickly',
  'first',
  'last',
  'earlier',
  'initially',
  'even',
  'still',
  'already',
  'separately',
  'told',
  'similarly',
  'likewise',
  'openly',
  'overall',
  'itself',
  'himself',
  'herself',
  'themselves',
  'themself',
]);
/** Time words between a subject and its cue ("Wells Fargo this month announced"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  ...WEEKDAYS,
  'day',
  'time',
  'summer',
  'spring',
  'fall',
  'winter',
]);
export const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'on', 'that', 'each', 'every', 'earlier', 'later']);
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Parts of speech a plain noun phrase is made of: "the two new harbour walls". */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Tags that, right before a word wink tagged VERB, show it is a noun ("the rejection signals/VERB"). */
export const NOMINAL_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN']);
export const NOMINATIVE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
export const ANTECEDENT_LINKS: ReadonlySet<string> = new Set(['of', 'between', "'s", '’s', 'and']);
