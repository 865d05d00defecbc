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
 * (headlines, "Breaking News From The Coast", "Quake Hits Marova") say nothing and are passed over.
 */
/** A word: letters and digits, joined by an apostrophe, a full stop or a hyphen ("O'Neill", "U.S", "5.2"). */
export const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const OPENING = new Set(['"', '“', '‘', "'", '(', '[']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']']);

/**
 * Whether the text between two words ends a sentence: a stop, question or exclamation mark, maybe
 * closed by quotes or brackets, or a colon; an opening quote or bracket after it changes nothing.
 * Read from the end, character by character: an anchored regex over the gap would be quadratic on
 * a long run of quotes (tests/safety/regex.test.ts).
 */
function endsSentence(gap: string, wordBefore: string): boolean {
  let i = gap.length - 1;
  while (i >= 0 && (OPENING.has(gap[i]!) || /\s/.test(gap[i]!))) i--;
  if (gap[i] === ':') return true;
  if (i === 0 && gap[0] === '.' && abbreviated(wordBefore)) return false;
  while (i >= 0 && CLOSING.has(gap[i]!)) i--;
  return i >= 0 && '.!?'.includes(gap[i]!);
}

/**
 * A word whose full stop marks it short, not a sentence's end (Mikheev 2002 reads these as
 * abbreviations): an initial ("J. Brask") or an initialism ("U.S. Envoy"). Titles ("Mr.", "Gov.")
 * were tried too and cost ECB+ story F1 0.3 to 0.8 points (docs/digest.md), so they still end one.
 */
function abbreviated(word: string): boolean {
  return /^\p{L}(?:\.\p{L})*$/u.test(word);
}

/** A line with more capitalised words than this share (of more than 3) is in title case. */
const TITLE_CASE_SHARE = 0.6;

/** A line in title case: past three words, most capitalised; two or three, all ("Quake Hits Marova"). */
function titleCase(words: number, capitalised: number): boolean {
  return words > 3 ? capitalised > words * TITLE_CASE_SHARE : words > 1 && capitalised === words;
}

/** The words (lower-cased) that `text` writes capitalised inside a sentence. */
export function properNouns(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\n+/)) {
    const tokens = [...line.matchAll(WORD)];
    const capitalised = tokens.filter((m) => CAPITALISED.test(m[0]));
    if (titleCase(tokens.length, capitalised.length)) continue;
    let end = -1;
    let before = '';
    for (const m of tokens) {
      const starts = end === -1 || endsSentence(line.slice(end, m.index), before);
      before = m[0];
      end = m.index + m[0].length;
      if (!starts && CAPITALISED.test(m[0])) out.add(m[0].toLowerCase());
    }
  }
  return out;
}
