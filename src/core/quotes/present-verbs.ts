import type { ParsedArticle, Token } from '../types.js';
import { retagAsVerbs } from './retagged-verbs.js';
import { SPEECH_VERB_FORMS } from './speech-verbs.js';
import { TIME_NOUNS } from './subject-words.js';

/**
 * wink reads a present-tense verb with its -s as a plural noun when a name stands before it
 * ("Roe trails/NOUN Pell in Dover", "The Gazette claims/NOUN the …"), so the clause has no verb
 * and its subject is lost. A lower-case -s word between a name that opens a clause and an object
 * that opens with a determiner, a name or an object pronoun is no noun (a name, a plural and
 * then "the" make no noun phrase): it is read as the verb it is. Returns `parsed` itself when
 * nothing changes, else a copy with those tokens retagged.
 */
export function withPresentVerbs(parsed: ParsedArticle): ParsedArticle {
  return retagAsVerbs(parsed, 1, parsed.tokens.length - 1, (tokens, k) => presentVerb(tokens, k) || presentParticiple(tokens, k));
}

/**
 * "Engineers building/NOUN the pier said …": wink reads a present participle after an opening
 * plural as a compound's noun, so the participle's object is taken for the speaker. A lower-case
 * -ing word between a plural that opens a clause and a determiner is the participle it is (a
 * plural, a noun and then "the" make no noun phrase).
 */
function presentParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1]!;
  if (t.pos !== 'NOUN' || !/^\p{Ll}+ing$/u.test(t.value) || before.sentence !== t.sentence) return false;
  if (!NOMINAL.has(before.pos) || !/[^s']s$/.test(before.value) || !opensClause(tokens, k - 1)) return false;
  return DETERMINERS.has(tokens[k + 1]!.normal) && tokens[k + 1]!.sentence === t.sentence;
}
const NOMINAL = new Set(['NOUN', 'PROPN']);

function presentVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'NOUN' || !/^\p{Ll}[\p{Ll}-]*[^s']s$/u.test(t.value)) return false;
  const before = tokens[k - 1]!;
  const after = tokens[k + 1]!;
  if (before.sentence !== t.sentence || after.sentence !== t.sentence) return false;
  if (before.pos !== 'PROPN' || !/^\p{Lu}/u.test(before.value) || !opensClause(tokens, k - 1)) return false;
  // ("Western states this week", "Rust Belt states Indiana and Ohio": the country's states.)
  if (t.normal === 'states') return false;
  // ("Dover pilots this week said …": a time phrase times the verb after it.)
  if (DETERMINERS.has(after.normal)) return !TIME_NOUNS.has(tokens[k + 2]?.normal ?? '');
  if (OBJECT_PRONOUNS.has(after.normal)) return true;
  // Before a name, a plural after a people's or party's adjective names who they are ("Mexican
  // presidents Vicente Fox", "Gulf states Oman and Qatar"), and a weekday times the clause's verb
  // ("told Cruz backers Saturday that …").
  if (after.pos !== 'PROPN' || !/^\p{Lu}/u.test(after.value) || TIME_NAMES.has(after.normal) || /(?:an|ese|ish|ic)$/.test(before.normal)) return false;
  return SPEECH_VERB_FORMS.has(t.normal) || !namesThenVerb(tokens, k + 1);
}

/**
 * "Dover councillors Ann Roe and Tom Pell argued …": names with a finite verb of their own after
 * them are the plural's apposition, the verb the whole subject's; only a verb of saying takes a
 * clause that opens with a name and its verb ("The Gazette claims Roe is …").
 */
function namesThenVerb(tokens: readonly Token[], from: number): boolean {
  let j = from;
  let comma = false;
  let and = false;
  for (; tokens[j]?.pos === 'PROPN' || ((tokens[j]?.value === ',' || tokens[j]?.normal === 'and') && tokens[j + 1]?.pos === 'PROPN'); j++) {
    comma ||= tokens[j]!.value === ',';
    and ||= tokens[j]!.normal === 'and';
  }
  // ("Pell trails Roe, Vale says": a comma with no "and" after it ends the object, not a list.)
  if (comma && !and) return false;
  if (tokens[j]?.pos === 'ADV') j++;
  const verb = tokens[j];
  return verb?.pos === 'AUX' || (verb?.pos === 'VERB' && !verb.normal.endsWith('ing'));
}

/**
 * The name before the word is a subject, not a verb's or preposition's object ("told Labour
 * members the Tories …", "in Dover pubs the …"): the name, and a determiner before it, follow no
 * verb or preposition.
 */
function opensClause(tokens: readonly Token[], name: number): boolean {
  let j = name;
  while (j > 0 && tokens[j - 1]!.pos === 'PROPN' && tokens[j - 1]!.sentence === tokens[name]!.sentence) j--;
  if (tokens[j - 1]?.pos === 'DET') j--;
  const lead = tokens[j - 1];
  return !lead || lead.sentence !== tokens[name]!.sentence || !NOT_BEFORE_SUBJECT.has(lead.pos);
}
const NOT_BEFORE_SUBJECT = new Set(['VERB', 'AUX', 'ADP']);

/** Not "that", "these", "those": after a plural they open its relative clause ("the Clinton years that …"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this']);
const TIME_NAMES = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
]);
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me']);
