import type { Token } from '../types.js';
import { WEEKDAYS } from '../calendar.js';
import { sentenceStart } from './candidate.js';
import { isNameWord, nameRunStartingAt } from './name-tokens.js';
import { phraseEndingAt, type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { AUTHORED_NOUNS, OBTAINED } from './speaker-nouns.js';
import { RECEIVING } from './received-text.js';

/**
 * Who speaks through a document ("according to a report by X", "X issued a statement saying",
 * "his remarks calling"): its author after "by" or "from", else its owner or issuer before it.
 */

/** Possessive pronouns before a person's words or document ("his remarks"), with the pronoun they stand for. */
const OWNER_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);
const OWNER_PRONOUNS_HEADS: ReadonlySet<string> = new Set(OWNER_PRONOUNS.values());
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** What may stand between a verb and the document it puts out, and how many of them. */
const BETWEEN_ISSUE_POS: ReadonlySet<string> = new Set(['ADP', 'PART', 'ADV']);
const ISSUE_REACH = 5;
const BETWEEN_ISSUE_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, 'late', 'early']);
/** How many words may stand between a document and the "by" of its author ("filed in Manhattan by"). */
const AUTHOR_REACH = 4;

/**
 * The name after "by" that closes a description ("a count by The Associated Press", "a lawsuit
 * filed in May by Jane Roe", "a study by economists Jane Roe and …"): tokens of the name, or null.
 */
export function authorAfter(tokens: readonly Token[], end: number): Subject | null {
  let k = end;
  // ("a report from Harbour Energy Finance": "from" right after the document names its author too.)
  if (tokens[k]?.normal === 'from' && isNameWord(tokens, k + 1)) {
    return nameFrom(tokens, k + 1);
  }
  while (k < end + AUTHOR_REACH && tokens[k] && tokens[k]!.normal !== 'by' && tokens[k]!.pos !== 'PUNCT') k++;
  if (tokens[k]?.normal !== 'by' || tokens[k]!.sentence !== tokens[end - 1]!.sentence) return null;
  // ("a memo obtained by the Gazette": who came to hold the document did not write it.)
  if (OBTAINED.has(tokens[k - 1]?.normal ?? '')) return null;
  let first = k + 1;
  while (
    first < k + 4 &&
    tokens[first] &&
    !isNameWord(tokens, first) &&
    (tokens[first]!.pos === 'DET' || tokens[first]!.pos === 'NOUN' || tokens[first]!.pos === 'ADJ')
  )
    first++;
  return isNameWord(tokens, first) ? nameFrom(tokens, first) : null;
}

/** The name that starts at token `first`, as a name subject. */
function nameFrom(tokens: readonly Token[], first: number): Subject {
  const end = nameRunStartingAt(tokens, first, tokens.length);
  return { first, end, kind: 'name', name: { first, end }, head: tokens[end - 1]!.normal, roles: [] };
}

/**
 * The person who owns or puts out a document: "Sanders’ fundraising email notes" (a possessive
 * name before it), "McConnell issued a statement saying" (the subject of the verb before it).
 */
export function ownerBefore(tokens: readonly Token[], subject: Subject): Subject | null {
  // "his remarks calling …": the owner a possessive pronoun stands for.
  const owner = tokens[subject.first]!;
  if (OWNER_PRONOUNS.has(owner.normal))
    return { first: subject.first, end: subject.first + 1, kind: 'pronoun', head: OWNER_PRONOUNS.get(owner.normal)!, roles: [] };
  for (let k = subject.first - 1; k < subject.end - 1; k++) {
    const t = tokens[k];
    if (t && POSSESSIVE_MARKS.has(t.value) && isNameWord(tokens, k - 1)) {
      const name = phraseEndingAt(tokens, k - 1, sentenceStart(tokens, k - 1));
      return name?.kind === 'name' && name.name ? name : null;
    }
  }
  // "X blasted out an email", "X responded late Friday with a note": particles, prepositions,
  // adverbs and a day may stand between the verb and its document.
  let verb = subject.first - 1;
  while (verb > subject.first - ISSUE_REACH && tokens[verb] && (BETWEEN_ISSUE_POS.has(tokens[verb]!.pos) || BETWEEN_ISSUE_WORDS.has(tokens[verb]!.normal)))
    verb--;
  // ("…, according to his book": no one issues it.)
  // (Nor "Roe received letters saying …": who got the document did not put it out.)
  if (tokens[verb]?.pos !== 'VERB' || tokens[verb]!.normal === 'according' || RECEIVING.has(tokens[verb]!.normal)) return null;
  const issuer = subjectBefore(tokens, verb, sentenceStart(tokens, verb));
  // (A name, a description "Her campaign", a person's pronoun; not "it", nor a document again.)
  if (!issuer || (issuer.kind === 'name' && !issuer.name) || (issuer.kind === 'pronoun' && !OWNER_PRONOUNS_HEADS.has(issuer.head))) return null;
  return issuer.kind === 'description' && AUTHORED_NOUNS.has(issuer.head) ? null : issuer;
}
