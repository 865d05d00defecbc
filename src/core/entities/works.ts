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
import { firstTokenAt } from './fragment.js';

/** Nouns for kinds of work that a title follows ("the film Harbour Lights"). */
const WORK_NOUNS = [
  'film',
  'movie',
  'comedy',
  'drama',
  'thriller',
  'documentary',
  'biopic',
  'musical',
  'sitcom',
  'cartoon',
  'show',
  'programme',
  'song',
  'hit',
  'single',
  'album',
  'ballad',
  'anthem',
  'book',
  'novel',
  'autobiography',
  'memoir',
  'opera',
  'poem',
];
/** Lower-case words inside titles ("Hide and Seek", "How to Dismantle a Bomb"). */
const LINK = '(?:and|of|the|a|an|to|in|on|for|from|with|&)';
const WORD = "\\p{Lu}[\\p{L}\\p{N}'’!-]*";
/** A capitalised phrase on one line; link words only between capitalised words. */
const PHRASE = `${WORD}(?:[ ]+(?:${LINK}[ ]+)*${WORD})*`;
/** A quoted phrase: any words, up to the closing mark. */
const QUOTED = `["“‘]([^"“”‘’\\n]{1,80})["”’]`;
const AFTER_NOUN = new RegExp(`\\b(?:${WORK_NOUNS.join('|')})[ ]+(?:${QUOTED}|(${PHRASE}))`, 'gu');
/**
 * A title followed by what it is: "Sideways, a wine-tasting comedy starring ...". The kind of
 * work must end the description ("Jo Hale, a film director" names a person).
 */
const BEFORE_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${PHRASE}), (?:a|an|the) (?:[\\p{Ll}-]+ ){0,3}(?:${WORK_NOUNS.join('|')})(?=[,.;:)]| (?:starring|by|about|directed|written|set|based|which|that)\\b)`,
  'gu',
);
const AFTER_ROLE = new RegExp(`\\b(?:roles?|performances?|starred|appeared|appearances?) in (\\p{Lu}[\\p{L}]*)\\b`, 'gu');

/** Where the article names works; `isCommon` tells a word `train.txt` mostly writes in lower case. */
export function workTitles(parsed: ParsedArticle, isCommon: (word: string) => boolean): Span[] {
  const { text } = parsed.article;
  const { tokens } = parsed;
  const titles = new Set<string>();
  for (const m of text.matchAll(AFTER_NOUN)) {
    // The kind of work must be a noun: "Storms hit Varnia", "book Smith" are verbs.
    const cue = tokens[firstTokenAt(tokens, m.index)];
    if (cue === undefined || cue.start !== m.index || cue.pos !== 'NOUN') continue;
    titles.add((m[1] ?? m[2]!).trim());
  }
  for (const m of text.matchAll(BEFORE_NOUN)) titles.add(m[1]!);
  for (const m of text.matchAll(AFTER_ROLE)) if (isCommon(m[1]!)) titles.add(m[1]!);
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
