/**
 * Oil benchmarks, named in every day's market reports: "Brent crude futures rose ..., while U.S.
 * West Texas Intermediate (WTI) crude gained ...". The tagger read "U.S. West Texas Intermediate"
 * as one organisation, "WTI" as another and "Brent" as a place (the town). CoNLL-2003 tags a grade
 * of crude MISC ("Urals" in train; WTI is not in it), a country before it LOC, and "Brent" an
 * organisation (3 times, MISC once, never a place: "Brent crude" is ORG there); the Brent field
 * itself, in the North Sea, is a place.
 */
import type { TokenSpan } from './labels.js';

const GRADE = ['West', 'Texas', 'Intermediate'];
/** Words after "Brent" that say it is the benchmark, not the town (capitalised in a title-case headline). */
const MARKET_WORD = /^(?:crude|oil|futures|prices?|contracts?|benchmark)$/i;
/**
 * Words after "Brent" (or "Brent oil") that say it is the North Sea field the grade is named
 * after, a place as CoNLL types fields ("the Heidrun oilfield", "Heidrun oil output": LOC).
 */
const FIELD_WORD = /^(?:fields?|oilfields?|platforms?|pipeline|system)$/i;

/** Whether the field's words follow word `i`: "Brent field", "Brent oil field". */
const beforeField = (words: readonly string[], i: number): boolean =>
  FIELD_WORD.test(words[i] ?? '') || (/^oil$/i.test(words[i] ?? '') && FIELD_WORD.test(words[i + 1] ?? ''));

/** Whether the span's last words are "West Texas Intermediate". */
function endsInGrade(s: TokenSpan, words: readonly string[]): boolean {
  if (s.end - s.start < GRADE.length) return false;
  for (let i = 0; i < GRADE.length; i++) if (words[s.end - GRADE.length + i] !== GRADE[i]) return false;
  return true;
}

/** Spans with the oil benchmarks read as CoNLL reads them (see above). */
export function withOilBenchmarks(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    let fixed: TokenSpan | null = null;
    if (s.type !== 'MISC' && endsInGrade(s, words)) {
      const grade = s.end - GRADE.length;
      fixed = { type: 'MISC', start: grade, end: s.end };
      // A country written before the grade ("U.S.") is a place.
      if (grade > s.start) (out ??= spans.slice(0, k)).push({ type: 'LOC', start: s.start, end: grade });
    } else if (s.type !== 'MISC' && s.end - s.start === 1 && words[s.start] === 'WTI') fixed = { ...s, type: 'MISC' };
    else if (s.end - s.start === 1 && words[s.start] === 'Brent' && s.type !== 'LOC' && beforeField(words, s.end)) fixed = { ...s, type: 'LOC' };
    else if (s.type === 'LOC' && s.end - s.start === 1 && words[s.start] === 'Brent' && MARKET_WORD.test(words[s.end] ?? '') && !beforeField(words, s.end))
      fixed = { ...s, type: 'ORG' };
    if (fixed === null) out?.push(s);
    else (out ??= spans.slice(0, k)).push(fixed);
  }
  return out ?? spans;
}
