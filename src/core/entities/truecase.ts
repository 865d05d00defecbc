/**
 * Case restored for the tagger in a case-folded article (issue 12, fifth round). A third of
 * cnndm-dev's stories are written in lower case but for sentence starts ("... in halvik ,
 * varnia , when a 52-year-old harbour pilot , tom rell , pulled ana roe from the water"); the
 * tagger, which reads a name mostly by its capital, found almost none of their names. Before
 * tagging, a lower-case word of such an article is given a capital when the case evidence
 * the article still holds says it is a name, after Mikheev (2002, "Periods, capitalized words,
 * etc."), who reads a word's case from its other uses in the same document:
 * - the article writes it capitalised at a sentence's start somewhere ("Bates said ..."), or
 *   it is in a list of places or companies (gazetteer.ts), alone or with the words after it
 *   ("new zealand", whose "new" is a common word; "the united states", where "the" does not
 *   count), or it is in the list of people's
 *   given names and surnames next to another name somewhere in the article ("robert bates",
 *   and then "bates said"): alone, that list is full of words ("sue", "hung", "park");
 * - and it is no common word: not one train.txt mostly writes in lower case ("will", "rose"),
 *   not one that never begins a name there ("the", "but"), not one right after an article or
 *   a possessive ("the park", "the channel"), nor a contraction's first part ("don 't").
 * Only the tagger's words change, and the names listed ("Robert Bates"); the mentions keep the
 * article's own spelling and offsets.
 */
import { LOWERCASE_BIT, PREFIX_BIT, listBit, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import type { TaggerDocument } from './prepare.js';
import { isTitle } from './junk-words.js';
import { NAME_PARTICLE, STARTS_CAPITALISED, mayStartUpper } from './words.js';

/** Lists a word alone is evidence from: places and companies. */
const PLACE_OR_COMPANY = listBit('country') | listBit('city') | listBit('company');
const PERSON = listBit('person');
const PLACE = listBit('country') | listBit('city');
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]+$/u;
/** Words after which a noun is a common one: articles and possessive determiners. */
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)$/;
const APOSTROPHE = /^['’]/;

const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/**
 * A word of two to five letters and no vowel ("cnn", "bbc", "qpr"): English words have one
 * ("by", "gym" count "y"), so in a case-folded story it is an acronym, restored in capitals
 * ("Cnn" read as a name of its own, "CNN" as the tagger learnt it), unless it is a title
 * ("mr", "dr") an abbreviation written so in cased text too ("St", "Jr", "Ltd", "km") or an interjection ("hmm").
 */
const VOWELLESS = /^[b-df-hj-np-tv-xz]{2,5}$/i;
const ABBREVIATION = /^(?:hmm|shh|psst|brr|grr|tsk|nth|st|jr|jnr|snr|sr|ltd|vs|pts|hrs|km|kg|mph|cm|mm|ml|lb|lbs|ft|th|nd|rd|ll)$/i;
const isAcronym = (w: string) => VOWELLESS.test(w) && !isTitle(w) && !ABBREVIATION.test(w);
/** The word as a name is written in cased text: an acronym in capitals, another word capitalised. */
const restoreCase = (w: string) => (isAcronym(w) ? w.toUpperCase() : capitalise(w));

/**
 * A word listed as a person's name and a company but no place: mostly an English word the lists
 * share ("house", "states", "apple"), which train.txt capitalises inside longer names ("White
 * House", "United States") so LOWERCASE_BIT misses it. Where the article writes it after an
 * article or a possessive ("his house") at least as often as bare, the lists alone do not make
 * it a name: it needs a capital at a sentence's start or a name beside it, as a listed person's
 * word does. Bare more often ("apple said", "apple tv", once "the apple watch"), it is a name.
 */
const commonInBothLists = (mask: number) => (mask & PERSON) !== 0 && (mask & listBit('company')) !== 0 && (mask & PLACE) === 0;

/** The document with the case evidence above restored on its lower-case words (the same object when none is). */
export function truecased(doc: TaggerDocument, g: Gazetteer): TaggerDocument {
  const { words, sentenceStarts } = doc;
  // Words the article capitalises at a sentence's start: "Bates said", "Tulsa police".
  const opening = new Set<string>();
  for (const s of sentenceStarts) if (STARTS_CAPITALISED.test(words[s]!)) opening.add(words[s]!.toLowerCase());
  // Per word, its uses after an article or a possessive ("his house") less its other uses.
  const determinerUses = new Map<string, number>();
  for (let i = 1; i < words.length; i++) determinerUses.set(words[i]!, (determinerUses.get(words[i]!) ?? 0) + (DETERMINER.test(words[i - 1]!) ? 1 : -1));
  // Per word, 0: no name; 1: a name by itself; 2: a listed person's name, a name beside another.
  const evidence = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!LOWER_WORD.test(w) || DETERMINER.test(words[i - 1] ?? '') || APOSTROPHE.test(words[i + 1] ?? '')) continue;
    const mask = g.lookup(hashPhrase([w]));
    // NEVER_NAME_BIT ('the', 'but') is only ever set with LOWERCASE_BIT (augment.ts): one test.
    if ((mask & LOWERCASE_BIT) !== 0) continue;
    const listed = (mask & PLACE_OR_COMPANY) !== 0 && !(commonInBothLists(mask) && determinerUses.get(w)! >= 0);
    // A place's or company's word not taken as listed is one commonInBothLists, so a person's too.
    evidence[i] = opening.has(w) || listed ? 1 : (mask & PERSON) !== 0 ? 2 : 0;
  }
  // A listed person's word beside another name is a name there, and at its other mentions
  // ("robert bates ... bates said"): one sense per discourse (Gale, Church & Yarowsky 1992).
  const paired = new Set<string>();
  const besideName = (i: number) => evidence[i - 1]! > 0 || evidence[i + 1]! > 0 || (i > 0 && STARTS_CAPITALISED.test(words[i - 1]!));
  for (let i = 0; i < words.length; i++) if (evidence[i] === 2 && besideName(i)) paired.add(words[i]!);
  // Listed names of two or three words, whatever their words and after "the" too ("new
  // zealand", "the united states"), or two opening a longer listed name and ending on a listed
  // one ("new york", whose list entries are "New York City" and "York"): a word alone after
  // "the" is a common one ("the park"), a listed phrase hardly ever.
  for (let i = 0; i + 1 < words.length; i++) {
    if (!LOWER_WORD.test(words[i]!) || !LOWER_WORD.test(words[i + 1]!)) continue;
    for (let n = Math.min(3, words.length - i); n >= 2; n--) {
      const mask = g.lookup(hashPhrase(words.slice(i, i + n)));
      const opensListedName = n === 2 && (mask & PREFIX_BIT) !== 0 && (g.lookup(hashPhrase([words[i + 1]!])) & PLACE_OR_COMPANY) !== 0;
      if ((mask & PLACE_OR_COMPANY) === 0 && !opensListedName) continue;
      evidence.fill(1, i, i + n);
      break;
    }
  }
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const e = evidence[i]!;
    // An acronym at a sentence's start ("Cnn 's reporter") is no evidence above, but is one.
    // The first character first: in a case-folded story nearly every word is ruled out without a pattern.
    if (mayStartUpper(w) && STARTS_CAPITALISED.test(w) && isAcronym(w)) (out ??= words.slice())[i] = w.toUpperCase();
    if (e === 0 || (e === 2 && !paired.has(w))) continue;
    (out ??= words.slice())[i] = restoreCase(w);
  }
  return out === undefined ? doc : { words: out, sentenceStarts };
}

/** Lower-case words that stay so inside a name: "Bank of England", "Louis van Gaal", "Dar es Salaam". */
const isNameLink = (w: string) => /^(?:of|the|and|for|es)$/.test(w) || NAME_PARTICLE.test(w);

/**
 * A name written in lower case, each word capitalised but its links, acronyms in capitals
 * ("tova lind" -> "Tova Lind", "Cnn" -> "CNN").
 */
export function capitalisedName(name: string): string {
  return name
    .split(' ')
    .map((w, i) => (isAcronym(w) ? w.toUpperCase() : (i > 0 && isNameLink(w)) || !LOWER_WORD.test(w) ? w : capitalise(w)))
    .join(' ');
}
