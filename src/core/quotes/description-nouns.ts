/** Words of a speaker's description ("the firm", "a spokesman", "the Federal Reserve head") that decide whom it stands for (SpeakerResolver). */

/** Nouns for the one who leads a body ("the Federal Reserve head"): that body's leader is one person. */
export const LEADER_NOUNS: ReadonlySet<string> = new Set([
  'head',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'boss',
  'leader',
  'president',
  'director',
  'governor',
  'secretary',
  'minister',
  'commissioner',
]);

/**
 * Nouns for one person who usually stays unnamed ("a spokesman", "an official"): such a description
 * may be the next "he"/"she". (Not office titles: "the chancellor … he said" is the chancellor the
 * article names, which the name search finds.)
 */
export const UNNAMED_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'source',
  'aide',
  'adviser',
  'advisor',
]);

export const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some']);

/** Nouns that stand for a named organisation spoken of before ("the company said"). */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'bank',
  'agency',
  'network',
  'carrier',
  'airline',
  'retailer',
  'insurer',
  'manufacturer',
]);
