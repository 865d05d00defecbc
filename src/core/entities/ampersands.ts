/**
 * Firms' names joined by an ampersand: "Bill & Melinda Gates Foundation" gave a person "Bill" and
 * an organisation "Melinda Gates Foundation", "Marks & Spencer" a person "Spencer", "Food &
 * Agriculture Organisation" only "Agriculture Organisation". In news an ampersand joins the words
 * of one firm's name far more than two names (every "&" of CoNLL train between names is inside an
 * organisation's), but informal text lists with it too ("the EU & IMF", "Ant & Dec"). So the
 * decoder's span and an untagged capitalised word across an "&" from it are one organisation
 * (an untagged word after it must end the name: not "Christmas & New Year"), and so are a
 * one-word person and an organisation after it; two tagged organisations, two people or places
 * stay apart, as the decoder read them.
 */
import { actsAfter, isRoleAfter } from './acronym-places.js';
import type { TokenSpan } from './labels.js';
import { CAPITALISED_WORD, STARTS_CAPITALISED, STARTS_UPPER } from './words.js';

/** After a firm: a stop, "and"/"or" of a list of firms, what a firm does ("said", "'s") or its official ("chief"). */
const firmFollows = (w: string | undefined) => w === undefined || !/^\p{L}/u.test(w) || w === 'and' || w === 'or' || actsAfter(w) || isRoleAfter(w);

/**
 * Two capitalised words the decoder left out, joined by an ampersand, with no capital on either
 * side: one firm ("Legal & General said", "shares in Legal & General"), whose words are
 * common ones the tagger does not read as a name. Not after a comma: the end of a list; nor before
 * a noun or a copula, where a phrase ("Salt & Pepper crisps") or a title stands as often.
 */
function withUntaggedPairs(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  let k = 0;
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== '&' || !CAPITALISED_WORD.test(words[i - 1]!) || !CAPITALISED_WORD.test(words[i + 1]!)) continue;
    // Nor a list's last two items ("Salt, Iron & Rain", an album).
    if (STARTS_UPPER.test(words[i - 2] ?? '') || words[i - 2] === ',') continue;
    // Where a firm stands (a capital after is another name's), not a phrase's or a title's head ("Salt & Pepper crisps", "Fire & Frost was").
    if (!firmFollows(words[i + 2])) continue;
    while (k < spans.length && spans[k]!.end <= i - 1) k++;
    // Untagged: the next span starts after the pair.
    if (k < spans.length && spans[k]!.start <= i + 1) continue;
    out ??= spans.slice();
    const at = out.findIndex((x) => x.start > i);
    out.splice(at < 0 ? out.length : at, 0, { type: 'ORG', start: i - 1, end: i + 2 });
  }
  return out ?? spans;
}

/** Spans joined across an ampersand (see above). */
export function withAmpersands(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  return withUntaggedPairs(withTaggedAcross(spans, words), words);
}

function withTaggedAcross(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const next = spans[k + 1];
    if (s.type !== 'LOC' && words[s.end] === '&') {
      const after = s.end + 1;
      const tagged = next !== undefined && next.start === after;
      // A one-word person and an organisation: "Bill" & "Melinda Gates Foundation".
      if (tagged && s.type === 'PER' && s.end - s.start === 1 && next.type === 'ORG') {
        (out ??= spans.slice(0, k)).push({ type: 'ORG', start: s.start, end: next.end });
        k++;
        continue;
      }
      // An untagged word that ends the name: "TH Clements" & "Son".
      // Not after an acronym, which a list names as often ("MTV & Wild on E!").
      if (!tagged && STARTS_CAPITALISED.test(words[s.end - 1]!) && CAPITALISED_WORD.test(words[after] ?? '') && !STARTS_UPPER.test(words[after + 1] ?? '')) {
        (out ??= spans.slice(0, k)).push({ type: 'ORG', start: s.start, end: after + 1 });
        continue;
      }
    }
    // An untagged word before: "Marks" & "Spencer", "Food" & "Agriculture Organisation".
    const previousEnd = out !== undefined ? (out[out.length - 1]?.end ?? 0) : (spans[k - 1]?.end ?? 0);
    if (s.type !== 'LOC' && s.start >= 2 && words[s.start - 1] === '&' && CAPITALISED_WORD.test(words[s.start - 2]!) && previousEnd <= s.start - 2) {
      (out ??= spans.slice(0, k)).push({ type: 'ORG', start: s.start - 2, end: s.end });
      continue;
    }
    out?.push(s);
  }
  return out ?? spans;
}
