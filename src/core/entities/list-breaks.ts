/**
 * People run together across a list's punctuation: team sheets and scorers' lists ("Subs:
 * Powell; Eustace, Hart", "Brown, Stansfield") gave one person "Powell; Eustace" or "Brown,
 * Stansfield". A semicolon inside a person's span ends one name and starts the next; so does a
 * comma, unless what follows it is a suffix or a title of the same person ("Tom Ross, Jr",
 * "Sarah, Duchess of Halvik") or the initials of a reversed name ("Harcourt, D", in Wikigold's
 * lists). Each side keeps the span's type when it holds a capitalised word.
 * CoNLL train has no person's span across either mark; brackets are left alone, as a nickname
 * in them is the name's ("E.F. (Fritz) Schumacher" in CoNLL train).
 */
import type { TokenSpan } from './labels.js';
import { isHonorific } from './name-roles.js';
import { STARTS_UPPER } from './words.js';

const SUFFIX = /^(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?$/;

/** A given name's initials ("D", "A.A."), written after the surname in a reversed name. */
const INITIALS = /^(?:\p{Lu}\.?)+$/u;

/** Whether the person's name ending at `end` breaks before the mark at `i` (see above). */
function breaksAt(words: readonly string[], i: number, end: number): boolean {
  if (words[i] === ';') return true;
  if (words[i] !== ',') return false;
  const next = words[i + 1] ?? '';
  // A reversed name ("Harcourt, D", "Campbell, A.A.") keeps its initials.
  return !SUFFIX.test(next) && !isHonorific(next) && !words.slice(i + 1, end).every((w) => INITIALS.test(w));
}

/** The spans, people run together across a list's mark split there (see above). */
export function withListBreaks(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined; // copied only when a span changes
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    let cut = false;
    // Only a person of three words or more holds a mark between two of its words.
    for (let i = s.start + 1; s.type === 'PER' && i < s.end - 1 && !cut; i++) cut = breaksAt(words, i, s.end);
    if (!cut) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    let from = s.start;
    for (let i = s.start; i <= s.end; i++) {
      if (i < s.end && !breaksAt(words, i, s.end)) continue;
      if (i > from && words.slice(from, i).some((w) => STARTS_UPPER.test(w))) out.push({ ...s, start: from, end: i });
      from = i + 1;
    }
  }
  return out ?? spans;
}
