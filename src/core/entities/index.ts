/**
 * Named entities of an article: people, organisations and places from precis's own tagger
 * (an averaged-perceptron BILOU tagger trained on CoNLL-2003, see tagger.ts), plus the
 * dates, numbers and money wink-nlp finds by itself, grouped per article, most-mentioned first.
 */
import { createRequire } from 'node:module';
import type { Entity, NameType, ParsedArticle, Span } from '../types.js';
import { confirmNames, type PlacedMention } from './framing.js';
import { withDefiniteDescriptions } from './definite.js';
import { beforeLowerNoun, isCaseFolded, writtenLower } from './fragment.js';
import { groupNames, type NameGroup } from './group.js';
import type { SpanType, TokenSpan } from './labels.js';
import type { SerializedClusters } from './clusters.js';
import { loadModel, type NerModel, type ModelFile, type SerializedGazetteer } from './model.js';
import { prepareDocument, type TaggerDocument } from './prepare.js';
import { numberInWord } from './number-words.js';
import { repairSpans } from './repair.js';
import { EntityScratch } from './scratch.js';
import { decodeDocument } from './decode.js';
import { labelsToSpans } from './tagger.js';
import { withSurnamesOfPeople } from './surnames.js';
import { capitalisedName, truecased } from './truecase.js';
import { STARTS_LETTER, STARTS_LOWER, STARTS_UPPER } from './words.js';

let model: NerModel | undefined;

/** Tokens below which an article is never taken for a case-folded story (see truecase.ts). */
const MIN_FOLDED_TOKENS = 200;

/**
 * The shipped model (models/*.json), read through Node's module loader and decoded on
 * first use, then kept for the process: a run that prints only a summary never pays for it.
 */
export function getNerModel(): NerModel {
  if (!model) {
    // ner.json by the package's own name, so the path holds wherever this module is built or
    // bundled; the other files beside it by path, without resolving each name again.
    const load = createRequire(import.meta.url);
    const head = load.resolve('precis/models/ner.json');
    const dir = head.slice(0, head.length - 'ner.json'.length);
    // The loader would keep each file's parsed text (4.5 MB of base64) for the process: once
    // decoded it is dropped.
    const read = <T>(name: string): T => {
      const value = load(dir + name) as T;
      delete load.cache[dir + name];
      return value;
    };
    const file = read<ModelFile>('ner.json');
    if (!Number.isInteger(file.weightFiles)) throw new Error('models/ner.json does not match this version of precis; run npm run train:ner');
    const parts = Array.from({ length: file.weightFiles }, (_, i) => read<{ weights: string }>(`ner-weights-${i + 1}.json`).weights);
    model = loadModel({ ...file, weights: parts }, read<SerializedGazetteer>('ner-gazetteer.json'), read<SerializedClusters>('ner-clusters.json'));
  }
  return model;
}

let scratch: EntityScratch | undefined;

/**
 * This thread's working memory for the tagger (see scratch.ts): a module instance per
 * worker thread, so one object per thread, passed explicitly to each step.
 */
function threadScratch(): EntityScratch {
  return (scratch ??= new EntityScratch());
}

/** Tags a tokenised document with PER/ORG/LOC/MISC spans over its token indices. */
export function tagDocument(doc: TaggerDocument, m: NerModel = getNerModel(), work: EntityScratch = threadScratch()): TokenSpan[] {
  return repairSpans(
    labelsToSpans(decodeDocument(prepareDocument(doc, m.gazetteer, work), m, work), doc.sentenceStarts),
    doc.words,
    m.gazetteer,
    doc.sentenceStarts,
  );
}

const NAME_TYPES: Partial<Record<SpanType, NameType>> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'PLACE' };

const DIGIT_END = /\d$/;

/**
 * Whether token `t` is letters written right onto a number ("G" of "3G", "GSM" of "3GSM"), which
 * wink splits off and CoNLL, and so the model, never sees alone. Tagging the words as CoNLL
 * writes them ("3G" whole) changed names far from them, through the document's features
 * ("Trident Funds" after "$3bn", "Flora Lite 5K"): the tagger reads the split words, and such a
 * name is mended after it.
 */
function gluedToNumber(tokens: ParsedArticle['tokens'], t: number): boolean {
  const prev = tokens[t - 1];
  const token = tokens[t]!;
  return prev !== undefined && prev.end === token.start && prev.sentence === token.sentence && DIGIT_END.test(prev.value) && STARTS_LETTER.test(token.value);
}

/**
 * A wire headline's kicker, written onto the headline's first name by a hyphen: "Soccer-Liverpool
 * beat Wolves", "Tennis-Nadal, Djokovic named ...", "UPDATE 1-Pfizer ...", "Exclusive-...".
 * CoNLL writes its kickers apart ("SOCCER - LIVERPOOL BEAT ..."); glued, the name was one word with
 * the kicker ("Tennis-Nadal" an organisation) or missed.
 */
const KICKER =
  /^(?:Soccer|Football|Tennis|Golf|Cricket|Rugby|Athletics|Cycling|Motor racing|Horse racing|Olympics|Basketball|Baseball|Boxing|Swimming|Skiing|Alpine skiing|Sailing|Rowing|Snooker|Darts|Badminton|Volleyball|Handball|Hockey|Ice hockey|Judo|Wrestling|Gymnastics|Doping|Esports|NFL|NBA|NHL|MLB|UPDATE \d+|WRAPUP \d+|REFILE|RPT|CORRECTED|Exclusive|EXCLUSIVE|Analysis|Factbox|Explainer|Insight|Column|Breakingviews|Timeline)$/;

/**
 * Whether the text ending at token `t`, from its sentence's start but at most three tokens, is a
 * kicker. No kicker is three tokens long, so a text that opens with an earlier word of its
 * sentence never matches: the kicker opens its sentence without a test of its own.
 */
function isKicker(parsed: ParsedArticle, t: number): boolean {
  const { tokens, article } = parsed;
  let first = t;
  while (first > 0 && t - first < 2 && tokens[first - 1]!.sentence === tokens[t]!.sentence) first--;
  return KICKER.test(article.text.slice(tokens[first]!.start, tokens[t]!.end));
}

/**
 * The article's tokens as CoNLL tokenises them: wink splits "Won-gon" and "US-led" at the
 * hyphen, CoNLL (and so the model) keeps them whole. Returns the words and, per word, its
 * first wink token; the word ends where the next one starts.
 */
function taggerTokens(parsed: ParsedArticle): { doc: TaggerDocument; firstToken: number[] } {
  const { tokens, article } = parsed;
  // Sized once (at most one word per token) and trimmed, rather than grown by push.
  const words: string[] = new Array<string>(tokens.length);
  const firstToken: number[] = new Array<number>(tokens.length);
  const sentenceStarts: number[] = [];
  let count = 0;
  let lastSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Length first: a one-character test on the string's header, not a call to compare strings.
    if (t.value.length === 1 && t.value === '-' && count > 0 && i + 1 < tokens.length) {
      const prev = tokens[i - 1]!;
      const next = tokens[i + 1]!;
      if (prev.end === t.start && t.end === next.start && prev.sentence === t.sentence && next.sentence === t.sentence && !isKicker(parsed, i - 1)) {
        const start = tokens[firstToken[count - 1]!]!.start;
        words[count - 1] = article.text.slice(start, next.end);
        i++; // the word after the hyphen is part of this one
        continue;
      }
    }
    if (t.sentence !== lastSentence) {
      sentenceStarts.push(count);
      lastSentence = t.sentence;
    }
    // The model learnt the possessive from CoNLL's straight "'s": a curly one was a word it did not know, taken into names ("Tony’s").
    words[count] = t.value === '’s' ? "'s" : t.value;
    firstToken[count++] = i;
  }
  words.length = count;
  firstToken.length = count;
  return { doc: { words, sentenceStarts }, firstToken };
}

/** Marks after which a word is capitalised for its place: a colon, an opening quotation mark. */
const OPENERS = new Set([':', '“', '‘', '``', '`', '"']);
const QUOTES = new Set(['"', '”', '’', "''"]);

/**
 * Whether the token is a colon or opens a quotation. A straight single quote does when it
 * stands apart from the word before it (" 'Haha funny"), not after one ("Spurs' Frank").
 */
function opensQuote(parsed: ParsedArticle, t: number): boolean {
  const { tokens, article } = parsed;
  const mark = tokens[t]!;
  if (OPENERS.has(mark.value)) return true;
  return mark.value === "'" && (t === 0 || /\s/u.test(article.text[mark.start - 1] ?? ' ')) && tokens[t + 1]?.start === mark.end;
}

/**
 * Whether the token's capital says nothing of a name: only punctuation ("‘, (") stands between
 * it and its sentence's start, or it opens a quotation or follows a colon ("Shooter: Heavily
 * armed", "I thought, “Oh no”"), which wink does not take for a sentence's start.
 */
function sentenceInitial(parsed: ParsedArticle, token: number): boolean {
  const { tokens } = parsed;
  const sentence = tokens[token]!.sentence;
  // A word before a number opens a score or a table's row ("Stoke 2", "Reading 2 1 0 1"): a name's capital.
  const next = tokens[token + 1];
  if (next !== undefined && next.sentence === sentence && /^\d/.test(next.value)) return false;
  // A word alone in quotation marks is a quoted name (the journal "Building"), not a quotation.
  const quotedAlone = QUOTES.has(tokens[token + 1]?.value ?? '');
  // After a colon, a team sheet goes on with names ("Newcastle: Given, Carr"), a sentence with
  // words; an adverb is no player ("Caught out: Incredibly, she ...").
  const listed = tokens[token - 1]?.value === ':' && !STARTS_LOWER.test(tokens[token + 1]?.value ?? '') && tokens[token]!.pos !== 'ADV';
  if (token > 0 && opensQuote(parsed, token - 1) && tokens[token - 1]!.sentence === sentence && !quotedAlone && !listed) return true;
  for (let t = token - 1; t >= 0 && tokens[t]!.sentence === sentence; t--) {
    // An agency in brackets before the first word: "(CNN)Living under ...".
    if (tokens[t]!.value === ')' && t >= 2 && tokens[t - 2]!.value === '(' && /^\p{Lu}+$/u.test(tokens[t - 1]!.value)) t -= 2;
    else if (tokens[t]!.pos !== 'PUNCT') return false;
  }
  return true;
}

export function extractEntities(parsed: ParsedArticle, work: EntityScratch = threadScratch()): Entity[] {
  const { tokens, article } = parsed;
  const { doc: written, firstToken } = taggerTokens(parsed);
  const firstOf = (word: number) => (word < firstToken.length ? firstToken[word]! : tokens.length);

  const names: PlacedMention[] = [];
  const covered = new Uint8Array(tokens.length);
  const m = getNerModel();
  // A short text without a capital inside its sentences may be written so (a tweet, a reply):
  // only a story long enough to have named something in mid-sentence is taken as case-folded.
  const doc = m.gazetteer !== undefined && parsed.tokens.length >= MIN_FOLDED_TOKENS && isCaseFolded(parsed) ? truecased(written, m.gazetteer) : written;
  const miscellaneous: Span[] = [];
  for (const span of tagDocument(doc, m, work)) {
    const type = NAME_TYPES[span.type];
    let first = firstOf(span.start);
    // A name that opens on letters written onto a number: "3G", "777-200LR" are no names, and
    // a longer one goes on with a capital takes the number in ("3GSM World Congress").
    if (gluedToNumber(tokens, first)) {
      if (span.end - span.start === 1 || !STARTS_UPPER.test(doc.words[span.start + 1]!)) continue;
      first--;
    }
    const endToken = firstOf(span.end);
    const start = tokens[first]!.start;
    const end = tokens[endToken - 1]!.end;
    if (!type) {
      if (span.type === 'MISC') miscellaneous.push({ start, end });
      continue;
    }
    names.push({
      type,
      start,
      end,
      text: article.text.slice(start, end),
      words:
        first === firstOf(span.start)
          ? doc.words.slice(span.start, span.end)
          : [tokens[first]!.value + doc.words[span.start]!, ...doc.words.slice(span.start + 1, span.end)],
      sentenceInitial: sentenceInitial(parsed, first),
      pos: tokens[first]!.pos,
    });
    covered.fill(1, first, endToken);
  }

  const confirmed = withSurnamesOfPeople(confirmNames(names, parsed, m.gazetteer, miscellaneous), m.gazetteer, article.titleSpan, article.text);
  let groups: NameGroup[] = groupNames(
    withDefiniteDescriptions(
      confirmed,
      article.text,
      m.gazetteer,
      (w) => writtenLower(parsed, w),
      (s) => beforeLowerNoun(s, parsed),
    ),
  );
  // A case-folded story's names are listed capitalised ("Robert Bates"); mentions keep its text.
  if (doc !== written) groups = groups.map((g) => ({ ...g, name: capitalisedName(g.name) }));

  // wink's own entities (dates, numbers, ...), grouped by their text; any that overlap a
  // name are dropped, since the name tagger read that stretch of text as a name.
  const winkGroups = new Map<string, NameGroup>();
  for (const e of parsed.winkEntities) {
    let overlaps = false;
    for (let t = e.firstToken; t < e.endToken && !overlaps; t++) overlaps = covered[t] === 1;
    // A number written into a word ("3D", "7-Eleven") is no quantity (number-words.ts).
    if (overlaps || numberInWord(tokens, e)) continue;
    const text = article.text.slice(e.start, e.end);
    const k = `${e.type}:${text.toLowerCase()}`;
    let g = winkGroups.get(k);
    if (!g) winkGroups.set(k, (g = { name: text, type: e.type, mentions: [] }));
    g.mentions.push({ text, start: e.start, end: e.end });
  }
  groups.push(...winkGroups.values());

  return groups
    .map((g) => ({ name: g.name, type: g.type, count: g.mentions.length, mentions: g.mentions }))
    .sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}
