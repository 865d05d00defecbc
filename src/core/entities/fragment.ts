/**
 * Pieces of longer names. The tagger sometimes labels one word of a longer capitalised name
 * and leaves the rest ("Home Office" -> "Office", "Girls Aloud" -> "Aloud", "Walk of Fame" ->
 * "Walk"); when that word is an ordinary word by itself, the piece is no name a reader would
 * recognise. A capitalised neighbour, right beside it or across "of" and "the", says the
 * word belongs to a longer name. A neighbour that is only capitalised for starting the
 * sentence and that wink reads as no proper noun ("The Sun said"), or a title ("Mr Bright"),
 * says nothing.
 */
import type { ParsedArticle, Span, Token } from '../types.js';
import { isTitle, junkReason } from './junk-words.js';
import { INITIAL, STARTS_LOWER, STARTS_UPPER } from './words.js';

const POSSESSIVE = new Set(["'s", '’s']);
/**
 * Lower-case words inside names ("Walk of Fame", "Save the Children"). Not "and": it joins
 * names in lists as often as inside one ("Dole and Gingrich", "Seat and Porsche").
 */
const LINKS = new Set(['of', 'the']);
/** Link words crossed looking for a neighbour: "Queen of the Sky" crosses two. */
const MAX_LINKS = 2;

/** Index of the first token starting at or after `at` (binary search over their starts). */
export function firstTokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each article's token spellings, made on the first question about it: one pass over the
 * tokens, rather than a scan of the whole article for every name asked about (a long
 * article with many names made that quadratic). Weak, so a table goes with its article.
 */
const spellings = new WeakMap<ParsedArticle, ReadonlySet<string>>();
/**
 * Capitalised words right after another word, per hundred tokens, below which an article
 * is case-folded (some cnndm stories are lower case but for sentence starts: "said bieber"):
 * there a lower-case spelling is no evidence that the capitalised one is a common word.
 */
const MIN_CAPITALISED_PERCENT = 0.5;
const WORD_START = /^[\p{L}\p{N}]/u;
/** Whether each article is case-folded, counted on its first lower-case spelling found: most articles ask for none. */
const caseFolded = new WeakMap<ParsedArticle, boolean>();

export function isCaseFolded(parsed: ParsedArticle): boolean {
  let folded = caseFolded.get(parsed);
  if (folded === undefined) {
    const { tokens } = parsed;
    // The scan stops at enough capitalised words for a cased article, which a normal one has in
    // its first lines: every article of 200 tokens or more asks (index.ts), most are cased.
    const few = (capitalised: number) => 100 * capitalised < MIN_CAPITALISED_PERCENT * tokens.length;
    let capitalised = 0;
    // After a word, not a full stop: wink may read " . " of a case-folded story as no sentence end.
    for (let i = 1; i < tokens.length && few(capitalised); i++) if (STARTS_UPPER.test(tokens[i]!.value) && WORD_START.test(tokens[i - 1]!.value)) capitalised++;
    folded = few(capitalised);
    caseFolded.set(parsed, folded);
  }
  return folded;
}

/** Whether the article writes the word in lower case somewhere ("Queen of the Sky" ... "the sky"), and is not case-folded. */
export function writtenLower(parsed: ParsedArticle, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  let written = spellings.get(parsed);
  if (!written) {
    const values = new Set<string>();
    // Only spellings a lower-cased word can have: none starts with a capital A-Z, and none is
    // one character other than a letter (the word had a capital, so its lower case has a letter).
    for (const t of parsed.tokens) {
      const v = t.value;
      const c = v.charCodeAt(0);
      if ((c >= 65 && c <= 90) || (v.length === 1 && c < 97)) continue;
      values.add(v);
    }
    spellings.set(parsed, (written = values));
  }
  return written.has(lower) && !isCaseFolded(parsed);
}

/**
 * Whether token t is a capitalised word of a name: not a title; when it starts its sentence,
 * only if wink reads it as a proper noun ("Girls Aloud, Akon and ...", "Queen of the Sky
 * developed ...": "The Sun said" has none), and not an initial, which opens a line before a
 * surname that is a name by itself ("D Garland (Essex AC)").
 */
function nameWordAt(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!;
  if (!STARTS_UPPER.test(tok.value) || isTitle(tok.value)) return false;
  // A weekday is a date ("on Monday Lynch said"), but for one after a possessive: "Radio Ellis's Sunday Live".
  if (junkReason([tok.value], 'PLACE') === 'date' && !POSSESSIVE.has(tokens[t - 1]?.value ?? '')) return false;
  for (let p = t - 1; p >= 0 && tokens[p]!.sentence === tok.sentence; p--) if (tokens[p]!.pos !== 'PUNCT') return true;
  return tok.pos === 'PROPN' && !INITIAL.test(tok.value);
}

/** The nearest name word from token `from` stepping by `step` across link words, in `sentence`. */
function capitalisedNeighbour(tokens: readonly Token[], from: number, step: 1 | -1, sentence: number, maxLinks: number): boolean {
  let t = from;
  for (let links = 0; t >= 0 && t < tokens.length && tokens[t]!.sentence === sentence; t += step, links++) {
    if (LINKS.has(tokens[t]!.value)) {
      if (links >= maxLinks) return false;
      continue;
    }
    return nameWordAt(tokens, t);
  }
  return false;
}

/** The index of the first token after the mention `m` whose first token is `first` (tokens.length at the end). */
export function tokenAfter(tokens: readonly Token[], first: number, m: Span): number {
  let next = first;
  while (next < tokens.length && tokens[next]!.start < m.end) next++;
  return next;
}

/**
 * Whether the one-word mention at `m` stands inside a longer capitalised name; with
 * `adjacentOnly`, only a neighbour right beside it counts (no link words crossed).
 */
export function withinLongerName(m: Span, parsed: ParsedArticle, adjacentOnly = false): boolean {
  const maxLinks = adjacentOnly ? 0 : MAX_LINKS;
  const { tokens } = parsed;
  const first = firstTokenAt(tokens, m.start);
  if (first >= tokens.length) return false;
  const end = tokenAfter(tokens, first, m);
  const sentence = tokens[first]!.sentence;
  return capitalisedNeighbour(tokens, first - 1, -1, sentence, maxLinks) || capitalisedNeighbour(tokens, end, 1, sentence, maxLinks);
}

/**
 * Whether the one-word mention at `m` is directly followed, in its sentence, by a lower-case
 * noun it modifies ("Mobile owners", "Ice skating", "Power needs"): the word describes the
 * noun there rather than naming anything (a name in that place, "Ford shares", is told apart
 * by the caller: only a word the article or the training text also writes in lower case).
 */
export function beforeLowerNoun(m: Span, parsed: ParsedArticle): boolean {
  const { tokens } = parsed;
  const first = firstTokenAt(tokens, m.start);
  const next = tokenAfter(tokens, first, m);
  const t = tokens[next];
  return t !== undefined && next > first && t.sentence === tokens[first]!.sentence && t.pos === 'NOUN' && STARTS_LOWER.test(t.value);
}
