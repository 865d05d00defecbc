import type { Token } from '../types.js';
import { isDashAt } from './dashes.js';

/**
 * The comma or dash at `k`, in reported content from `from`, sets off an aside inside the clause's
 * subject (`that a deal with the port, however messy, was …`, `X — a pro-toll group — was …`): the
 * clause has no verb yet, and a comma or dash from `k` on hands back to one. Without such a return
 * the tagger has likely missed the verb before `k` (`donations call/NOUN into question X, prompting
 * …`), and the comma may end the content as any other.
 */
export function insideSubject(tokens: readonly Token[], from: number, k: number, last: number): boolean {
  return !hasClauseVerb(tokens, from, k) && verbResumes(tokens, k, last);
}

/**
 * A verb in tokens [from, end) that is no participle standing as a noun's modifier (`the self-described
 * group`, `her perceived loyalty`, `the well-funded Quay Trust`: wink splits the hyphen off).
 */
export function hasClauseVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // (`self-`, `state-`: a word hyphened to the participle makes it a compound modifier.)
    const hyphened = tokens[k - 1]?.value === '-' && k - 2 >= from && tokens[k - 1]!.start === tokens[k - 2]!.end;
    const before = hyphened ? 'ADJ' : (tokens[k - 1]?.pos ?? '');
    const modifier = t.pos === 'VERB' && /(?:ed|en)$/.test(t.normal) && MODIFIER_BEFORE.has(before) && NOUNS.has(tokens[k + 1]?.pos ?? '');
    if (!modifier) return true;
  }
  return false;
}
const MODIFIER_BEFORE = new Set(['DET', 'PART', 'ADJ']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * A comma or dash in tokens [from, last] after which the clause gets its verb: right away, past an
 * adverb, where an aside inside the subject closes (`…, however messy, was`), or after the last item
 * of a list (`the bag, a coat, and some tools were`).
 */
function verbResumes(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k < last; k++) {
    if (tokens[k]!.value !== ',' && !isDashAt(tokens, k)) continue;
    let v = k + 1;
    if (tokens[v]?.pos === 'ADV') v++;
    else if (LIST_ENDS.has(tokens[v]?.normal ?? '')) while (v < last && v < k + MAX_LAST_ITEM && !finite(tokens[v]!) && tokens[v]!.value !== ',') v++;
    if (finite(tokens[v])) return true;
  }
  return false;
}

const LIST_ENDS = new Set(['and', 'or']);
const MAX_LAST_ITEM = 7;
const finite = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
