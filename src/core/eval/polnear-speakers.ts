/**
 * Speaker accuracy's rules: which annotated sources are judged (not bare pronouns), and when a
 * predicted speaker matches one (a shared head word, or the same description in the text).
 */
import type { Quote, Span, TextSpan } from '../types.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'who', 'which', 'that']);
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'at',
  'from',
  'in',
  'on',
  'and',
  'to',
  'with',
  'by',
  'who',
  'which',
  'that',
  'whose',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

/** The annotated source is only a pronoun ("he", "They"): not judged for speaker accuracy. */
export function isBarePronoun(source: string): boolean {
  return PRONOUNS.has(source.trim().toLowerCase());
}

/** Speaker accuracy's test for one matched quote; `toRaw` maps a cleaned-text span to the raw text. */
export function speakerRight(speaker: Quote['speaker'], sources: readonly TextSpan[], toRaw: (span: Span) => Span): boolean {
  if (!speaker) return false;
  const subject = speaker.mentions[0] ? toRaw(speaker.mentions[0]) : null;
  return sources.some(
    (s) => speakerMatches(speaker.name, s.text) || (subject !== null && isDescription(s.text) && subject.start < s.end && s.start < subject.end),
  );
}

/**
 * A nested attribution annotated as its outer one (`“…,” Roe said, according to CNN`: PolNeAR's
 * first annotator often gives only CNN, with `Roe said` inside the content). precis lists the
 * inner speaker with the outer source as `via`; the quote is right when that `via` is the
 * annotated source and the annotation's own content holds our cue and our speaker's first
 * mention, so the annotation itself says the attribution is nested and who its inner speaker is.
 * Judging `speaker` alone there would count listing Roe, whose words they are, as an error.
 */
export function outerSourceRight(quote: Quote, sources: readonly TextSpan[], contents: readonly Span[], toRaw: (span: Span) => Span): boolean {
  const named = quote.speaker?.mentions[0];
  if (!quote.via || !quote.cueSpan || !named) return false;
  const cue = toRaw(quote.cueSpan);
  const speaker = toRaw(named);
  const holds = (c: Span, s: Span) => c.start <= s.start && s.end <= c.end;
  return contents.some((c) => holds(c, cue) && holds(c, speaker)) && speakerRight(quote.via, sources, toRaw);
}

/** Do the predicted name and the annotated source share the source's head word? */
export function speakerMatches(predicted: string, source: string): boolean {
  const heads = new Set(headWords(source).map(normalWord));
  return contentWords(predicted).some((w) => heads.has(w));
}

/** The last word of each phrase of a source ("Park Won-gon, a professor at X" → Won-gon, professor). */
function headWords(source: string): string[] {
  const heads: string[] = [];
  for (const phrase of source.split(/[,;(]|\s(?:of|for|at|from|who|which|with|in|on|to)\s/i)) {
    const words = phrase
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((w) => w && !STOP.has(w.toLowerCase()));
    const head = words[words.length - 1];
    if (head) heads.push(head);
  }
  return heads;
}

/**
 * A source that names nobody ("the professor", "a campaign aide"): every head is lower-case.
 * Its speaker is right when the quote's subject is that very phrase, whatever name precis
 * resolved it to (PolNeAR does not say whom a description refers to).
 */
export function isDescription(source: string): boolean {
  const heads = headWords(source);
  return heads.length > 0 && heads.every((h) => h === h.toLowerCase());
}

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !STOP.has(w))
    .map(normalWord);
}

function normalWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}
