import type { Token } from '../types.js';
import type { Candidate } from './candidate.js';
import { PASSIVE_BE } from './clause-words.js';
import { authorAfter } from './document-authors.js';

/**
 * "The council was told that the levy would rise", "Airlines have been warned they could lose their
 * slots": the subject of a passive verb of telling is the one told, the listener, never the speaker
 * (Quirk et al. 1985, the indirect object promoted to subject). The quote goes to a named agent
 * ("was told by Tom Lee that …"), else to an outer source that reports it, else to no one ("was
 * told by the mayor" names no one a quote can go to; the one told is never kept).
 */
const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'informed', 'warned', 'advised', 'assured', 'reassured', 'reminded']);

export function withoutListener(tokens: readonly Token[], c: Candidate): Candidate {
  if (!c.cue || !c.subject || c.subject.end > c.cue.first || !LISTENER_VERBS.has(tokens[c.cue.first]!.normal)) return c;
  let aux = c.cue.first - 1;
  // (Past adverbs: "was repeatedly told", "was also repeatedly told".)
  while (aux > c.subject.end && tokens[aux]!.pos === 'ADV') aux--;
  if (aux < c.subject.end || !PASSIVE_BE.has(tokens[aux]!.normal)) return c;
  // "was told by Tom Lee that …": a named agent is the speaker; "by the mayor", "by letter" name none.
  const agent = tokens[c.cue.end]?.normal === 'by' ? authorAfter(tokens, c.cue.end) : null;
  // ("According to the playbook, its sellers were told, “…”": the outer source is the only one named.)
  return { ...c, subject: agent ?? c.via ?? null, via: null };
}
