/**
 * Titles of works: films, songs, albums, shows, books. "the comedy Sideways", "thriller Hide
 * and Seek", "the song 'Blue Harbour'" name a work, which CoNLL-2003's guidelines count as
 * MISC (Tjong Kim Sang & De Meulder 2003), a type precis does not report; the tagger, which
 * never saw such titles, reads their words as people, organisations or places. A capitalised
 * phrase (or a quoted one) right after a noun for a kind of work is a title, and so is the
 * same phrase elsewhere in the article ("Sideways is written by ...": one sense per
 * discourse, Gale et al. 1992). After "role in" or "performance in", only a word written in
 * lower case in the training text is read as a title ("his role in Closer"; not "in Enron").
 */
import type { ParsedArticle, Span } from '../types.js';
import { WORK_NOUNS } from '../nlp/title-cues.js';
import { firstTokenAt } from './fragment.js';
import { STARTS_LOWER, STARTS_UPPER } from './words.js';

/**
 * Kinds of work a title is only read from when the noun ends its description ("Lantern, a
 * street-based, mobile game that ..."): after "the game" a capitalised word is as often a team
 * or a person ("after the game Garrow said").
 */
const DESCRIBED_WORK_NOUNS = new Set([...WORK_NOUNS, 'game', 'videogame']);
/** Words before "in" and a role's work: "his role in Closer". */
const ROLE_WORDS = new Set(['role', 'roles', 'performance', 'performances', 'starred', 'appeared', 'appearance', 'appearances']);
/** Lower-case words inside titles ("Hide and Seek", "How to Dismantle a Bomb"). */
const LINK = '(?:and|of|the|a|an|to|in|on|for|from|with|&)';
const WORD = "\\p{Lu}[\\p{L}\\p{N}'’!-]*";
/** A capitalised phrase on one line; link words only between capitalised words. */
const PHRASE = `${WORD}(?:[ ]+(?:${LINK}[ ]+)*${WORD})*`;
/** After the kind of work: a quoted phrase (any words, up to the closing mark), or a capitalised one. */
const AFTER_NOUN = new RegExp(`[ ]+(?:["“‘]([^"“”‘’\\n]{1,80})["”’]|(${PHRASE}))`, 'uy');
/**
 * A title followed by what it is: "Sideways, a wine-tasting comedy starring ...". The kind of
 * work must end the description ("Jo Hale, a film director" names a person).
 */
const BEFORE_NOUN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${PHRASE}), (?:a|an|the) (?:[\\p{Ll}-]+,? ){0,3}$`, 'u');
/**
 * Two capitalised common words joined by "and", the second a plural, inside a sentence: a
 * title ("Hope and Fears", "Pride and Sorrows"), not two names.
 */
const PAIRED_TITLE = /(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+s)\b/uy;
const ENDS_DESCRIPTION = /[,.;:)]| (?:starring|by|about|directed|written|set|based|which|that)\b/uy;
const AFTER_ROLE = /[ ]in (\p{Lu}\p{L}*)\b/uy;
/** How far back a described title may start. */
const LOOK_BACK = 160;
const LINK_WORDS = new Set(['and', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'for', 'from', 'with', '&']);
const OPENING_QUOTES = new Set(['"', '“', '‘']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words of a title crossed looking for what stands before it ("thriller Hide and Seek"). */
const MAX_TITLE_WORDS = 8;

const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '"', '“', '\n']);

/** Whether only spaces stand between a sentence's (or the text's) start and `at`. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text[k] === ' ') k--;
  return k < 0 || SENTENCE_OPENERS.has(text[k]!);
}

/** The "Hope and Fears" title a one-word name (its first token t) opens or closes, if any. */
function pairedTitle(text: string, tokens: ParsedArticle['tokens'], name: Span, t: number, isCommon: (word: string) => boolean): string | null {
  const starts = tokens[t - 1]?.value === 'and' && t >= 2 ? [name.start, tokens[t - 2]!.start] : [name.start];
  for (const at of starts) {
    // The pattern's first word holds no space, so " and " must follow the first space: most names fail that test, cheaper than the pattern.
    const space = text.indexOf(' ', at);
    if (space < 0 || !text.startsWith('and ', space + 1)) continue;
    const pair = stickyAt(PAIRED_TITLE, text, at);
    // Inside a sentence only: at its start any word is capitalised.
    if (!pair || opensSentence(text, at)) continue;
    if (isCommon(pair[1]!) && isCommon(pair[2]!.slice(0, -1))) return pair[0]!;
  }
  return null;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Where the article names works, found from its tagged names `names`; `isCommon` tells a word
 * `train.txt` mostly writes in lower case. Only the words around each name are looked at,
 * the rest of the article only when a title is found.
 */
export function workTitles(parsed: ParsedArticle, names: readonly Span[], isCommon: (word: string) => boolean): Span[] {
  const { text } = parsed.article;
  const { tokens } = parsed;
  const titles = new Set<string>();
  for (const name of names) {
    // Back over the title's own words ("Hide and" before "Seek") and an opening quote mark.
    const first = firstTokenAt(tokens, name.start);
    let t = first - 1;
    for (let k = 0; k < MAX_TITLE_WORDS && t >= 0 && (STARTS_UPPER.test(tokens[t]!.value) || LINK_WORDS.has(tokens[t]!.value)); k++) t--;
    if (t >= 0 && OPENING_QUOTES.has(tokens[t]!.value)) t--;
    const cue = tokens[t];
    // The kind of work must be a noun: "Storms hit Varnia", "book Smith" are verbs.
    if (cue && WORK_NOUNS.has(cue.value) && cue.pos === 'NOUN') {
      const after = stickyAt(AFTER_NOUN, text, cue.end);
      if (after) titles.add((after[1] ?? after[2]!).trim());
    } else if (cue && ROLE_WORDS.has(cue.value)) {
      const role = stickyAt(AFTER_ROLE, text, cue.end);
      if (role && isCommon(role[1]!)) titles.add(role[1]!);
    }
    const pair = pairedTitle(text, tokens, name, first, isCommon);
    if (pair) titles.add(pair);
    // Described after: "Sideways, a wine-tasting comedy starring ...".
    const e = firstTokenAt(tokens, name.end);
    if (tokens[e]?.value !== ',' || !ARTICLES.has(tokens[e + 1]?.value ?? '')) continue;
    for (let k = e + 2; k < Math.min(tokens.length, e + 9); k++) {
      const tok = tokens[k]!;
      if (DESCRIBED_WORK_NOUNS.has(tok.value)) {
        const before = stickyAt(ENDS_DESCRIPTION, text, tok.end) && BEFORE_NOUN.exec(text.slice(Math.max(0, tok.start - LOOK_BACK), tok.start));
        if (before) titles.add(before[1]!);
        break;
      }
      if (tok.value !== '-' && tok.value !== ',' && !STARTS_LOWER.test(tok.value)) break;
    }
  }
  const spans: Span[] = [];
  for (const title of titles) {
    if (!/\p{Lu}/u.test(title)) continue;
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) {
      const end = at + title.length;
      // Whole words only: "Ray" is no title inside "Rayburn".
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      spans.push({ start: at, end });
    }
  }
  return spans;
}
