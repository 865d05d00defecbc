/**
 * One-word names the article's grammar shows to be no person's, organisation's or place's
 * name, whatever their capital:
 * - a person after "the" that modifies no noun ("vote against the Bill in the chamber"): English does
 *   not put the article before a person's name, so the word names a law, a body or a thing
 *   ("the Clinton administration", where the name modifies a noun, is left alone, and so are a
 *   possessive, "the Mia's issue", names joined to another, "the Marchal and Lambrecks case",
 *   "the Brown/Blair feud", and a plural, a family: "the Kennedys");
 * - an organisation or place that wink-nlp reads as an adjective at every mention ("rich and
 *   poor, African, Asian, European and ..."): a nationality or other adjective, capitalised as
 *   English writes them, names no organisation or place (CoNLL types nationalities MISC);
 * - an organisation or place that is a nationality adjective right before a lower-case word
 *   ("Welsh patients", "Iraqi women"): wink reads many such as proper nouns, and the tagger,
 *   from headlines, as places. A listed country or city spelt the same ("Djibouti") is left
 *   alone, and so is the adjective before a capital ("Welsh Assembly", the name's own word), in
 *   a table ("Czech 2 1") or before a possessive, which may be a company's ("American's
 *   request", the airline's, in CoNLL train) as well as a person's ("the Russian's arrival");
 *   nor before a verb, whose subject is a noun: the airline again ("American said it would").
 */
import type { ParsedArticle } from '../types.js';
import { firstTokenAt, tokenAfter } from './fragment.js';
import { listBit, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import { STARTS_LOWER } from './words.js';
import type { NameMention } from './group.js';

/** A mention with wink-nlp's part of speech for its first token (the part of framing.ts's PlacedMention used here). */
interface TaggedMention extends NameMention {
  readonly pos: string;
}

/** Parts of speech of a word a name before it modifies ("the Clinton administration"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Words after a name that make it part of a longer modifier: a possessive, a link to another name. */
const LINKS = new Set(["'s", '’s', "'", '’', 'and', 'or', '&', '/', '-']);

/** A word in capitals ("EU"), an abbreviation rather than an adjective. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** Whether the person mention follows a lower-case "the" and modifies nothing after it. */
function afterTheAlone(m: TaggedMention, parsed: ParsedArticle): boolean {
  const { tokens } = parsed;
  const first = firstTokenAt(tokens, m.start);
  if (first === 0 || tokens[first - 1]!.value !== 'the' || m.words[0]!.endsWith('s')) return false;
  const t = tokens[tokenAfter(tokens, first, m)];
  return t === undefined || t.sentence !== tokens[first]!.sentence || (!MODIFIED.has(t.pos) && !LINKS.has(t.value));
}

const NATIONALITY = listBit('nationality');
const PLACE_LISTS = listBit('country') | listBit('city');
/** The British Isles' adjectives, which the nationality list (countries' demonyms) lacks. */
const HOME_NATIONS = new Set(['English', 'Scottish', 'Welsh', 'Cornish', 'Manx']);

/** Parts of speech of a word that has the name before it as its subject ("American said", the airline). */
const PREDICATES = new Set(['VERB', 'AUX']);

/** Whether the one-word organisation or place is a nationality adjective before a lower-case word other than a verb. */
function nationalityBeforeWord(m: TaggedMention, parsed: ParsedArticle, g: Gazetteer | undefined): boolean {
  const w = m.words[0]!;
  if (!HOME_NATIONS.has(w)) {
    const mask = g === undefined ? 0 : g.lookup(hashPhrase([w]));
    if ((mask & NATIONALITY) === 0 || (mask & PLACE_LISTS) !== 0) return false;
  }
  const { tokens } = parsed;
  const first = firstTokenAt(tokens, m.start);
  const t = tokens[tokenAfter(tokens, first, m)];
  return t !== undefined && t.sentence === tokens[first]!.sentence && STARTS_LOWER.test(t.value) && !PREDICATES.has(t.pos);
}

/** A test for the one-word names above among `names`, the article's mentions. */
export function usedAsWord(names: readonly TaggedMention[], parsed: ParsedArticle, g?: Gazetteer): (m: TaggedMention) => boolean {
  // Words with a mention wink reads as something other than an adjective.
  const notAdjective = new Set<string>();
  for (const m of names) if (m.words.length === 1 && m.pos !== 'ADJ') notAdjective.add(m.words[0]!);
  return (m) =>
    m.words.length === 1 &&
    (m.type === 'PERSON'
      ? afterTheAlone(m, parsed)
      : (m.pos === 'ADJ' && !notAdjective.has(m.words[0]!) && !ALL_CAPITALS.test(m.words[0]!)) || nationalityBeforeWord(m, parsed, g));
}
