/**
 * Names in the lines that frame an article: its headline and section headings. Title-case
 * and all-capital lines give the tagger little to go on ("Storm Damage", "What Happens
 * Next" read as names), so a name found only there is kept when the body names it too;
 * lines with ordinary case ("Jane Doe (Kenya) beat Ann Roe") say as much as body text and
 * need no confirmation. A wire dateline ("BERLIN 2020-01-12", "CAIRO (Reuters) -") names
 * a place whether or not the body does.
 */
import type { ParsedArticle, Span } from '../types.js';
import { listBit, writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import type { NameMention } from './group.js';
import { beforeLowerNoun, withinLongerName, writtenLower } from './fragment.js';
import { inFigureList } from './figure-list.js';
import { junkReason } from './junk-words.js';
import { withDescribedKinds } from './kinds.js';
import { workTitles } from './works.js';
import { ORDINARY_POS, isEmphasis } from './emphasis.js';
import { usedAsWord } from './word-use.js';
import { STARTS_UPPER } from './words.js';
import { articleDatelines, datelineName, within, type Dateline } from './datelines.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words title case leaves in lower case: articles, conjunctions, prepositions. */
export const TITLE_CASE_LOWER: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'to',
  'up',
  'via',
  'vs',
  'v',
  'per',
  'with',
  'from',
  'into',
  'onto',
  'over',
  'than',
  'that',
  'upon',
  'about',
  'after',
  'under',
  'amid',
  'near',
  'against',
  'versus',
  'through',
  'without',
]);

/**
 * Whether case says little in the line: most words all in capitals, or, past the first,
 * every word capitalised but for articles, conjunctions and prepositions ("Ferry Plan Wins
 * Backing From Board"). One other lower-case word ("Jane Doe (Kenya) beat Ann Roe", "Ian
 * Salt not out 12") means the line is written in ordinary case.
 */
function isCaselessLine(line: string): boolean {
  const words = line.match(WORD) ?? [];
  let letters = 0;
  let caps = 0;
  let cased = 0;
  let capitalised = 0;
  words.forEach((w, k) => {
    if (!/\p{L}/u.test(w)) return;
    letters++;
    if (w.length >= 2 && w === w.toUpperCase()) caps++;
    if (k === 0 || TITLE_CASE_LOWER.has(w)) return;
    cased++;
    if (STARTS_UPPER.test(w)) capitalised++;
  });
  if (letters >= 1 && caps / letters > 0.75) return true;
  return cased > 0 && capitalised === cased;
}

/** The lines a name needs the body's confirmation in: caseless headline and headings. */
function caselessFraming(parsed: ParsedArticle): Span[] {
  const { article } = parsed;
  const lines: Span[] = [];
  if (article.titleSpan) lines.push(article.titleSpan);
  for (const b of article.blocks) if (b.kind === 'heading') lines.push(b);
  return lines.filter((f) => {
    const line = article.text.slice(f.start, f.end);
    return isCaselessLine(line) && !LIST_LINE.test(line);
  });
}

/**
 * A line of results or fixtures, not a headline: names set against each other ("Reading v
 * Stoke"), listed with commas, or each with a country in brackets ("Ann Roe (Norway)").
 */
const LIST_LINE = /\s(?:v|vs)\.?\s|,.*,|\(\p{Lu}/u;

/** A name mention and whether its case is evidence: not the first word of a sentence or a caseless line. */
export interface PlacedMention extends NameMention {
  readonly sentenceInitial: boolean;
  /** wink-nlp's part of speech for the mention's first token. */
  readonly pos: string;
}

/** Function words: never a name by themselves, wherever they stand ("The" of "The Aviator" cut off). */
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART']);
/**
 * Acronyms are capitalised for being acronyms, not for being names at a sentence's start, and
 * wink reads some as words ("US growth": "us"): the rules of word use leave them alone.
 */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Applies the rules above: drops unconfirmed names of caseless framing lines, and reads a
 * dateline's place as a place and the rest of the dateline ("Jan 12") as no name. Then
 * drops what is never a name (junk-words.ts), and a one-word name the document never writes
 * capitalised but where every word is (at a sentence's start or in a caseless line) when it
 * is a common word in the training text ("Office") or wink-nlp's tagger, which reads the
 * whole sentence, takes it for a verb, adverb, adjective or function word ("Born in Luton",
 * "Likewise,", "OK"); a one-word name wink reads as a function word ("The", "All"); and an
 * ordinary word cut from a longer capitalised name in the body ("Office" of "Home Office",
 * fragment.ts).
 */
export function confirmNames(found: readonly PlacedMention[], parsed: ParsedArticle, gazetteer: Gazetteer, miscellaneous: readonly Span[] = []): NameMention[] {
  const datelines = articleDatelines(parsed);
  // The word after a dateline opens the report's first sentence ("CAIRO (Reuters) - Shipping
  // slowed"), though wink reads the dateline and it as one sentence.
  const names = datelines.length === 0 ? found : found.map((m) => (datelines.some((d) => m.start === d.next) ? { ...m, sentenceInitial: true } : m));
  const framing = caselessFraming(parsed);
  const framedAt = names.map((m) => framing.some((f) => m.start >= f.start && m.end <= f.end));
  // A capital is evidence of a name only where it is not owed to the sentence's start or a
  // caseless line (Mikheev 2002). Inside a longer organisation's or place's name it is owed
  // to that name ("Power" of "Tidal Power Corp"): only the first word also stands for it alone
  // ("Ford" of "Ford Motor Co", "News" of "News Corp"), and not before a lower-case noun it
  // modifies ("Mobile owners" beside the "Mobile Data Association").
  const evidenced = new Set<string>();
  // Words capitalised alone, in a person's name or as the head (last word) of a longer name
  // ("Commission" of "National Election Commission"), not just as its first word.
  const alone = new Set<string>();
  names.forEach((m, k) => {
    if (m.sentenceInitial || framedAt[k]) return;
    const last = m.words.length - 1;
    m.words.forEach((w, i) => {
      const person = m.type === 'PERSON';
      if (!person && i !== 0 && i !== last) return;
      const lower = w.toLowerCase();
      if (person || i === 0) evidenced.add(lower);
      if (person || i === last) alone.add(lower);
    });
  });
  // In a title-case line every word is capitalised: a capitalised neighbour says nothing there.
  const framed = new Set(names.filter((_, k) => framedAt[k]));
  const isCommon = (w: string) => writtenLowerInTraining(gazetteer, w);
  const oneWord = (m: PlacedMention) => m.words.length === 1 && !ACRONYM.test(m.words[0]!);
  // The neighbours first: writtenLower's first question reads every token's spelling into a
  // set, and a one-word name seldom stands beside a capitalised word (over a quarter of bbc-dev,
  // 4,432 of 4,676 questions came from names that do not), so most articles never make it.
  const fragment = (m: PlacedMention) =>
    !framed.has(m) &&
    ((withinLongerName(m, parsed) && (isCommon(m.words[0]!) || writtenLower(parsed, m.words[0]!))) ||
      (ORDINARY_POS.has(m.pos) && withinLongerName(m, parsed, true)));
  const modifier = (m: PlacedMention) => {
    const w = m.words[0]!;
    return (m.sentenceInitial || framed.has(m)) && !alone.has(w.toLowerCase()) && beforeLowerNoun(m, parsed) && (isCommon(w) || writtenLower(parsed, w));
  };
  const unsupported = (m: PlacedMention) =>
    oneWord(m) &&
    (FUNCTION_POS.has(m.pos) ||
      // An interjection that is a common word ("the Yes campaign"), not one that names a place ("the city of Bam").
      (m.pos === 'INTJ' && isCommon(m.words[0]!)) ||
      (!evidenced.has(m.words[0]!.toLowerCase()) && (isCommon(m.words[0]!) || (m.sentenceInitial && ORDINARY_POS.has(m.pos)))) ||
      modifier(m) ||
      fragment(m));
  // The tagger's MISC spans find titles too: CoNLL types a work MISC ('the song "Blue Harbour"').
  const works = workTitles(parsed, miscellaneous.length === 0 ? names : [...names, ...miscellaneous], isCommon);
  const inWork = (m: PlacedMention) => works.some((w) => m.start >= w.start && m.end <= w.end);
  const text = parsed.article.text;
  // "Ireland v England (Sun)": a weekday shortened in brackets, where "Sun" is no newspaper.
  const bracketedDay = (m: PlacedMention) => text[m.start - 1] === '(' && text[m.end] === ')' && SHORT_WEEKDAY.test(m.text);
  // wink splits "Let's" into "Let" and "'s": the word and its ending make the contraction.
  // Only a word with an apostrophe in it or right after it can be one (the pattern wants a letter
  // after the apostrophe, so one a character later, the last of the two read, cannot make one):
  // junkReason is asked of no other.
  const contracted = (m: PlacedMention) =>
    m.words.length === 1 &&
    (APOSTROPHE.test(m.text) || isApostrophe(text[m.end])) &&
    junkReason([m.text + text.slice(m.end, m.end + 2)], m.type) === 'contraction';
  const version = (m: PlacedMention) => m.words.length === 1 && inFigureList(parsed, m);
  // A word in capitals for emphasis or an editor's note (emphasis.ts); not a dateline's place ("SHANGHAI 1996-08-23", read as a verb).
  const shouted = (m: PlacedMention) => !framed.has(m) && isEmphasis(m, text, isCommon) && !datelines.some((d) => within(m, d.whole));
  const word = usedAsWord(names, parsed, gazetteer);
  return withDescribedKinds(confirmFramingNames(names, framedAt, datelines, gazetteer), text).filter(
    (m) =>
      junkReason(m.words, m.type) === null && !unsupported(m) && !inWork(m) && !bracketedDay(m) && !contracted(m) && !shouted(m) && !version(m) && !word(m),
  );
}

const APOSTROPHE = /['’]/;
const isApostrophe = (ch: string | undefined) => ch === "'" || ch === '’';
const SHORT_WEEKDAY = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;

/** A listed city's or country's mask: a dateline's place though the article names its club ("LIVERPOOL, England"). */
const LISTED_PLACE = listBit('city') | listBit('country');

/**
 * The framing lines' names the body confirms, and the datelines' names typed as they say. A
 * dateline's organisation before its country or state stays one when it is the United Nations
 * (at home in New York: "UNITED NATIONS, N.Y., Dec 6") or a name of two words or more, not a
 * listed city or country, that the article names as an organisation elsewhere and never as a
 * place ("WORLD BANK, Varnia" ... "The World Bank said").
 */
function confirmFramingNames<M extends NameMention>(
  names: readonly M[],
  framedAt: readonly boolean[],
  datelines: readonly Dateline[],
  gazetteer: Gazetteer,
): M[] {
  const bodyWords = new Set<string>();
  // Only a name in a framing line asks the body's words: most articles have none.
  const anyFramed = framedAt.includes(true);
  for (let k = 0; anyFramed && k < names.length; k++) {
    const m = names[k]!;
    if (framedAt[k]) continue;
    for (const w of m.words) bodyWords.add(w.toLowerCase());
    // "EU" in a headline is confirmed by "European Union" in the body.
    let initials = '';
    for (const w of m.words) if (STARTS_UPPER.test(w)) initials += w[0];
    bodyWords.add(initials.toLowerCase());
  }
  // The types the article gives names outside its datelines, by their words in lower case: made on the first question.
  let typesElsewhere: Map<string, Set<string>> | undefined;
  const knownOrganisation = (m: M): boolean => {
    const key = m.words.join(' ').toLowerCase();
    if (key === 'united nations') return true;
    // One word is a club's town as often ("HALVIK, Varnia" ... "Halvik beat Tarsk"), and so is a listed city.
    if (m.words.length < 2 || (gazetteer.lookup(hashPhrase(m.words)) & LISTED_PLACE) !== 0) return false;
    if (!typesElsewhere) {
      typesElsewhere = new Map();
      for (const n of names) {
        if (datelines.some((d) => within(n, d.whole))) continue;
        const at = n.words.join(' ').toLowerCase();
        typesElsewhere.set(at, (typesElsewhere.get(at) ?? new Set()).add(n.type));
      }
    }
    const types = typesElsewhere.get(key);
    return types !== undefined && types.has('ORGANIZATION') && !types.has('PLACE');
  };
  const out: M[] = [];
  for (let k = 0; k < names.length; k++) {
    const m = names[k]!;
    const dateline = datelines.length === 0 ? undefined : datelines.find((d) => within(m, d.whole));
    if (dateline) {
      const named = datelineName(m, dateline, knownOrganisation);
      if (named) out.push(named);
      continue;
    }
    if (framedAt[k] && !m.words.some((w) => bodyWords.has(w.toLowerCase()))) continue;
    out.push(m);
  }
  return out;
}
