/**
 * A sentence end wink cannot see: the full stop is missing, as where a picture caption runs
 * into the story ("… under the new coach He has won …"). Only a subject pronoun, which English
 * capitalises nowhere but at a sentence start, marks such an end; any other capitalised word
 * may be a name.
 */
import type { Token } from '../types.js';

/** Subject pronouns English capitalises only where a sentence starts. */
const SENTENCE_START_PRONOUNS: ReadonlySet<string> = new Set(['He', 'She', 'They', 'We']);
/** No subject pronoun is followed by an article: "the phrase We the People" is a name, not a sentence start. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Verbs a title follows directly, with no marks around it ("a single called We need a boat"). */
const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called',
  'titled',
  'entitled',
  'named',
  'dubbed',
  'nicknamed',
  'headlined',
  'sang',
  'sing',
  'sings',
  'singing',
]);
/** Works whose title, often in sentence case, follows the noun directly ("the hit They say it is over"). */
const TITLED_WORKS: ReadonlySet<string> = new Set([
  'hit',
  'song',
  'single',
  'album',
  'anthem',
  'ballad',
  'novel',
  'memoir',
  'poem',
  'phrase',
  'slogan',
  'motto',
]);

/**
 * Token `t` starts a sentence whose full stop is missing: a capitalised "He", "She", "They" or
 * "We" between two lower-case words ("… under the new coach He has won …"), as a picture
 * caption runs into the story. A title keeps its neighbours capitalised ("sang We Shall Overcome"),
 * or an article after the pronoun ("the phrase We the People"); one in sentence case follows a
 * word that introduces it ("the hit They say it is over").
 */
export function pronounAfterMissingStop(tokens: readonly Pick<Token, 'value'>[], t: number): boolean {
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  return (
    SENTENCE_START_PRONOUNS.has(tokens[t]!.value) &&
    before !== undefined &&
    after !== undefined &&
    /^\p{Ll}[\p{L}\p{N}]*$/u.test(before.value) &&
    !NAMING_VERBS.has(before.value) &&
    !TITLED_WORKS.has(before.value) &&
    /^\p{Ll}/u.test(after.value) &&
    !ARTICLES.has(after.value)
  );
}
