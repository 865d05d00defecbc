import type { Span, TextSpan } from '../types.js';
import type { NameIndex } from './full-names.js';
import type { Gender, NameRun } from './name-runs.js';

/** How far back a pronoun looks for its person (runs), keeping the cost linear. */
export const LOOKBACK = 200;

/** A speaker that is a group or body, with where it spoke, for "they"/"it". */
export interface Body {
  readonly name: string;
  readonly at: number;
  readonly mentions: TextSpan[];
}

/** What a pronoun refers to: a full name with its mentions, or nothing the article gives. */
export interface Antecedent {
  readonly name: string;
  readonly mentions: TextSpan[];
}

/**
 * The person or body a subject pronoun refers back to: "he"/"she" to the nearest earlier fitting
 * person, gender-aware (Hobbs-style recency, as in the SFU Gender Gap Tracker's coreference
 * fallback); "they"/"it"/"we" to the latest group or body that spoke; "I" to the writer, whom the
 * article does not name. `excluded` is the quote itself, `bodyStart` where the headline ends.
 */
export function antecedentOf(names: NameIndex, bodies: readonly Body[], pronoun: string, span: TextSpan, excluded: Span, bodyStart: number): Antecedent | null {
  if (pronoun === 'he' || pronoun === 'she') {
    const want: Gender = pronoun === 'he' ? 'male' : 'female';
    const last = names.lastRunBefore(span.start);
    for (let r = last; r >= 0 && r > last - LOOKBACK; r--) {
      const run = names.runs[r]!;
      if (!canBeAntecedent(run, excluded, bodyStart)) continue;
      const full = names.fullOfRun(r);
      if (!names.isPerson(full)) continue;
      const g = names.genders.get(full);
      if (g && g !== want) continue;
      if (!g) names.genders.set(full, want);
      return { name: full, mentions: [span, ...names.mentionsOf(full, null)] };
    }
    // No known person: the nearest two- or three-word name that is no place or organisation.
    for (let r = last; r >= 0 && r > last - LOOKBACK; r--) {
      const run = names.runs[r]!;
      if (!canBeAntecedent(run, excluded, bodyStart)) continue;
      const full = names.fullOfRun(r);
      const n = full.split(' ').length;
      const g = names.genders.get(full);
      if (n < 2 || n > 3 || (g && g !== want) || names.notPersonNames.has(full)) continue;
      names.genders.set(full, want);
      return { name: full, mentions: [span, ...names.mentionsOf(full, null)] };
    }
    return null;
  }
  if (pronoun === 'i') return null;
  for (let b = bodies.length - 1; b >= 0; b--) {
    const body = bodies[b]!;
    if (body.at < span.start) return { name: body.name, mentions: [span, ...body.mentions] };
  }
  return null;
}

/** A run a pronoun may refer back to: in the body, and not inside the quote itself. */
function canBeAntecedent(run: NameRun, excluded: Span, bodyStart: number): boolean {
  return run.start >= bodyStart && !(run.start >= excluded.start && run.end <= excluded.end);
}
