import type { Token } from '../types.js';
import type { Candidate } from './candidate.js';
import { PASSIVE_BE } from './clause-words.js';

/**
 * "The council was told that the levy would rise", "Airlines have been warned they could lose their
 * slots": the subject of a passive verb of telling is the one told, the listener, never the speaker
 * (Quirk et al. 1985, the indirect object promoted to subject). The speaker goes unnamed, so the
 * quote keeps no subject, save an outer source that reports it. With an agent ("was told by the mayor that …") the quote is left as it is.
 */
const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'informed', 'warned', 'advised', 'assured', 'reassured', 'reminded']);

export function withoutListener(tokens: readonly Token[], c: Candidate): Candidate {
  if (!c.cue || !c.subject || c.subject.end > c.cue.first || !LISTENER_VERBS.has(tokens[c.cue.first]!.normal)) return c;
  let aux = c.cue.first - 1;
  // (Past an adverb: "was repeatedly told".)
  if (tokens[aux]?.pos === 'ADV') aux--;
  if (aux < c.subject.end || !PASSIVE_BE.has(tokens[aux]!.normal) || tokens[c.cue.end]?.normal === 'by') return c;
  // ("According to the playbook, its sellers were told, “…”": the outer source is the only one named.)
  return { ...c, subject: c.via ?? null, via: null };
}
