/**
 * Words in capitals for emphasis or an editor's note, not acronyms: "The NEW chief executive",
 * "(ITALICISE)", "NON drinker". The tagger takes any word in capitals for an acronym's name.
 */
import { actsAfter, actsAfterThe, isRoleAfter } from './acronym-places.js';
import type { NameMention } from './group.js';

/** A one-word name in capitals of five letters or more (not "SWAT"). */
const LONG_CAPS = /^\p{Lu}{5,}$/u;
/** A one-word name in capitals of three letters or more ("NEW"; not "US"). */
const CAPS = /^\p{Lu}{3,}$/u;
/** Parts of speech of content words that are no names ("Born", "Recently", "OK"). */
export const ORDINARY_POS: ReadonlySet<string> = new Set(['VERB', 'ADV', 'ADJ', 'INTJ']);
/** A lower-case word right after the name, in the same sentence. */
const BEFORE_LOWER = /^ \p{Ll}/u;
/** A stop or a comma closing a word. */
const TRAILING_STOP = /[.,;:!?]$/u;
const ARTICLE = /^(?:[Tt]he|[Aa]n?)$/;

/**
 * Whether the one-word name in capitals is emphasis: wink, which knows the word, reads a long
 * one as a verb, adjective or adverb, never an acronym's part of speech; or the training text
 * mostly writes the word in lower case (`isCommon`) and it stands in mid-sentence before a
 * lower-case word, as a word does in a phrase ("the NEW chief executive", "a HUGE win").
 * An acronym spelling a word that the article defines in brackets ("the World Health
 * Organisation (WHO)" ... "the WHO said") is one, and so is one standing where acronyms.ts reads
 * an organisation ("the WHO warned", "WHO chief Tedros").
 */
export function isEmphasis(
  m: NameMention & { readonly pos: string; readonly sentenceInitial: boolean },
  text: string,
  isCommon: (w: string) => boolean,
): boolean {
  if (m.words.length !== 1) return false;
  const w = m.words[0]!;
  if (LONG_CAPS.test(w) && ORDINARY_POS.has(m.pos)) return true;
  if (!CAPS.test(w) || m.sentenceInitial || !isCommon(w) || !BEFORE_LOWER.test(text.slice(m.end, m.end + 2)) || text.includes(`(${w})`)) return false;
  // Where acronyms.ts reads an organisation ("the WHO warned", "WHO chief"), it stays one.
  // The last word before the name, after one space (split, not a pattern searched from every position).
  const head = text.slice(Math.max(0, m.start - 20), m.start);
  const before = head.endsWith(' ') ? (head.slice(0, -1).split(/\s/).pop() ?? '') : '';
  const [first = '', second = ''] = text
    .slice(m.end, m.end + 60)
    .split(/\s+/, 3)
    .slice(1);
  const after = first.replace(TRAILING_STOP, '');
  if (actsAfterThe(before, after)) return false;
  if (!isRoleAfter(after)) return true;
  // A role that ends its phrase is an acronym's ("WHO chief Tedros", "a WHO official said"); after an
  // article and before another noun it is a phrase's, the capitals emphasis ("The NEW chief executive").
  const phraseGoesOn = after === first && /^\p{Ll}/u.test(second) && !actsAfter(second.replace(TRAILING_STOP, '')) && !isRoleAfter(second);
  return ARTICLE.test(before) && phraseGoesOn;
}
