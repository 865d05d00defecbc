/**
 * A name right after a lower-case role is a person's: "SpaceX founder Elon Musk", "WHO chief
 * Tedros", "Varnia manager Ana Ruiz". English news writes a person's occupation or office before
 * the name as a modifier in lower case (the false title, and "president", "minister" ...); the
 * decoder, reading the company or body before the role, can type the name after it an
 * organisation. The role must follow a name (the company, club, band or country the person
 * serves: "Varnia manager", not "fund manager Tarsk Advisors"), and the span must not end in an
 * organisation's head or legal form ("broker Varn Securities").
 */
import type { TokenSpan } from './labels.js';
import { isOffice } from './junk-words.js';
import { isFalseTitle } from './name-roles.js';
import { isOrganisationHead } from './organisation-heads.js';
import { CAPITALISED_WORD, STARTS_UPPER, isSentenceStart, replaced } from './words.js';

/** Roles a news story writes before a name that the lists of offices and false titles leave out. */
const ROLE = /^(?:chief|founder|co-founder|spokesman|spokeswoman|spokesperson|executive|head)$/;
/**
 * False titles that also name a firm's trade ("UK broadcaster Virgin Radio", "analyst Gartner",
 * "TV producer Illuminations") or are verbs ("Bolton host Arsenal", "miss Wimbledon").
 */
const NOT_ROLE = /^(?:host|miss|analyst|broadcaster|producer|publisher|designer|trainer|manager)$/;

/** Whether the word is a role in lower case, by its first character code before the lists. */
function roleAt(w: string | undefined): boolean {
  if (w === undefined) return false;
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122 && (ROLE.test(w) || isFalseTitle(w) || isOffice(w)) && !NOT_ROLE.test(w);
}

/**
 * Organisations' spans of capitalised words right after a role that follows a name ("SpaceX
 * founder", "US rapper"), in one sentence, with no capital after them ("Committee chairman Labour
 * MP Jean Corston": the party of an office), typed a person's (see above); and the organisations'
 * spans of the same words elsewhere in the article ("Elon Musk said", one sense per discourse).
 */
export function withRolePeople(spans: readonly TokenSpan[], words: readonly string[], sentenceStarts: readonly number[]): readonly TokenSpan[] {
  let people: Set<string> | undefined;
  for (let k = 0; k < spans.length; k++) if (afterRole(spans, k, words, sentenceStarts)) (people ??= new Set()).add(wordsOf(spans[k]!, words));
  if (people === undefined) return spans;
  const named = people;
  return replaced(spans, (s) => (s.type === 'ORG' && named.has(wordsOf(s, words)) ? { ...s, type: 'PER' } : s));
}

const wordsOf = (s: TokenSpan, words: readonly string[]): string => words.slice(s.start, s.end).join(' ');

/** Whether span k is an organisation's that a role before it says is a person's (see above). */
function afterRole(spans: readonly TokenSpan[], k: number, words: readonly string[], sentenceStarts: readonly number[]): boolean {
  const s = spans[k]!;
  const role = s.start - 1;
  if (s.type !== 'ORG' || spans[k - 1]?.end !== role || !roleAt(words[role]) || s.end - s.start > 3) return false;
  if (
    isOrganisationHead(words[s.end - 1]!) ||
    STARTS_UPPER.test(words[s.end] ?? '') ||
    isSentenceStart(sentenceStarts, s.start) ||
    isSentenceStart(sentenceStarts, role)
  )
    return false;
  for (let i = s.start; i < s.end; i++) if (!CAPITALISED_WORD.test(words[i]!)) return false;
  return true;
}
