/**
 * Scores quote extraction against PolNeAR (Newell, Margolin and Ruths, LREC 2018): attribution
 * relations in 2016 US politics news. Pure: the CLI reads the files and hands over the data.
 *
 * Definitions (also in docs/quotes.md):
 * - A predicted quote matches an annotated attribution when their content spans each cover at
 *   least half of the other (character overlap ≥ 50% of the predicted length and ≥ 50% of the
 *   annotated length; the parts of a split quote count together).
 * - Precision: predicted quotes that match any attribution / all predicted quotes.
 * - Recall: attributions matched one-to-one (greedy by overlap) / attributions, over all of
 *   them, over those whose cue holds a speech verb, and over those whose content holds a
 *   quotation mark ("direct").
 * - Speaker accuracy, over matched pairs whose annotated source is a name or description (not
 *   a bare pronoun, not missing): the predicted speaker name shares a word with the head of the
 *   annotated source (the last word of each comma-separated phrase, before any "of"/"for"/"who"),
 *   compared lower-cased with a plural "s" and a possessive stripped; or, when the source is a
 *   description naming nobody ("the president"), the quote's subject is that same phrase in the
 *   text (precis then resolves it to a name, which PolNeAR cannot check).
 * Offsets: predicted spans index precis's cleaned text; they are mapped back to the raw file
 * (which PolNeAR's offsets index) by aligning the two texts character by character, skipping
 * white space and the lines cleaning dropped.
 */
import type { Quote, Span } from '../types.js';
import { spanToRaw } from './polnear-align.js';
import { isSpeechCue } from './polnear-cues.js';
import { errorOf, pushFalseQuotes, type PolnearError } from './polnear-errors.js';
import type { PolnearDocument } from './polnear-format.js';
import { matchDocument, type PolnearMatching } from './polnear-match.js';
import { isBarePronoun, outerSourceRight, speakerRight } from './polnear-speakers.js';

/** Counts for one document or a whole corpus; figures are derived from them. */
export interface PolnearCounts {
  documents: number;
  predicted: number;
  predictedMatching: number;
  gold: number;
  goldMatched: number;
  speech: number;
  speechMatched: number;
  direct: number;
  directMatched: number;
  speechDirect: number;
  speechDirectMatched: number;
  speakerJudged: number;
  speakerRight: number;
}

export interface PolnearFigures {
  readonly precision: number;
  /**
   * Recall over all attributions; over those with a speech-verb cue; over those whose content
   * holds a quotation mark, whatever the cue ("direct"); and over speech-verb attributions whose
   * content holds a quotation mark ("speechDirect", the quotes a reader's list must not miss).
   */
  readonly recall: { readonly all: number; readonly speech: number; readonly direct: number; readonly speechDirect: number };
  readonly speakerAccuracy: number;
}

/** The bar issue 5 sets; CI fails below it. */
export const POLNEAR_FLOORS: PolnearFigures = {
  precision: 0.85,
  recall: { all: 0, speech: 0.8, direct: 0, speechDirect: 0.9 },
  speakerAccuracy: 0.9,
};

/**
 * Scores one document; predicted quotes index `cleaned`, the cleaned form of `doc.text`. When
 * `errors` is given, the false quotes and wrong speakers are appended to it. `matching` may be
 * passed in when the caller needs it too (the misses listing).
 */
export function scoreDocument(
  doc: PolnearDocument,
  quotes: readonly Quote[],
  cleaned: string,
  errors?: PolnearError[],
  matching: PolnearMatching = matchDocument(doc, quotes, cleaned),
): PolnearCounts {
  const { map, predicted, matchesAny, goldMatch } = matching;
  const gold = doc.attributions;
  const counts = emptyCounts();
  counts.documents = 1;
  counts.predicted = predicted.length;
  counts.predictedMatching = matchesAny.reduce((n, m) => n + m, 0);
  gold.forEach((a, g) => {
    const matched = goldMatch[g]! >= 0;
    counts.gold++;
    if (matched) counts.goldMatched++;
    const speech = isSpeechCue(a.cue);
    if (speech) {
      counts.speech++;
      if (matched) counts.speechMatched++;
    }
    if (a.hasQuoteMark) {
      counts.direct++;
      if (matched) counts.directMatched++;
      if (speech) {
        counts.speechDirect++;
        if (matched) counts.speechDirectMatched++;
      }
    }
    const named = a.sources.filter((s) => s.text.trim() && !isBarePronoun(s.text));
    if (matched && named.length > 0) {
      counts.speakerJudged++;
      const quote = quotes[goldMatch[g]!]!;
      const toRaw = (span: Span): Span => spanToRaw(span, cleaned, map);
      if (speakerRight(quote.speaker, named, toRaw) || outerSourceRight(quote, named, a.contents, toRaw)) counts.speakerRight++;
      else errors?.push(errorOf('speaker', doc, quote, named.map((s) => s.text).join(' | '), [...named, ...a.contents]));
    }
  });
  if (errors) pushFalseQuotes(errors, doc, quotes, cleaned, matching);
  return counts;
}

export function emptyCounts(): PolnearCounts {
  return {
    documents: 0,
    predicted: 0,
    predictedMatching: 0,
    gold: 0,
    goldMatched: 0,
    speech: 0,
    speechMatched: 0,
    direct: 0,
    directMatched: 0,
    speechDirect: 0,
    speechDirectMatched: 0,
    speakerJudged: 0,
    speakerRight: 0,
  };
}

export function addCounts(a: PolnearCounts, b: PolnearCounts): PolnearCounts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof PolnearCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

export function figuresOf(c: PolnearCounts): PolnearFigures {
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    precision: ratio(c.predictedMatching, c.predicted),
    recall: {
      all: ratio(c.goldMatched, c.gold),
      speech: ratio(c.speechMatched, c.speech),
      direct: ratio(c.directMatched, c.direct),
      speechDirect: ratio(c.speechDirectMatched, c.speechDirect),
    },
    speakerAccuracy: ratio(c.speakerRight, c.speakerJudged),
  };
}

/** The figures below the floors, by name; empty when the bar is met. */
export function belowFloors(f: PolnearFigures, floors: PolnearFigures = POLNEAR_FLOORS): string[] {
  const low: string[] = [];
  if (f.precision < floors.precision) low.push('precision');
  if (f.recall.all < floors.recall.all) low.push('recall (all)');
  if (f.recall.speech < floors.recall.speech) low.push('recall (speech)');
  if (f.recall.direct < floors.recall.direct) low.push('recall (direct)');
  if (f.recall.speechDirect < floors.recall.speechDirect) low.push('recall (speech with quotation marks)');
  if (f.speakerAccuracy < floors.speakerAccuracy) low.push('speaker accuracy');
  return low;
}
