/**
 * The words an article writes as proper nouns, read from its capitalisation rather than from the
 * entity tagger: grouping must not move when the tagger does. A retrained entity model (even the
 * same data with another seed) finds a name in one report and misses it, or types it otherwise, in
 * the next; names keyed on what the tagger found moved ECB+ story F1 by 0.4 to 2.3 points
 * (docs/digest.md). Capitalisation is the document's own evidence, and the same for any model.
 *
 * A word capitalised inside a sentence is a proper noun; one capitalised only at a sentence's
 * start is not known to be one, unless the article also writes it capitalised inside a sentence
 * (the document-centred reading of capitalised words, Mikheev 2002). Lines written in title case
 * (headlines, "Breaking News From The Coast") say nothing and are passed over.
 */
/** A word: letters and digits, joined by an apostrophe, a full stop or a hyphen ("O'Neill", "U.S", "5.2"). */
export const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** What ends a sentence before a word: a stop, question or exclamation mark, maybe closed by a quote or bracket; or a colon. */
const SENTENCE_END = /(?:[.!?]["”’')\]]*|:)$/;
/** A line with more capitalised words than this share (of more than 3) is in title case. */
const TITLE_CASE_SHARE = 0.6;

/** The words (lower-cased) that `text` writes capitalised inside a sentence. */
export function properNouns(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\n+/)) {
    const tokens = [...line.matchAll(WORD)];
    const capitalised = tokens.filter((m) => CAPITALISED.test(m[0]));
    if (tokens.length > 3 && capitalised.length > tokens.length * TITLE_CASE_SHARE) continue;
    let end = -1;
    for (const m of tokens) {
      // What stands between the word before and this one; an opening quote or bracket leaves it where the sentence starts.
      const gap = line.slice(Math.max(end, 0), m.index).replace(/["“‘'(\[\s]+$/, '');
      const starts = end === -1 || SENTENCE_END.test(gap);
      end = m.index + m[0].length;
      if (!starts && CAPITALISED.test(m[0])) out.add(m[0].toLowerCase());
    }
  }
  return out;
}
