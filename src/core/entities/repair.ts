/**
 * Document-level repairs of the greedy tagger's spans, after decoding.
 * - One sense per discourse (Gale, Church & Yarowsky 1992): two touching spans whose words
 *   together form a name tagged elsewhere in the document become that name ("Xi" + "Jinping"
 *   at the start of a sentence, when "Xi Jinping" is tagged elsewhere).
 * - Korean names misprinted with a roman numeral: "Kim II Sung" for Kim Il Sung. English
 *   names carry a numeral only at the end ("Elizabeth II"), so a person directly followed by
 *   "II"/"Il" and a capitalised word is one name.
 */
import type { TokenSpan } from './labels.js';

export function repairSpans(spans: readonly TokenSpan[], words: readonly string[]): TokenSpan[] {
  const known = new Map<string, TokenSpan['type']>();
  for (const s of spans) if (s.end - s.start > 1) known.set(words.slice(s.start, s.end).join(' '), s.type);

  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k]!;
    const next = spans[k + 1];
    if (next && next.start === s.end) {
      const type = known.get(words.slice(s.start, next.end).join(' '));
      if (type) {
        out.push({ type, start: s.start, end: next.end });
        k++;
        continue;
      }
    }
    if (s.type === 'PER' && /^I[Il]$/.test(words[s.end] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[s.end + 1] ?? '')) {
      s = { type: 'PER', start: s.start, end: s.end + 2 };
      while (k + 1 < spans.length && spans[k + 1]!.start < s.end) {
        s = { ...s, end: Math.max(s.end, spans[k + 1]!.end) };
        k++;
      }
    }
    out.push(s);
  }
  return out;
}
