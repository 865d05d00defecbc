import type { Sentence, Span, TextSpan, Token } from '../types.js';
import type { NameIndex } from './full-names.js';
import type { NameRun } from './name-runs.js';
import type { Antecedent, Body } from './pronouns.js';

/** What may stand before a plural name that is its sentence's subject: nothing, or an article and a conjunction. */
const SUBJECT_LEAD = /^(?:(?:but|and|yet|so)\s+)?(?:the\s+)?$/i;

/**
 * "The Greens have promised a cut for sailors, who they say …": a plural name that is the subject
 * of this sentence or the one before (it opens the sentence and a lower-case word, its verb, follows)
 * is the center "they" goes on with, when it stands after the latest group that spoke, which
 * "they" would otherwise take. Null otherwise. `doc` is the article's text, tokens and sentences.
 */
export function pluralSubjectBefore(
  names: NameIndex,
  doc: { readonly text: string; readonly tokens: readonly Token[]; readonly sentences: readonly Sentence[] },
  span: TextSpan,
  sentence: number,
  bodies: readonly Body[],
  excluded: Span,
  quoted: (run: NameRun) => boolean,
): Antecedent | null {
  const { text, tokens, sentences } = doc;
  const sentenceStart = (n: number): number => tokens[sentences[n]!.firstToken]!.start;
  const latest = bodies.findLast((b) => b.at < span.start)?.at ?? -1;
  for (let r = names.lastRunBefore(span.start); r >= 0; r--) {
    const run = names.runs[r]!;
    if (run.sentence < sentence - 1 || run.start <= latest) return null;
    if (quoted(run) || (run.start >= excluded.start && run.end <= excluded.end)) continue;
    const lead = text.slice(sentenceStart(run.sentence), run.start);
    if (!/[^s]s$/.test(run.words[run.words.length - 1]!) || !SUBJECT_LEAD.test(lead)) continue;
    if (!/^ [a-z]/.test(text.slice(run.end, run.end + 2))) continue;
    const full = names.fullOfRun(r);
    if (!isGroup(names, full, /the\s+$/i.test(lead))) continue;
    return { name: full, mentions: [span, ...names.mentionsOf(full, null)] };
  }
  return null;
}

/**
 * A plural name that can be "they": a body the entity search found ("the Greens", "the Pells"), or
 * a plural noun that is capitalised only as its sentence's first word ("Experts", "Senate
 * Democrats"). Not a place, a person, or a name behind "the" the search left untyped: "The
 * Netherlands", "The Olympics", "The Highlands" end in an s but are one place or event.
 */
function isGroup(names: NameIndex, full: string, definite: boolean): boolean {
  if (names.isOrganization(full)) return true;
  return !definite && !names.isPerson(full) && !names.isPlace(full);
}
