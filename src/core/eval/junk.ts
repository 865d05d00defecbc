/**
 * Junk names: what a reader of a brief sees as plainly no person, organisation or place.
 * Two tests, the second independent of precis's own tagger and its word lists:
 * - the fixed lists of junk-words.ts: titles ("Mr", "Ms", "PC"), "I'm", holidays, months
 *   and weekdays as organisations or places;
 * - a one-word name that wink-nlp's part-of-speech tagger reads as an ordinary word at
 *   every mention: a verb, adjective, adverb, interjection or function word ("Born in Luton",
 *   "Recently,", "It will be OK"), or a noun the article also writes in lower case ("Office
 *   workers ... the office"). A noun alone is not enough: brands and papers are nouns to it
 *   ("Sun", "Sky", "Ford").
 * A mention after a title ("Mr French", "Lord Dubs"), or in a list after one ("Lords Bingham,
 * Steyn, Hope and Carswell"), is a person's name, whatever wink's tag. So is a word the article
 * writes capitalised twice or more right after a word in lower case or a comma, where a capital
 * is owed to nothing but a name, and never in lower case ("at Spurs ... bid from Spurs",
 * "GM and Ford ... while Ford sales"): the evidence for proper names of Mikheev (2002,
 * "Periods, capitalized words, etc."), from the article's own text, not the tagger's.
 * (A list of names, "GM, Ford and Toyota", was tried as evidence too and left out: film and
 * song titles listed beside others the tagger also misreads passed it as names.)
 */
import { firstTokenAt, writtenLower } from '../entities/fragment.js';
import { TITLES, junkReason } from '../entities/junk-words.js';
import { isHonorific } from '../entities/name-roles.js';
import { STARTS_LOWER, STARTS_UPPER } from '../entities/words.js';
import type { Entity, NameType, ParsedArticle, Span, Token } from '../types.js';

const NAME_TYPES = new Set<string>(['PERSON', 'ORGANIZATION', 'PLACE']);
/** Tags under which a word may be (part of) a name. */
const NAME_TAGS = new Set(['PROPN', 'X', 'SYM', 'NUM']);
/** A title before a name ("Mr French"), or an honorific ("Lord Dubs", "Lords Bingham, Steyn"): never a name by itself here. */
const isTitleWord = (w: string) => TITLES.has(w) || isHonorific(w) || w === 'lords';

const LIST_JOINERS = new Set([',', 'and', '&']);
/** Names of a list a title may stand before: "Lords Bingham, Steyn, Hope and Carswell". */
const MAX_LISTED = 8;

/**
 * Whether a title stands right before the mention ("Mr French", "Lord Dubs", "Dr. Aho"), or
 * before the list of one-word names it ends ("Lords Bingham, Steyn, Hope and Carswell").
 */
function afterTitle(tokens: readonly Token[], m: Span): boolean {
  let t = firstTokenAt(tokens, m.start) - 1;
  for (let listed = 0; listed < MAX_LISTED && t >= 2 && LIST_JOINERS.has(tokens[t]!.value) && STARTS_UPPER.test(tokens[t - 1]!.value); listed++) t -= 2;
  if (t >= 0 && tokens[t]!.value === '.') t--;
  return t >= 0 && isTitleWord(tokens[t]!.value.toLowerCase());
}

/** Capitals inside a sentence that make a word a name to the measure (see above). */
const NAME_EVIDENCE = 2;

/**
 * Whether the article writes `word` capitalised at least NAME_EVIDENCE times right after a
 * word in lower case or a comma, and never in lower case.
 */
function capitalisedInside(tokens: readonly Token[], word: string): boolean {
  const lower = word.toLowerCase();
  let inside = 0;
  for (let t = 0; t < tokens.length; t++) {
    const v = tokens[t]!.value;
    if (v.length !== word.length || v.toLowerCase() !== lower) continue;
    if (v === lower) return false;
    const before = tokens[t - 1];
    if (v === word && before !== undefined && before.sentence === tokens[t]!.sentence && (before.value === ',' || STARTS_LOWER.test(before.value))) inside++;
  }
  return inside >= NAME_EVIDENCE;
}

/** The article's junk names, as "TYPE name (reason)". */
export function junkNames(entities: readonly Entity[], parsed: ParsedArticle): string[] {
  const out: string[] = [];
  const { tokens } = parsed;
  const names = entities.filter((e) => NAME_TYPES.has(e.type));
  for (const e of names) {
    const words = e.name.split(/\s+/);
    let reason = junkReason(words, e.type as NameType);
    if (reason === null && words.length === 1) {
      const nounIsWord = writtenLower(parsed, words[0]!);
      const ordinary = e.mentions.every((m) => {
        if (afterTitle(tokens, m)) return false;
        for (let t = firstTokenAt(tokens, m.start); t < tokens.length && tokens[t]!.start < m.end; t++) {
          const pos = tokens[t]!.pos;
          if (NAME_TAGS.has(pos) || (pos === 'NOUN' && !nounIsWord)) return false;
        }
        return true;
      });
      if (ordinary && !capitalisedInside(tokens, words[0]!)) reason = 'common word';
    }
    if (reason !== null) out.push(`${e.type} ${e.name} (${reason})`);
  }
  return out;
}
