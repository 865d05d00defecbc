/**
 * How much a sentence's form (not its content) suits a summary, as a factor in (0, 1].
 * Measured on cnndm-dev and bbc-dev; the forms are common to scraped news everywhere.
 */
const LONG_SENTENCE_WORDS = 35;
const SHORT_SENTENCE_WORDS = 8;
const SHORT_SENTENCE_FACTOR = 0.3;
const CAPTION_FACTOR = 0.5;

/** "Perfect pair: Mikenzy and Matt ...", "Wanted: Police in ...": a picture caption's label. */
const CAPTION_LABEL = /^\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+\s?:\s/u;
/** ... but "Mr Ore said: ..." introduces a quote. */
const SPEECH_BEFORE_COLON = /\b(said|says|told|added|explained|warned|stated|wrote|asked|insisted|declared)\s?:/i;

/**
 * - Past 35 words, scaled by 35/words: a long "sentence" is often a caption run into the next
 *   sentence by a missing full stop, and it costs a reader (and ROUGE precision) the most.
 * - Under 8 words, ×0.3: datelines, "He agreed.", quote fragments.
 * - Opening with a short label and a colon, ×0.5: picture captions left in the text.
 */
export function sentenceShapeFactor(text: string, words: number): number {
  const length = words < SHORT_SENTENCE_WORDS ? SHORT_SENTENCE_FACTOR : Math.min(1, LONG_SENTENCE_WORDS / words);
  const caption = CAPTION_LABEL.test(text) && !SPEECH_BEFORE_COLON.test(text.slice(0, 40)) ? CAPTION_FACTOR : 1;
  return length * caption;
}
