/**
 * Words at the edges of a name that belong to the text around it (issue 12, fifth round):
 * - A name does not end on a word that opens a clause: an article, a personal pronoun, a
 *   subordinating conjunction, a possessive determiner or a sentence adverb ("Lake Tarvin Casino
 *   Oklahoma The", "Chloe If", "USA As", "Swansea Meanwhile", "New York Times According"). Captions and bylines run into the text without a full stop in
 *   scraped news (cnndm), so the next sentence's first word is capitalised right after a name
 *   and the decoder takes it in. CoNLL-2003 train has no name ending in one; "Serie A",
 *   "Elizabeth I", "Theresa May" and "The Who" end on words left out of the list. Nor does a
 *   person's or place's name end on a day ("Ana Ruiz Monday").
 * - A party label before a person's full name is no part of it ("Tory Ruth Davidson",
 *   "Liberal Democrat Willie Rennie", "Republican Senator ..."): CoNLL types the label MISC
 *   and the person apart, as it does a nationality ("Russian Dmitriy Bogdanov"); the
 *   modern-news model, from tweets and 1996 Reuters alike, reads a capitalised label opening
 *   a sentence as a given name. Cut only where two words or more are left, so a surname that
 *   is also a label ("Ed Green") is never touched; and the list of labels is a closed class
 *   of English, like titles (junk-words.ts). So is a noun for a nationality ("Dutchman", "Scot").
 */
import { listBit, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import type { TokenSpan } from './labels.js';

/** Capitalised words that open a clause and never end a name. */
const CLAUSE_OPENER =
  /^(?:The|An|He|She|It|We|They|If|As|But|When|While|Although|Though|Because|Since|This|These|Those|His|Her|Their|Its|Our|My|Your|Meanwhile|However|Yesterday|According)$/;

/**
 * Words of a day that end no place's name, nor a person's of three words or more: "will meet
 * Foreign Minister Ana Ruiz Monday" (American wire style puts the day right after the name).
 * CoNLL train, Wikigold and BTC have no person or place ending in one; but a surname may be
 * one ("Mike Friday", the rugby coach in bbc-dev), and organisations ("Sheffield Wednesday",
 * "Russia Today") and events ("Remembrance Sunday") end so: those keep it.
 */
const DAY_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Tomorrow)$/;

/** Parties' labels, as written before a politician's name. */
const PARTY_LABEL = /^(?:Tory|Labour|Conservative|Liberal|Democrat|Democratic|Republican|Lib|Dem|SNP|Ukip|UKIP|Unionist|Socialist|Communist)$/;

/**
 * Nouns for a nationality, written before a name as its adjective is ("Dutchman Ruud Marsk",
 * "Scot Ian Tarl"): CoNLL types them MISC like the adjective, but the nationality list holds
 * adjectives and countries' demonyms ("Dutch", "Scottish"), not these nouns.
 */
const NATIONALITY_NOUN =
  /^(?:(?:Dutch|French|English|Irish|Welsh|Scots|Cornish|Manx)(?:man|woman)|Scot|Briton|Brit|Spaniard|Swede|Dane|Finn|Pole|Turk|Kiwi|Aussie|Yank|Filipino|Filipina)$/;

const NATIONALITY = listBit('nationality');

/** Whether the word is a party's label or a nationality ("Socialist", "German"): an adjective before a name, not its first word. */
export function isPartyOrNationality(w: string, g: Gazetteer | undefined): boolean {
  return PARTY_LABEL.test(w) || (g !== undefined && (g.lookup(hashPhrase([w])) & NATIONALITY) !== 0);
}

/** The spans without a clause's first word (or a day, for a person or place) at their end, nor a party label or nationality before a person's full name (see above). */
export function withoutForeignEdges(spans: readonly TokenSpan[], words: readonly string[], g: Gazetteer | undefined): TokenSpan[] {
  const label = (w: string) => isPartyOrNationality(w, g) || NATIONALITY_NOUN.test(w);
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let { start, end } = s;
    // A person keeps a day as a one-word given name's surname ("Mike Friday"); a place never.
    const dayLeaves = s.type === 'PER' ? 2 : s.type === 'LOC' ? 1 : Infinity;
    while (end - start > 1 && (CLAUSE_OPENER.test(words[end - 1]!) || (end - start > dayLeaves && DAY_WORD.test(words[end - 1]!)))) end--;
    if (s.type === 'PER') while (end - start > 2 && label(words[start]!)) start++;
    out.push(start === s.start && end === s.end ? s : { ...s, start, end });
  }
  return out;
}
