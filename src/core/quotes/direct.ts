import type { ParsedArticle, Span, Token } from '../types.js';
import { sentenceStart, tokenAtIn, type Candidate } from './candidate.js';
import { endsWithStop, findCue, type FoundCue } from './direct-cues.js';
import { adjunctEndsSentence, closesSentence } from './after-closing-mark.js';
import { looksLikeTitle } from './marks.js';
import { hasVerb } from './clause.js';
import type { QuotedSpan } from './quoted-span.js';
import { leadInHolds, paraphraseAfter, sentenceEndBeforeStop, writerTail } from './direct-writer-words.js';
import { blockIndexAt } from '../nlp/parse.js';
import { isDash, isDashAt } from './dashes.js';
import { beforeMarks, countWords, hasLetter, isLongWord, isQuoteMark, isSpaceCode, pastMarks, upperInitial, type WordTest } from './text.js';

/** Fewer words than this between marks, with no cue, is a scare quote or a term ("a two-word “term”"). */
const MIN_UNCUED_WORDS = 6;

/**
 * Direct quotes: each pair of marks with the cue beside it, after (“…,” she said / said Smith)
 * or before (Smith said: “…”). A quote split around its cue (“We will win,” she said, “and
 * soon.”) becomes one candidate with two parts. Marks with no cue are kept only when they hold
 * a sentence of their own (a quote paragraph that continues the last speaker); short ones are
 * scare quotes or titles and are dropped.
 */
export function findDirectQuotes(
  parsed: ParsedArticle,
  spans: readonly QuotedSpan[],
  usedCues: Uint8Array,
  starts: Int32Array,
  blockStarts: readonly number[],
): Candidate[] {
  const { tokens } = parsed;
  const text = parsed.article.text;
  const out: Candidate[] = [];
  // Each span's cue, found once: a span is looked at again as the one after a cued quote.
  const cues: Cues = { parsed, spans, starts, found: new Array<FoundCue | null | undefined>(spans.length) };
  for (let q = 0; q < spans.length; q++) {
    const span = spans[q]!;
    const parts: Span[] = span.parts.map(trimmed(text)).filter((p) => p.end > p.start);
    if (parts.length === 0) continue;
    const open = tokenAtIn(starts, span.open);
    const found = cueOf(cues, q);
    // A show or a book named in marks (“Sunday Morning Futures,” Rep. Issa said …) is no quote.
    // One capitalised word with its cue (“Really,” she added) is a reply, not a title, when it opens
    // its sentence or follows a comma (someone shouted, “Cruz!”); inside a phrase (on Harbour TV's
    // “Tidewatch,” Roe said …) it names a show.
    if (
      found &&
      fewerWords(text, parts, 6, hasLetter) &&
      (!fewerWords(text, parts, 2, isLongWord) || !opensStatement(tokens, open)) &&
      looksLikeTitle(text, parts)
    )
      continue;
    if (found) {
      // “A,” said X, “B.” — and the quotes that go on in the same paragraph without a cue of their
      // own (“A,” she said. “B.”) are one statement: PolNeAR annotates them as one attribution.
      const block = blockIndexAt(blockStarts, span.open);
      let lastSentence = tokens[found.after ? found.cue.first : tokenAtIn(starts, span.close - 1)]!.sentence;
      // “A,” he said, “B.” — also “A,” he said, but “B.” and “A,” he said of the plan, “B.”: where
      // the second part would open if the quote is split around its cue.
      let comma = found.end;
      while (
        comma < found.end + 6 &&
        tokens[comma] &&
        tokens[comma]!.value !== ',' &&
        tokens[comma]!.pos !== 'VERB' &&
        !isQuoteMark(tokens[comma]!.value) &&
        tokens[comma]!.value !== '.'
      )
        comma++;
      const joiner = tokens[comma + 1]?.normal === 'but' || tokens[comma + 1]?.normal === 'and' ? 1 : 0;
      const splitOpen = found.after && tokens[comma]?.value === ',' ? comma + 1 + joiner : -1;
      const alone = q;
      while (q + 1 < spans.length) {
        const next = spans[q + 1]!;
        const nextOpen = tokenAtIn(starts, next.open);
        const nextClose = tokenAtIn(starts, next.close - 1);
        if (nextOpen >= tokens.length || nextClose >= tokens.length) break;
        // “A,” he said on “Meet the Press.” “B.”: a title in marks inside the cue's sentence is stepped over.
        if (tokens[nextOpen]!.sentence === lastSentence && !opensSentence(tokens, nextOpen) && titleEndingSentence(text, next.parts) && !cueOf(cues, q + 1)) {
          q++;
          continue;
        }
        const splitHere = nextOpen === splitOpen;
        const goesOn =
          opensStatement(tokens, nextOpen) &&
          tokens[nextOpen]!.sentence <= lastSentence + 1 &&
          blockIndexAt(blockStarts, next.open) === block &&
          !cueOf(cues, q + 1) &&
          !clauseBeforeColon(tokens, nextOpen, lastSentence);
        // “A,” she said. “B” to the rest of the country.: the writer's words that end the quote's
        // sentence belong to the statement (PolNeAR annotates them with it); the statement stops there.
        // (Not a quote a colon introduces: “A,” said X said. Y said: “B.” is Y's.)
        const closes = closesSentence(tokens, nextClose) || (tokens[nextOpen - 1]?.value !== ':' && stopBeforeCapital(text, tokens, next, nextClose));
        // (“B” - raising his name …, “B” — raising …: a dash after the marks hands over to the writer; the quote is the statement's, the rest not.)
        const handsOver = goesOn && !closes && !!tokens[nextClose + 1] && (handsOverMark(tokens[nextClose + 1]!.value) || isDashAt(tokens, nextClose + 1));
        const runsOn = goesOn && !closes && !handsOver && writerTail(tokens, nextClose);
        if (!splitHere && !(goesOn && (closes || handsOver)) && !runsOn) {
          // “A,” she said of the “stern plates” she welds. “B.”: a term in marks inside the cue's sentence
          // is stepped over, as a title is.
          if (tokens[nextOpen]!.sentence === lastSentence && fewerWords(text, next.parts, MIN_UNCUED_WORDS, hasLetter) && !cueOf(cues, q + 1)) {
            q++;
            continue;
          }
          break;
        }
        parts.push(...next.parts.map(trimmed(text)).filter((p) => p.end > p.start));
        if (runsOn) parts[parts.length - 1] = { start: next.open, end: sentenceEndBeforeStop(tokens, nextClose) };
        lastSentence = tokens[nextClose]!.sentence;
        q++;
        if (runsOn || handsOver) break;
      }
      // A quote that opens mid-sentence after a lead-in (“With thousands of systems, “there is …,” he
      // said) carries the lead-in as part of what was said.
      // Not past a dash or an opening bracket before the marks: the writer's sentence hands over
      // there ("… to Leeds - ''I love that town,'' he said", "some grumbling (“I want my fare back,” …").
      if (found.after && !opensSentence(tokens, open) && !handsOverMark(tokens[open - 1]?.value ?? '')) {
        const lead = sentenceStart(tokens, open);
        // (Then the closing mark stays with the opening one, `The merger “would be good”`, unless a
        // comma before it ends the quote: the statement then stops at the word, as quotes do.)
        if (leadInHolds(tokens, lead, open, tokenAtIn(starts, span.close - 1)))
          parts[0] = { start: tokens[lead]!.start, end: span.parts.length === 1 && parts[0]!.end === span.parts[0]!.end ? span.close : parts[0]!.end };
      }
      // “…” in comparison to Obama, Roe said. · steer away from “demonising” the ex-chief, Roe said.:
      // the writer's words between the marks and the cue's comma go on with what was said.
      if (found.after && q === alone) {
        const tail = tokenAtIn(starts, span.close - 1) + 1;
        const comma = Math.min(found.cue.first, found.subject?.first ?? found.cue.first) - 1;
        // (From the opening mark, so the quote's marks stay balanced: `“It will be sold” before winter`.)
        if (tokens[tail] && tokens[tail]!.value !== ',' && !isQuoteMark(tokens[tail]!.value) && comma > tail && tokens[comma]!.value === ',') {
          const last = parts[parts.length - 1]!;
          parts[parts.length - 1] = { start: span.parts.length === 1 ? Math.min(last.start, span.open) : last.start, end: tokens[comma - 1]!.end };
        }
      }
      // Roe said, “I have not heard that” from the agency.: the writer's adjunct is part of the statement.
      if (!found.after && q === alone) {
        const close = tokenAtIn(starts, span.close - 1);
        // The marks are kept then, so the quoted words stay told from the writer's.
        const last = parts.length - 1;
        const start = last === 0 ? span.open : parts[last]!.start;
        if (adjunctEndsSentence(tokens, close)) parts[last] = { start, end: sentenceEndBeforeStop(tokens, close) };
      }
      // “Only you,” she said, would use …: the writer's paraphrase going on with what was said.
      if (found.after && q === alone) {
        const rest = paraphraseAfter(tokens, found);
        if (rest >= 0) parts.push({ start: tokens[rest]!.start, end: sentenceEndBeforeStop(tokens, rest) });
      }
      for (let t = found.cue.first; t < found.cue.end; t++) usedCues[t] = 1;
      out.push({ kind: 'direct', parts, cue: found.cue, subject: found.subject, inherits: false });
      continue;
    }
    // No cue: only a quote that stands as its own sentence(s) is a statement; a fragment inside a
    // sentence is a scare quote, a title, or part of the reported speech around it.
    if (!opensSentence(tokens, open) || fewerWords(text, parts, MIN_UNCUED_WORDS, hasLetter) || looksLikeTitle(text, parts) || bylined(text, span.close))
      continue;
    out.push({ kind: 'direct', parts, cue: null, subject: null, inherits: true });
  }
  return out;
}

interface Cues {
  readonly parsed: ParsedArticle;
  readonly spans: readonly QuotedSpan[];
  readonly starts: Int32Array;
  /** By span index; undefined until looked for. */
  readonly found: (FoundCue | null | undefined)[];
}

function cueOf(cues: Cues, q: number): FoundCue | null {
  let found = cues.found[q];
  if (found === undefined) found = cues.found[q] = findCue(cues.parsed, cues.starts, cues.spans[q]!);
  return found;
}

/** A title in marks, also with the full stop of the sentence it ends inside its closing mark (told ABC's “Good Morning America.”). */
function titleEndingSentence(text: string, parts: readonly Span[]): boolean {
  const last = parts[parts.length - 1]!;
  const stop = last.end - 1 > last.start && text.charCodeAt(last.end - 1) === 46; /* . */
  return looksLikeTitle(text, stop ? [...parts.slice(0, -1), { start: last.start, end: last.end - 1 }] : parts);
}

/**
 * “A,” said Roe. The mayor, however, had another view: “B.”: a colon after a new sentence's clause
 * (a verb before it) introduces its own subject's words, not the last speaker's.
 */
function clauseBeforeColon(tokens: readonly Token[], open: number, lastSentence: number): boolean {
  const colon = open - 1;
  return tokens[colon]?.value === ':' && tokens[colon]!.sentence > lastSentence && hasVerb(tokens, sentenceStart(tokens, colon), colon);
}

/** The mark at token i starts a sentence or follows a comma (someone shouted, “Cruz!”): no phrase runs into it. */
function opensStatement(tokens: readonly Token[], i: number): boolean {
  return opensSentence(tokens, i) || tokens[i - 1]?.value === ',';
}

/** The mark at token i starts a sentence (or follows a colon or a dash). */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence || prev.value === ':' || prev.value === '—' || prev.pos === 'SPACE') return true;
  // wink keeps "… in Binghamton, N.Y. “Secretary …" as one sentence: an abbreviation ends it
  // (also before a two-apostrophe mark, two tokens: "Fla. ''She …").
  const word = pastMarks(tokens, i + 1);
  if (!capitalised(tokens[word])) return false;
  // … nor after a stop inside the closing mark before ("he said on Harbour TV's ''Tidewatch.'' ''Pell …").
  const stop = beforeMarks(tokens, i);
  return (/\.$/.test(prev.value) && prev.value.length > 1) || (stop < i - 1 && SENTENCE_STOPS.has(tokens[stop]?.value ?? ''));
}
const SENTENCE_STOPS = new Set(['.', '?', '!']);
/** The token opens with an upper-case letter. */
const capitalised = (t: Token | undefined): boolean => t !== undefined && upperInitial(t.value, 0, t.value.length);

/**
 * “A,” Roe said. ''B.'' He said, twice, that …: the quote ends on its own stop and a capital opens
 * what follows, so it closes its sentence though wink ran the next one into it (it does after
 * two-apostrophe marks).
 */
function stopBeforeCapital(text: string, tokens: readonly Token[], span: QuotedSpan, close: number): boolean {
  const last = span.parts[span.parts.length - 1]!;
  // (Not before a word glued to the mark, “… Hispanics!”Former …: a broken paragraph, not a sentence.)
  return endsWithStop(text, last.start, last.end) && isSpaceCode(text.charCodeAt(span.close)) && capitalised(tokens[close + 1]);
}

/**
 * “Museum to close in December,” by Times' Ann Roe: a headline credited to its writer, as a news
 * digest lists its links, is a title, not a statement (PolNeAR leaves such titles unannotated);
 * so is a slogan or poster dated in a bracket after its marks.
 */
function bylined(text: string, close: number): boolean {
  return BYLINE.test(text.slice(close, close + 16)) || DATED.test(text.slice(close, close + 60));
}
const BYLINE = /^\s*(?:,\s*)?by\s+(?:the\s+)?\p{Lu}/u;
/**
 * A bracket right after the marks that holds a year alone, or a poster's or slogan's year, dates a
 * slogan, poster or title: “No to the toll” (2005), “…” (Dover council poster 2009). Not a source's
 * (“…” (Gazette interview, 2015) is that person's statement).
 */
const DATED =
  /^\s*\((?:[^()]{0,50}\b(?:posters?|slogans?|campaign|ads?|adverts?|advertisements?|banners?|billboards?|leaflets?|flyers?)\s+)?(?:1[89]|20)\d\d\)/iu;

/** Strips white space and the comma a quote carries inside its closing mark. */
function trimmed(text: string) {
  return (p: Span): Span => {
    let { start, end } = p;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && (text.charCodeAt(end - 1) === 44 /* , */ || isSpaceCode(text.charCodeAt(end - 1)))) end--;
    return { start, end };
  };
}

/**
 * Fewer than `n` words in the parts pass `test` (hasLetter: words; isLongWord: words of more
 * than three letters, the ones a title capitalises). Counting stops at `n`: quotes run long.
 */
function fewerWords(text: string, parts: readonly Span[], n: number, test: WordTest): boolean {
  let count = 0;
  for (const p of parts) {
    count += countWords(text, p.start, p.end, test, undefined, n - count);
    if (count >= n) return false;
  }
  return true;
}

/** A dash, a hyphen or an opening bracket between a quote and the writer's words. */
function handsOverMark(value: string): boolean {
  return isDash(value) || value === '(';
}
