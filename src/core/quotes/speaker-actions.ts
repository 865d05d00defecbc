import type { Token } from '../types.js';

/**
 * Past verbs of taking a stand that, coordinated after a past cue's statement, are the speaker's
 * next action ("said A, and urged B", "said A but took issue with B"), not more of what was said:
 * PolNeAR's annotators end the content before them. Verbs of events ("was sold and renamed")
 * are left out, being the statement's own predicates far more often.
 */
const STANCE_VERBS = new Set([
  'urged',
  'called',
  'criticized',
  'criticised',
  'cautioned',
  'took',
  'declined',
  'refused',
  'vowed',
  'pledged',
  'praised',
  'accused',
  'dismissed',
  'defended',
  'blamed',
  'thanked',
  'welcomed',
  'appealed',
  'expressed',
  'stopped',
]);
/** "… and would not name …", "… but did not say …": the speaker declining. */
const DECLINING_AUX = new Set(['would', 'did', 'could']);
const STATEMENT_AUX = new Set(['be', 'have']);
const PAST_CUES = new Set(['said', 'told', 'wrote']);

/** After "and"/"but" at `k`: a stance verb or a declining "would not", after a past cue (said, told, added). */
export function speakerTakesStand(cue: Token, tokens: readonly Token[], k: number): boolean {
  if (!PAST_CUES.has(cue.normal) && !cue.normal.endsWith('ed')) return false;
  let v = k + 1;
  if (tokens[v]?.normal === 'also' || tokens[v]?.normal === 'then') v++;
  const verb = tokens[v];
  if (!verb) return false;
  // (Not "would not be forgiven", "could not have taken part": a passive or a perfect is the statement's.)
  if (DECLINING_AUX.has(verb.normal) && (tokens[v + 1]?.normal === 'not' || tokens[v + 1]?.normal === "n't"))
    return tokens[v + 2]?.pos === 'VERB' && !STATEMENT_AUX.has(tokens[v + 2]!.normal);
  return verb.pos === 'VERB' && STANCE_VERBS.has(verb.normal);
}
