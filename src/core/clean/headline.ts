/** Heuristics for the short lines that frame an article: its headline, section headings and byline. */

const SENTENCE_END = /[.!?…:;,]["'”’)\]]*$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(line: string): string[] {
  return line.match(WORD) ?? [];
}

/** A photo credit: agency or outlet, a slash, the photographer ("REUTERS/Jane Doe", "AFP via Getty Images/John Roe"). */
const CREDIT = /^\p{Lu}[\p{L} .&]{1,40}\s?\/\s?\p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3}$/u;

/** Whether the line is a photo credit, which names a photographer and heads nothing. */
export function isCredit(line: string): boolean {
  return line.length <= 80 && CREDIT.test(line);
}

/** The first line of an input reads as a headline: short, one line, no sentence end. */
export function looksLikeHeadline(line: string): boolean {
  if (isCredit(line)) return false;
  const n = words(line).length;
  if (n === 0 || n > 25 || line.length > 200) return false;
  if (/^\(?[A-Z]{2,}\)?\s*[-—–]/.test(line) || /^\([A-Z]+\)/.test(line)) return false; // "(CNN) -- ..." dateline
  return !/[.;,:]["'”’)\]]*$/.test(line) || /\?["'”’]?$/.test(line);
}

/** A section heading between paragraphs: short, title-like, no full stop. */
export function looksLikeHeading(line: string): boolean {
  if (isCredit(line)) return false;
  const ws = words(line);
  if (ws.length === 0 || ws.length > 12 || line.length > 100) return false;
  if (SENTENCE_END.test(line) && !/\?$/.test(line)) return false;
  // Most words capitalised, as headings are; small words (of, the, and) may stay lower-case.
  const capitalised = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised >= Math.ceil(ws.length / 2);
}

/** Lower-case words a title-case heading may keep small ("Pledged to Strengthen Ties"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);
/** Capitalised words at a line end that read as a heading ("… Says She Would Fund The Ferry"); a name this long ending a wrapped line is left to the hard-wrap test. */
const HEADING_TAIL_WORDS = 4;

/**
 * The line closes on a heading in title case with no end punctuation, whatever comes before it
 * on the line: a live blog glues each post's heading to its furniture ("Posted 9:41PMMayor Ada
 * Pell Says She Would Fund The Ferry"), too long a line to read as a heading on its own.
 */
export function endsInTitleCase(line: string): boolean {
  if (!/[\p{L}\p{N}]$/u.test(line)) return false;
  const ws = line.split(' ');
  let capitalised = 0;
  for (let i = ws.length - 1; i >= 0 && capitalised < HEADING_TAIL_WORDS; i--) {
    const w = ws[i]!;
    if (/^\p{Lu}/u.test(w)) capitalised++;
    else if (!SMALL_WORDS.has(w) && !/^\p{N}/u.test(w)) break;
  }
  return capitalised >= HEADING_TAIL_WORDS;
}

/** Lower-case words, past a heading's small words, that make a line prose: more than furniture's odd word. */
const PROSE_WORDS = 5;

/** A sentence end glued to the capital after it: where scraped furniture starts ("… in Manchester.FlagShareReply"). */
const GLUED_SENTENCE_END = /[.!?]["'”’)]*(?=\p{Lu})/gu;

/**
 * The line's last sentence holds running prose (at least five all-lower-case words besides a
 * heading's small words): a body paragraph that lost its full stop before a name ("… said a
 * spokesman for the Harbour Town Ferry Trust"), not a heading glued to furniture ("Posted by
 * Nell Varga 9:41PMMayor Ada Pell Says the Vote on the Ferry Is Near"), even when a photo
 * caption ends the post before that furniture.
 */
export function readsAsProse(line: string): boolean {
  let from = 0;
  for (const m of line.matchAll(GLUED_SENTENCE_END)) from = m.index + m[0].length;
  let count = 0;
  for (const w of line.slice(from).split(' ')) {
    // A title-case heading keeps its small words in lower case ("Says the Vote on the Ferry …"): they are no prose.
    if (/^\p{Ll}+[,;]?$/u.test(w) && !SMALL_WORDS.has(w.replace(/[,;]$/, '')) && ++count >= PROSE_WORDS) return true;
  }
  return false;
}

// Not case-insensitive as a whole: the name must start with a capital ("By any measure, …" is prose).
const BYLINE = /^(?:[Bb]y|BY|[Ww]ords [Bb]y|[Ww]ritten [Bb]y|[Rr]eporting [Bb]y)\s+\p{Lu}[\p{L}.'’-]*(\s+[\p{L}.'’-]+){0,6}(\s*(,|and|&)\s*[\p{L}.'’ -]+)?$/u;

/** "By Jane Doe", "By Jane Doe and John Roe, BBC News". Returns the byline without "By", or null. */
export function parseByline(line: string): string | null {
  if (line.length > 120 || !BYLINE.test(line)) return null;
  return line.replace(/^(by|words by|written by|reporting by)\s+/i, '').trim();
}
