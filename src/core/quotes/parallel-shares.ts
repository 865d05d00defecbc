import type { Token } from '../types.js';
import { cueIndexBefore } from './speaker-actions.js';

/**
 * "51% say they row, 27% sail", "39 have said they back her and 160 have not
 * announced a choice": after a comma or "and", a second poll figure with its own verb (or with the
 * verb left out, as in a list of results) is the next finding the writer reports, not more of what
 * the first share said. `from` is the token after the comma or "and"; `content` is where the
 * statement of `cue` starts. Only when a figure speaks before the cue: "said that in May, 300 were
 * turned away" or "employs 900 people, and 40 were laid off" is one statement going on.
 */
export function parallelShare(tokens: readonly Token[], from: number, last: number, cue: Token | undefined, content: number): boolean {
  if (!cue || !figureSpeaks(tokens, cueIndexBefore(cue, tokens, content))) return false;
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
  // (The token before `k` is always the % or "percent": "3% higher than" goes on for the word after the adjective.)
  return t.pos === 'ADJ' && (k === last || tokens[k + 1]?.pos === 'PUNCT');
}

/** A number in the few words before the cue at `c` ("41% say", "12 have said", "50 trustees have said"): a figure is the speaker. */
function figureSpeaks(tokens: readonly Token[], c: number): boolean {
  for (let j = c - 1; j >= 0 && j >= c - MAX_SHARE_TO_CUE; j--) {
    const t = tokens[j]!;
    if (t.pos === 'NUM') return true;
    if (!SHARE_TO_CUE.has(t.pos) && t.value !== '%') return false;
  }
  return false;
}

const MAX_SHARE_TO_CUE = 4;
/** What stands between a figure and its cue: "% say", "trustees have (now) said", "percent say". */
const SHARE_TO_CUE = new Set(['NOUN', 'AUX', 'ADV', 'SYM']);
