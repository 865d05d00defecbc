/**
 * A summary sentence must stand on its own, read away from the article. Two kinds of "sentence"
 * the splitter leaves do not:
 * - a bare continuation of a quote: ‘Which is remarkable when you consider …’ opens with a
 *   quotation mark and a relative pronoun that ties it to what came before; "' she said ." is
 *   the tail of a quote cut off by the splitter (a closing mark, a space, a lower-case word);
 * - a picture caption run into the quote after it by a missing full stop: "X will confirm Y as
 *   manager on Friday ‘I’d be over the moon to get it,’ said Y": a word, no punctuation, then a
 *   quotation opening with a capital that runs five words or more to its own punctuation.
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

export function standsAlone(text: string): boolean {
  if (ORPHAN_CONTINUATION.test(text) || (CUT_OFF_TAIL.test(text) && words(text).length <= TAIL_WORDS)) return false;
  const runOn = CAPTION_RUN_ON.exec(text);
  const quoted = runOn ? words(runOn[1]!) : [];
  // A title in marks ("St. George and the Dragon,") is no run-on: most of its words are capitalised.
  if (quoted.length < RUN_ON_WORDS || quoted.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > quoted.length) return true;
  return INTRODUCES_QUOTE.test(text.slice(Math.max(0, runOn!.index - 12), runOn!.index + 4));
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}
