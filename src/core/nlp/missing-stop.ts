/**
 * A sentence end wink cannot see: the full stop is missing, as where a picture caption runs
 * into the story ("… under the new coach He has won …", "… at the store The young royal …").
 * Only a word English capitalises nowhere but at a sentence start (a subject pronoun, a
 * determiner, "But") marks such an end; any other capitalised word may be a name.
 */
import type { Token } from '../types.js';
import { TITLE_INTRODUCERS } from './title-cues.js';

/** Subject pronouns, which English capitalises only where a sentence starts. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['He', 'She', 'They', 'We', 'It']);
/** Determiners and "But", capitalised only where a sentence starts too (outside names and titles). */
const OTHER_OPENERS: ReadonlySet<string> = new Set(['The', 'This', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'But']);
/** No subject pronoun is followed by an article: "the phrase We the People" is a name, not a sentence start. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Words no sentence ends on: a caption ends on a word that completes it, so "critical to the case, as The jury …" goes on. */
const NO_SENTENCE_END: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'as',
  'than',
  'that',
  'if',
  'because',
  'whether',
  'while',
  'although',
  'of',
  'to',
  // Prepositions and "believe" take what follows, as a pronoun for God, capitalised anywhere ("ask for His forgiveness", "We believe He is risen").
  'for',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'into',
  'upon',
  'unto',
  'through',
  'about',
  'believe',
  'believes',
  'believed',
]);
/**
 * Token `t` starts a sentence whose full stop is missing: a capitalised opener ("He", "The",
 * "But" …) between two lower-case words ("… under the new coach He has won …"), as a picture
 * caption runs into the story. A title keeps its neighbours capitalised ("sang We Shall Overcome"),
 * or an article after the pronoun ("the phrase We the People"); one in sentence case follows a
 * word that introduces it ("the hit They say it is over"). A conjunction, article, preposition
 * or "believe" before it ends no sentence.
 */
export function openerAfterMissingStop(tokens: readonly Pick<Token, 'value'>[], t: number): boolean {
  const word = tokens[t]!.value;
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  return (
    (SUBJECT_PRONOUNS.has(word) || OTHER_OPENERS.has(word)) &&
    before !== undefined &&
    after !== undefined &&
    /^\p{Ll}[\p{L}\p{N}]*$/u.test(before.value) &&
    !NO_SENTENCE_END.has(before.value) &&
    !TITLE_INTRODUCERS.has(before.value) &&
    /^\p{Ll}/u.test(after.value) &&
    !(SUBJECT_PRONOUNS.has(word) && ARTICLES.has(after.value))
  );
}
