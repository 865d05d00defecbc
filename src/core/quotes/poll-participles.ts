import type { Token } from '../types.js';
import type { ShareSubject } from './poll-shares.js';

/**
 * "The storms have left 58 percent of residents saying the sea wall is too low", "with four in
 * 10 saying the levy would make no difference": a poll reports what a share of those asked
 * said with a participle right after the share, which is the participle's own subject (not the
 * sentence's, which did not speak). The share is a count and "percent" (or "%"), with the group
 * it is of, or "N in M"; wink reads "saying" after "in 10" as a noun.
 */
export function shareBeforeParticiple(tokens: readonly Token[], i: number, floor: number): ShareSubject | null {
  if (tokens[i]!.normal !== 'saying') return null;
  let k = i - 1;
  // "of voters", "of Cuban Americans": the group the share is of.
  let of = k;
  while (of > floor && of >= k - GROUP_WORDS && GROUP_POS.has(tokens[of]!.pos)) of--;
  if (of < k && tokens[of]!.normal === 'of') k = of - 1;
  if (k - 2 < floor || tokens[k - 2]!.sentence !== tokens[i]!.sentence) return null;
  const t = tokens[k]!;
  const inTen = t.pos === 'NUM' && tokens[k - 1]!.normal === 'in' && tokens[k - 2]!.pos === 'NUM';
  const percent = (t.normal === 'percent' || t.value === '%') && tokens[k - 1]!.pos === 'NUM';
  if (!inTen && !percent) return null;
  const first = inTen ? k - 2 : k - 1;
  // ("The firm cut its forecast by 5 percent saying demand had slowed": a change or a level, no group; the firm speaks.)
  if (MEASURE_LEADS.has(tokens[first - 1]?.normal ?? '')) return null;
  return { first, end: i, kind: 'description', head: inTen ? tokens[k - 2]!.normal : 'percent', roles: [] };
}

/** Prepositions before an amount that make it a change or a level ("by 5 percent", "to 30 percent"), not a share of people. */
const MEASURE_LEADS: ReadonlySet<string> = new Set(['by', 'to', 'from', 'than', 'at']);

/** Longest group after "of": "of likely GOP voters". */
const GROUP_WORDS = 3;
const GROUP_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
