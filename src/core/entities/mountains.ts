/**
 * Mountains written with "Mt" (see withMountains), which the decoder splits or mistypes.
 */
import type { TokenSpan } from './labels.js';
import { STARTS_CAPITALISED } from './words.js';

/** The abbreviation of "Mount" in title case: "MT" is Montana in CoNLL's weather tables. */
const MOUNT = /^Mt\.?$/;

/**
 * "Mt Cook", "Mt. Everest": a mountain, one place, whatever the decoder made of it (a place
 * "Mt" and no "Cook", an organisation "Mt Everest", "Mt." and a person "Everest"). A span that
 * holds the abbreviation, or follows it, becomes one place with it and the name it opens.
 * Spans are looked at, not every word: most articles have no "Mt", and this runs on all.
 */
export function withMountains(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  const mount = (i: number) => i >= 0 && MOUNT.test(words[i]!) && STARTS_CAPITALISED.test(words[i + 1] ?? '');
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const at = mount(s.start - 1) && spans[k - 1]?.end !== s.start ? s.start - 1 : mount(s.start) ? s.start : -1;
    if (at < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    let end = Math.max(at + 2, s.end);
    // The name after "Mt" may have been tagged apart: "Mt" (LOC) + "Cook" (PER).
    while (spans[k + 1] !== undefined && spans[k + 1]!.start < end) end = Math.max(end, spans[++k]!.end);
    out.push({ type: 'LOC', start: at, end });
  }
  return out ?? spans;
}
