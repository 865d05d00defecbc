/**
 * Words that are never a person's, organisation's or place's name by themselves, though
 * news capitalises them: titles ("Mr", "Dr", "PC" for a police constable), "I'm", holidays,
 * and (as organisations or places) months and weekdays. CoNLL-2003's 1996 Reuters text,
 * which the tagger learned from, writes almost none of them, so the tagger has no view of
 * them; these lists are its view. A month may still be a person ("April", "May"), and so
 * may a season ("Summer"). Also the closed-class words ("The", "While") the span repairs
 * never take for a name's word.
 */
import type { NameType } from '../types.js';
import { WEEKDAYS } from '../calendar.js';
import { isHonorific } from './name-roles.js';

/**
 * Titles and ranks written before a name; a name never starts with one in CoNLL's spans.
 * Not "Lord" and "Lady" (Lord's the cricket ground, Lady Gaga), nor "Miss", also a verb.
 */
export const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'revd',
  'mp',
  'mep',
  'dj',
  'pc',
  'sgt',
  'insp',
  'supt',
  'det',
  'cllr',
  'capt',
  'col',
  'gen',
  'lt',
  'maj',
  'cpl',
  'pte',
]);

/** Words of holiday names that are holidays alone ("Christmas"), not with others ("New", "Day"). */
const HOLIDAY_CORE = new Set([
  'christmas',
  'xmas',
  'easter',
  'halloween',
  'thanksgiving',
  'hanukkah',
  'diwali',
  'eid',
  'passover',
  'hogmanay',
  'valentine',
  "valentine's",
]);

const HOLIDAYS = new Set([
  ...HOLIDAY_CORE,
  'merry',
  'happy',
  'eve',
  'boxing',
  'day',
  'new',
  'year',
  "year's",
  'valentine',
  "valentine's",
  'mothering',
  'sunday',
]);

const CALENDAR = new Set([
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
  ...WEEKDAYS,
]);

/** Seasons, capitalised by some writers ("launch in Spring next year"): alone, no organisation or place. */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);

/**
 * Offices, capitalised before a name or as part of one ("Sheriff Ann Tovey", "county Sheriff
 * deputy"): alone, never a name (CoNLL train and dev have none as a one-word name). Some are
 * surnames too (SURNAME_OFFICES): those may still be a person.
 */
const OFFICES = new Set([
  'sheriff',
  'deputy',
  'mayor',
  'governor',
  'senator',
  'president',
  'chancellor',
  'minister',
  'premier',
  'judge',
  'prosecutor',
  'attorney',
  'coroner',
  'commissioner',
  'secretary',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'constable',
  'sergeant',
  'inspector',
  'detective',
  'superintendent',
  'marshal',
  'officer',
  // Ranks written after a barrister's name ("Eleanor Laws QC", "the peer's QC son").
  'qc',
  'kc',
]);
const SURNAME_OFFICES = new Set(['judge', 'chancellor', 'marshal']);

/** Capitalised words that are never names: "OK", and "AM"/"PM" of a time. */
const NEVER_NAMES = new Set(['ok', 'okay', 'am', 'pm']);

/** "I'm", "I've", "We'll", "Let's": a pronoun with its verb, capitalised at the start of a quote. */
const CONTRACTION = /^(?:(?:i|you|we|they|he|she|it)['’](?:m|ve|ll|d|re|s)|let['’]s)$/i;

/**
 * Words of closed classes, capitalised when they open a sentence that a caption runs into
 * without a full stop ("in Menorca While Pat ...", "Utah The arrow") or in a title ("An
 * Assessment", "Hands With"): neither half of a name they stand in is joined to the other.
 */
const CLOSED_CLASS =
  /^(?:the|a|an|this|that|these|those|he|she|it|we|they|you|his|her|its|their|our|my|your|while|when|where|after|before|as|but|and|or|if|so|then|there|here|now|had|has|have|was|were|is|are|be|been|will|would|can|could|should|may|might|must|did|does|do|not|no|yes|all|some|one|with|of|for|in|on|at|to|by|from)$/i;

/** The word lower-cased without a final full stop; no regular expression: it is asked of most tokens' neighbours. */
const bare = (w: string) => {
  const lower = w.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};

/** Whether the word is an office ("Sheriff", "Mayor"), whatever its case. */
export const isOffice = (w: string): boolean => OFFICES.has(bare(w));

/** Whether the word is a month or weekday, whole or shortened ("March", "Sept.", "Monday"), whatever its case. */
export const isCalendarWord = (w: string): boolean => CALENDAR.has(bare(w));

/** Whether the word is a title ("Mr", "Dr.", "PC"), whatever its case or full stop. */
export const isTitle = (w: string): boolean => TITLES.has(bare(w));

/** Whether the word is of a closed class ("The", "While", "With"), whatever its case. */
export const isClosedClass = (w: string): boolean => CLOSED_CLASS.test(w);

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * A country's exit from a union, or its backers: "Brexit", "Grexit", "Brexiteers". Events and
 * groups, MISC in CoNLL's guidelines; the tagger, which never saw the word (after 2012),
 * reads it as a place ("talks on Brexit"). No English word ends so but "exit" itself.
 */
const EXIT_EVENT = /^\p{Lu}\p{Ll}*xit(?:eers?)?$/u;
/**
 * An acronym in the plural ("PCs", "MPs", "CEOs", "SMSes"): a common noun's plural, personal
 * computers or members of parliament, never a name (CoNLL train tags none of its "MPs", "GOs").
 */
const PLURAL_ACRONYM = /^\p{Lu}{2,}e?s$/u;
/**
 * Why a name made of `words` is no name of type `type`, or null when it may be one: all its
 * words are titles, or it is a contraction, "OK", a holiday ("Christmas", "Merry Christmas"), or
 * (for an organisation or place) a month, weekday or season ("Jan" of a dateline); or an office alone
 * ("Sheriff"); or an exit from a union ("Brexit"); or an acronym in the plural ("PCs").
 */
export function junkReason(words: readonly string[], type: NameType): string | null {
  if (words.length === 0) return null;
  if (!words.some((w) => WORD_CHARACTER.test(w))) return 'no word'; // "!" of "Get Me Out Of Here!"
  const lower = words.map(bare);
  if (lower.every((w) => TITLES.has(w))) return 'title';
  // "Lord Chancellor", "Major General": an office with its honorific is still no one's name.
  if (words.length > 1 && lower.every((w) => TITLES.has(w) || OFFICES.has(w) || isHonorific(w))) return 'title';
  if (words.length === 1 && CONTRACTION.test(words[0]!)) return 'contraction';
  if (words.length === 1 && EXIT_EVENT.test(words[0]!) && lower[0] !== 'exit') return 'event';
  if (words.length === 1 && NEVER_NAMES.has(lower[0]!)) return 'common word';
  if (words.length === 1 && PLURAL_ACRONYM.test(words[0]!)) return 'plural';
  if (lower.some((w) => HOLIDAY_CORE.has(w)) && lower.every((w) => HOLIDAYS.has(w))) return 'holiday';
  if (type !== 'PERSON' && lower.every((w) => CALENDAR.has(w))) return 'date';
  // Apart from 'date': a season beside a name is no date that ends it ("Silver Spring", fragment.ts).
  if (type !== 'PERSON' && words.length === 1 && SEASONS.has(lower[0]!)) return 'season';
  if (words.length === 1 && OFFICES.has(lower[0]!) && (type !== 'PERSON' || !SURNAME_OFFICES.has(lower[0]!))) return 'office';
  return null;
}
