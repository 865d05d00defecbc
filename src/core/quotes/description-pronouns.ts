import type { Sentence, Speaker, TextSpan, Token } from '../types.js';
import { type NameIndex } from './full-names.js';
import { type Gender, type NameRun } from './name-runs.js';
import { personSubjectBetween } from './person-subjects.js';

/** The latest speaker that was a description of one person ("a spokesman for Ana Ruiz"), for "he"/"she". */
export interface DescriptionSpeaker {
  readonly speaker: Speaker;
  /** Where the description ends, and where the quote it spoke ends. */
  readonly end: number;
  readonly saidEnd: number;
  /** The sentence it was last the centre of: a "he"/"she" counts its reach from here. */
  readonly sentence: number;
  /** The gender its noun gives ("spokeswoman"), if any. */
  readonly gender: Gender | undefined;
}

/**
 * "A spokesman for Ana Ruiz said: “…” He added: “…”": a "he"/"she" cue just after a quote by a
 * description of one person goes on with that description, the previous utterance's subject
 * (centering theory, Grosz, Joshi and Weinstein 1995), unless a person is named in between
 * (outside quote marks: `quoted`) or the description's gender ("spokeswoman") disagrees. The
 * description speaking again, or null.
 */
export function describedAntecedent(
  names: NameIndex,
  doc: { readonly tokens: readonly Token[]; readonly sentences: readonly Sentence[] },
  d: DescriptionSpeaker,
  pronoun: string,
  span: TextSpan,
  sentence: number,
  reach: number,
  quoted: (run: NameRun) => boolean,
): Speaker | null {
  if ((pronoun !== 'he' && pronoun !== 'she') || d.end > span.start || sentence - d.sentence > reach) return null;
  if (d.gender && d.gender !== (pronoun === 'he' ? 'male' : 'female')) return null;
  if (personSubjectBetween(doc.tokens, doc.sentences, d.sentence, sentence)) return null;
  for (let r = names.lastRunBefore(span.start); r >= 0; r--) {
    const run = names.runs[r]!;
    if (run.start < d.end) break;
    // (A name in the description's own statement is no one new: "a spokesman said it had no word from Mr Pell. He added …".)
    if (run.start >= d.saidEnd && !quoted(run) && names.isPerson(names.fullOfRun(r))) return null;
  }
  return { ...d.speaker, mentions: [span, ...d.speaker.mentions] };
}
