/**
 * A summary sentence must stand on its own, read away from the article. Two kinds of "sentence"
 * the splitter leaves do not:
 * - a bare continuation of a quote: ‘Which is remarkable when you consider …’ opens with a
 *   quotation mark and a relative pronoun that ties it to what came before; "' she said ." is
 *   the tail of a quote cut off by the splitter (a closing mark, a space, a lower-case word);
 * - a picture caption run into the quote after it by a missing full stop: "X will name Y as
 *   coach on Monday ‘I’d be thrilled to take the job,’ said Y": a word, no punctuation, then a
 *   quotation opening with a capital that runs five words or more to its own punctuation;
 * - a "sentence" with no end punctuation that does not end its paragraph: a picture caption or
 *   standfirst glued to the story by a missing full stop, which the splitter cut off at the
 *   next sentence's opener ("… at the helm of the ferry She has …", see nlp/missing-stop.ts). At
 *   the end of a paragraph such a line may be a sentence that lost its full stop, and stays,
 *   unless it reads as no sentence: a list item ("- Cut fares"), a lead-in to a list or a
 *   fragment (ending in ":" or ","), or a heading, fixture or venue line under eight words.
 */
const ORPHAN_CONTINUATION = /^\s*["“‘']\s*(?:Which|Who|Whose|Whom)\b/u;
const CUT_OFF_TAIL = /^\s*["”’']\s+\p{Ll}/u;
/** A cut-off tail is short: "' she said ." */
const TAIL_WORDS = 5;
const CAPTION_RUN_ON = /[\p{L}\p{N}] ["“‘'](\p{Lu}(?:[^"“”‘’']|[’'](?=\p{L}))*?[,.!?])["”’']/u;
/** The run-on quotation holds at least this many words. */
const RUN_ON_WORDS = 5;
/** Words after which a quotation may open mid-sentence: a cue ("said ‘I …’") or a link ("as ‘The …’"). */
const INTRODUCES_QUOTE =
  /\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|declared|insisted|explained|warned|stated|replied|answered|that|as|of|with|called|titled|headlined|read|reads|was|is|were|are|adding|saying|including|dubbed|named|described)\s["“‘']\p{Lu}/u;

/** A sentence's end: a full stop, "?", "!" or ellipsis, then any closing marks ("… club. ’"). */
const ENDS_SENTENCE = /[.!?…](?:\s*["”’')\]])*\s*$/u;
/** "- Cut fares", "• New ferry": a list item. */
const LIST_ITEM = /^\s*[-–—•*]\s/u;
/** A lead-in to a list or a cut-off fragment: "Other plans include:", "At the same meeting,". */
const OPEN_END = /[:,;–—-]\s*$/u;
/**
 * Fewer words than this, with no end punctuation: a heading, fixture or venue line ("Quayside Park, Harbour Town").
 * Chosen on cnndm-dev and bbc-dev themselves (they hold no training split; docs/summaries.md).
 */
const HEADING_WORDS = 8;

/**
 * Whether a sentence reads on its own, away from the article. `endsParagraph`: no sentence of
 * its paragraph follows it.
 */
export function standsAlone(text: string, endsParagraph = true): boolean {
  if (!ENDS_SENTENCE.test(text) && !(endsParagraph && readsAsSentenceWithoutStop(text))) return false;
  if (ORPHAN_CONTINUATION.test(text) || (CUT_OFF_TAIL.test(text) && words(text).length <= TAIL_WORDS)) return false;
  const runOn = CAPTION_RUN_ON.exec(text);
  const quoted = runOn ? words(runOn[1]!) : [];
  // A title in marks ("St. George and the Dragon,") is no run-on: most of its words are capitalised.
  if (quoted.length < RUN_ON_WORDS || quoted.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > quoted.length) return true;
  return INTRODUCES_QUOTE.test(text.slice(Math.max(0, runOn!.index - 12), runOn!.index + 4));
}

function readsAsSentenceWithoutStop(text: string): boolean {
  return !LIST_ITEM.test(text) && !OPEN_END.test(text) && words(text).length >= HEADING_WORDS;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}
