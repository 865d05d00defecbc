import type { Token } from '../types.js';

/**
 * "42% say they are liberal, 34% conservative", "39 have said they back her and 160 have not
 * announced a choice": after a comma or "and", a second poll figure with its own verb (or with the
 * verb left out, as in a list of results) is the next finding the writer reports, not more of what
 * the first share said. `from` is the token after the comma or "and".
 */
export function parallelShare(tokens: readonly Token[], from: number, last: number): boolean {
  let k = from;
  if (tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.pos !== 'NUM') return false;
  k++;
  if (tokens[k]?.value === '%' || tokens[k]?.normal === 'percent') k++;
  else if (tokens[k]?.pos !== 'AUX') return false;
  if (k > last) return true;
  const t = tokens[k]!;
  // "…, 34% conservative." or "…, 32% call themselves …", "and 160 have not …"; not "…, 5% of the total" or "…, 3% higher than".
  if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) return true;
  // (The tagger reads a plural's present verb as a noun before its object pronoun: "32% call/NOUN themselves".)
  if (t.pos === 'NOUN' && tokens[k + 1]?.pos === 'PRON') return true;
  return t.pos === 'ADJ' && (k === last || tokens[k + 1]?.pos === 'PUNCT') && tokens[k - 1]!.value !== 'than';
}
