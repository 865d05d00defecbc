/**
 * Document-level repairs of the greedy tagger's spans, after decoding.
 * - One sense per discourse (Gale, Church & Yarowsky 1992): two touching spans whose words
 *   together form a name tagged elsewhere in the document become that name ("Xi" + "Jinping"
 *   at the start of a sentence, when "Xi Jinping" is tagged elsewhere).
 *   Likewise two touching spans whose words together are a listed name of one type ("San"
 *   + "Francisco"): one name does not end where a listed name goes on.
 *   A word the decoder left out before a name joins it when the article writes the two as
 *   one word ("Time" + "Warner", with "TimeWarner" tagged elsewhere); and a capitalised
 *   common word tagged alone right after a name goes on that name ("Hawaiian" + "Gardens").
 * - "Mt" or "Mt." and the capitalised word after it are one place ("Mt Cook", mountains.ts).
 * - A name ending in an ordinary word takes the number after it ("BBC Radio 4", numbered.ts).
 * - Organisations' head nouns (organisation-heads.ts): a person's span ending in "Group" is an
 *   organisation's, and a name goes on to an untagged "Federation" or "Council" after it.
 * - A person touching a person who starts with "Al-" or a hyphenated syllable
 *   ("Jae-myung") is one person: the decoder closed the name early. (Touching people in
 *   general are not: CoNLL's results lists hold "B-PER" pairs; joining all cost 0.26 F1
 *   on train.)
 *   So is a city's name that is a given name before an untagged double-barrelled surname
 *   ("Alexandria Ocasio-Cortez", hyphenated-names.ts).
 * - Korean names misprinted with a roman numeral: "Kim II Sung" for Kim Il Sung. English
 *   names carry a numeral only at the end ("Elizabeth II"), so a person directly followed by
 *   "II"/"Il" and a capitalised word is one name, and so is such a three-word span ("II")
 *   that the decoder tagged whole as another type, unless it ends on a listed place (the club
 *   "Willem II Tilburg").
 * - Surname particles ("von der" in Ursula von der Leyen, "van" in Virgil van Dijk) are
 *   written in lower case, so the decoder may close the name before them and open a new one
 *   after: a person and a one-word name (or a one-word name and a person) joined by
 *   particles alone are one person; so is a capitalised word left untagged before the
 *   particles of a person ("Virgil" van Dijk).
 * - Titles are cut from the front of a span (titles.ts): "Mr Lamb" is the person "Lamb".
 * - A name does not end on a lower-case conjunction, article or preposition: the decoder
 *   can open "Google and Meta" as one name ("Procter and Gamble") and close it on "and" when
 *   "Meta" starts a new one; such trailing words are cut ("Google").
 * - A body named for its remit is one name across the remit's commas and "and" ("Department of
 *   Housing and Urban Development", remits.ts).
 * - Names joined by an ampersand are one ("Bill" & "Melinda Gates Foundation", ampersands.ts).
 * - An organisation's front words the decoder left out are the name's ("Capital" of "Capital Economics", organisation-fronts.ts).
 * - An untagged run of capitalised words ending in a body's or company's head is an organisation ("the Food and Drug Administration", headed-runs.ts).
 * - A league's name before a club's is two names ("Premiership Leicester", league-clubs.ts).
 * - A stock index named by its compiler and count ("S&P 500") is MISC, not the compiler (indices.ts).
 * - Oil benchmarks: "West Texas Intermediate" and "WTI" are MISC, "Brent crude" an organisation (benchmarks.ts).
 * - The journalists a wire report's credits list are people ("Editing by Ana Ruiz", credits.ts).
 * - An academic title names a discipline, not an organisation ("Professor of North Korean Studies", titles.ts).
 * - Names with digits: "Philadelphia" + "76ers" is one team, "3M" a listed company (digit-names.ts).
 * - A sentence's first word goes into the name after it that the article or the gazetteer knows whole ("Home Depot", opening-names.ts).
 * - An untagged run of capitalised words the gazetteer lists whole as a company ("Capital One", listed-runs.ts).
 * - A name right after a lower-case role is a person's ("SpaceX founder Elon Musk", role-people.ts).
 * - A month as a given name before a surname and a verb of saying is a person ("April Jones said", month-names.ts).
 * - Acronyms spelling a common word: defined in brackets after a name, or "the WHO", "WHO chief" (acronyms.ts).
 */
import { withAcronyms } from './acronyms.js';
import { withListedRuns } from './listed-runs.js';
import { withRolePeople } from './role-people.js';
import { withEventsAsMisc } from './events.js';
import { withListBreaks } from './list-breaks.js';
import { GAZETTEER_LISTS, writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import { withCoordinatedCompanies } from './coordination.js';
import { hashPhrase } from './hash.js';
import { withHyphenatedPeople } from './hyphenated-names.js';
import { withNameEdges } from './name-edges.js';
import { withNameNumbers } from './numbered.js';
import { withoutForeignEdges } from './name-tails.js';
import { withCompanyKinds } from './company-kinds.js';
import { withRemits } from './remits.js';
import { withOrganisationFronts } from './organisation-fronts.js';
import { withHeadedRuns } from './headed-runs.js';
import { withAmpersands } from './ampersands.js';
import { withStockIndices } from './indices.js';
import { withLeagueClubs } from './league-clubs.js';
import { withMountains } from './mountains.js';
import { withCredits } from './credits.js';
import { withMonthNames } from './month-names.js';
import { withOilBenchmarks } from './benchmarks.js';
import { withDigitNames } from './digit-names.js';
import { withOpeningNames } from './opening-names.js';
import { withBodyHeads, withHeldCompanies, withLegalForms, withOrganisationHeads } from './organisation-heads.js';
import { isClosedClass } from './junk-words.js';
import { inDiscipline, withoutTitles } from './titles.js';
import type { SpanType, TokenSpan } from './labels.js';
import { ARABIC_FAMILY_NAME, NAME_PARTICLE, STARTS_CAPITALISED, isSentenceStart } from './words.js';

/** The span type of each gazetteer list, for the multi-word names repairSpans joins. */
const LIST_TYPES: readonly (SpanType | undefined)[] = GAZETTEER_LISTS.map((l) =>
  l === 'person' ? 'PER' : l === 'company' ? 'ORG' : l === 'nationality' ? undefined : 'LOC',
);

/** The type of a multi-word listed name made of these words, if exactly one type fits. */
function listedType(g: Gazetteer, words: readonly string[]): SpanType | undefined {
  const mask = g.lookup(hashPhrase(words));
  let type: SpanType | undefined;
  for (let l = 0; l < LIST_TYPES.length; l++) {
    if ((mask & (1 << l)) === 0 || LIST_TYPES[l] === undefined) continue;
    if (type !== undefined && type !== LIST_TYPES[l]) return undefined;
    type = LIST_TYPES[l];
  }
  return type;
}

/** Whether only one to three name particles stand between the two spans. */
function joinedByParticles(s: TokenSpan, next: TokenSpan, words: readonly string[]): boolean {
  const gap = next.start - s.end;
  if (gap < 1 || gap > 3) return false;
  for (let i = s.end; i < next.start; i++) if (!NAME_PARTICLE.test(words[i]!)) return false;
  return true;
}

/**
 * Where a person's name starts when a capitalised word the tagger left out stands before
 * its particles ("Virgil" in "Virgil van Dijk", tagged "Dijk" alone): that word is the given
 * name, unless it is a common word ("After van Gaal left", by the gazetteer's lower-case mark)
 * or belongs to the previous span.
 */
function givenNameBefore(s: TokenSpan, words: readonly string[], previous: TokenSpan | undefined, g: Gazetteer | undefined): number | undefined {
  if (s.type !== 'PER' || g === undefined) return undefined;
  let k = s.start - 1;
  while (k >= 0 && k >= s.start - 3 && NAME_PARTICLE.test(words[k]!)) k--;
  if (k === s.start - 1 || k < 0 || (previous !== undefined && previous.end > k)) return undefined;
  const w = words[k]!;
  if (!STARTS_CAPITALISED.test(w) || writtenLowerInTraining(g, w)) return undefined;
  return k;
}

// Patterns used per span, compiled once.
const ROMAN_TWO = /^I[Il]$/;
const HYPHENATED_TAIL = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** A hyphenated given name's tail ("Jae-myung") or an Arabic family name ("Al-Maktoum", "el-Sisi"). */
const continuesPerson = (w: string) => HYPHENATED_TAIL.test(w) || ARABIC_FAMILY_NAME.test(w);

/** Lower-case words that join the words of a name and never end one. */
const JOINING_WORD = /^(and|or|of|the|for|in|on|at|to|by|with)$/;

/** Spans without trailing joining words (see above); a span of nothing else is dropped. */
function withoutTrailingJoins(spans: readonly TokenSpan[], words: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let end = s.end;
    while (end > s.start && JOINING_WORD.test(words[end - 1]!)) end--;
    if (end > s.start) out.push(end === s.end ? s : { ...s, end });
  }
  return out;
}

/**
 * Whether `next`, touching `s`, is an ordinary capitalised word that goes on the name `s`
 * begins ("Hawaiian" + "Gardens"): a one-word span of a word the training text mostly
 * writes in lower case (or the singular of one) is no name by itself right after another name. Names of people and
 * MISC (nationalities, events) are left to the decoder.
 */
function continuesName(s: TokenSpan, next: TokenSpan, words: readonly string[], g: Gazetteer): boolean {
  if (s.type === 'MISC' || s.type === 'PER' || next.type === 'MISC' || next.type === 'PER' || next.end - next.start !== 1) return false;
  const w = words[next.start]!;
  if (isClosedClass(w) || isClosedClass(words[s.start]!)) return false;
  const common = (word: string) => writtenLowerInTraining(g, word);
  // A plural too: train.txt writes "garden" in lower case, not "gardens".
  // After an acronym, a column of a table ("FDP Greens") as often as one name.
  return (
    STARTS_CAPITALISED.test(words[s.end - 1]!) && STARTS_CAPITALISED.test(w) && (common(w) || (w.endsWith('s') && !w.endsWith('ss') && common(w.slice(0, -1))))
  );
}

/** The spans' types by `key` (spans it gives no key left out, the last span of a key winning), made on the first question. */
function typesBy(spans: readonly TokenSpan[], key: (s: TokenSpan) => string | undefined): (k: string) => TokenSpan['type'] | undefined {
  let types: Map<string, TokenSpan['type']> | undefined;
  return (k) => {
    if (!types) {
      types = new Map();
      for (const s of spans) {
        const at = key(s);
        if (at !== undefined) types.set(at, s.type);
      }
    }
    return types.get(k);
  };
}

/**
 * `sentenceStarts`, the index of each sentence's first word in order, keeps a word that opens a
 * sentence ("Brighton" / "Reading" of a fixtures list) out of the name before it.
 */
export function repairSpans(spans: readonly TokenSpan[], words: readonly string[], gazetteer?: Gazetteer, sentenceStarts: readonly number[] = []): TokenSpan[] {
  spans = withoutTitles(
    withoutForeignEdges(
      withoutTrailingJoins(
        withMountains(
          withBodyHeads(withLegalForms(withOrganisationHeads(withEventsAsMisc(spans, words), words), words, sentenceStarts), words, sentenceStarts),
          words,
        ),
        words,
      ),
      words,
      gazetteer,
    ),
    words,
  ).filter((s) => s.type !== 'ORG' || !inDiscipline(s, words));
  // The article's multi-word names by their words, made when two spans first touch: most
  // documents have no such pair, and joining every name's words was a fifth of this function.
  const knownType = typesBy(spans, (s) => (s.end - s.start > 1 ? words.slice(s.start, s.end).join(' ') : undefined));
  // One-word names as written: "TimeWarner" says "Time" goes with "Warner".
  const solidType = typesBy(spans, (s) => (s.end - s.start <= 1 ? words[s.start] : undefined));

  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k]!;
    const next = spans[k + 1];
    if (next && (s.type === 'PER' ? next.end - next.start === 1 : next.type === 'PER' && s.end - s.start === 1) && joinedByParticles(s, next, words)) {
      out.push({ type: 'PER', start: s.start, end: next.end });
      k++;
      continue;
    }
    const before = words[s.start - 1] ?? '';
    const untagged = (out[out.length - 1]?.end ?? 0) < s.start;
    const solidAs = untagged && s.end - s.start === 1 && STARTS_CAPITALISED.test(before) ? solidType(before + words[s.start]!) : undefined;
    // The decoder left out the first word of a name the article also writes as one word.
    if (solidAs) s = { type: solidAs, start: s.start - 1, end: s.end };
    const given = givenNameBefore(s, words, out[out.length - 1], gazetteer);
    if (given !== undefined) s = { type: 'PER', start: given, end: s.end };
    if (next && next.start === s.end && s.type === 'PER' && next.type === 'PER' && continuesPerson(words[next.start]!)) {
      // A name the decoder split before a part that never starts one: a Korean given
      // name's second syllable ("Lee" + "Jae-myung"), an Arabic "Al-" family name
      // ("Mohammed Al-Nahyan" + "Al-Maktoum").
      out.push({ type: 'PER', start: s.start, end: next.end });
      k++;
      continue;
    }
    if (next && next.start === s.end) {
      const joined = words.slice(s.start, next.end);
      const type = knownType(joined.join(' ')) ?? (gazetteer && listedType(gazetteer, joined));
      if (type) {
        out.push({ type, start: s.start, end: next.end });
        k++;
        continue;
      }
      if (gazetteer && !isSentenceStart(sentenceStarts, next.start) && continuesName(s, next, words, gazetteer)) {
        // The last word is the head that says what kind of name it is: "Los Angeles" + "Times".
        out.push({ type: next.type, start: s.start, end: next.end });
        k++;
        continue;
      }
    }
    // Or the decoder took the whole misprinted name as one span of another type.
    if (
      s.type !== 'PER' &&
      s.end - s.start === 3 &&
      words[s.start + 1] === 'II' &&
      STARTS_CAPITALISED.test(words[s.start]!) &&
      STARTS_CAPITALISED.test(words[s.start + 2]!) &&
      // A club named after a king ends on its town ("Willem II Tilburg").
      !(gazetteer && listedType(gazetteer, [words[s.start + 2]!]) === 'LOC')
    ) {
      s = { ...s, type: 'PER' };
    }
    if (s.type === 'PER' && ROMAN_TWO.test(words[s.end] ?? '') && STARTS_CAPITALISED.test(words[s.end + 1] ?? '')) {
      s = { type: 'PER', start: s.start, end: s.end + 2 };
      while (k + 1 < spans.length && spans[k + 1]!.start < s.end) {
        s = { ...s, end: Math.max(s.end, spans[k + 1]!.end) };
        k++;
      }
    }
    out.push(s);
  }
  const named = withNameNumbers(
    withHyphenatedPeople(withNameEdges(withAmpersands(out, words), words, gazetteer, sentenceStarts), words, gazetteer),
    words,
    gazetteer,
  );
  const held = withHeldCompanies(withCoordinatedCompanies(named, words, gazetteer), words);
  const remits = withRemits(held, words, gazetteer, sentenceStarts);
  const bodies = withHeadedRuns(withOrganisationFronts(remits, words, gazetteer, sentenceStarts), words, gazetteer, sentenceStarts);
  const kinds = withCompanyKinds(withOilBenchmarks(withStockIndices(withLeagueClubs(bodies, words, gazetteer), words), words), words, sentenceStarts);
  const openers = withOpeningNames(withDigitNames(kinds, words, sentenceStarts), words, gazetteer, sentenceStarts);
  const listed = withListBreaks(
    withCredits(
      withRolePeople(withListedRuns(withAcronyms(openers, words, gazetteer, sentenceStarts), words, gazetteer, sentenceStarts), words, sentenceStarts),
      words,
    ),
    words,
  );
  return withMonthNames(listed, words, sentenceStarts) as TokenSpan[];
}
