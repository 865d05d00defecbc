/**
 * End-to-end scoring of the entity tagger on CoNLL-2003: each document is rendered as the
 * article a user would give precis (one paragraph per sentence, tokens detokenised the way
 * news is written), run through the whole `analyze` path (cleaning, wink-nlp parse, name
 * tagging, grouping, confirmation), and the names it returns are aligned back to the gold
 * tokens. The in-process figure tags CoNLL's own tokens; the gap between the two is what
 * the path users get loses (or gains).
 */
import type { Entity, NameType } from '../types.js';
import type { ConllDocument } from './conll.js';
import type { SpanType, TokenSpan } from '../entities/labels.js';

export interface RenderedConll {
  /** The article text: sentences as paragraphs separated by blank lines. */
  readonly text: string;
  /** Per CoNLL token, where it starts in `text`. */
  readonly starts: readonly number[];
}

// Tokens written against the word before them ("Bank ,", "1.5 %", "Britain 's").
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|')$/;
// Tokens written against the word after them.
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins CoNLL tokens into article text and remembers where each token went. */
export function renderConllArticle(doc: ConllDocument): RenderedConll {
  const starts: number[] = new Array<number>(doc.words.length);
  let text = '';
  for (let s = 0; s < doc.sentenceStarts.length; s++) {
    const from = doc.sentenceStarts[s]!;
    const to = s + 1 < doc.sentenceStarts.length ? doc.sentenceStarts[s + 1]! : doc.words.length;
    if (s > 0) text += '\n\n';
    let glueNext = true;
    let quoteOpen = false;
    for (let i = from; i < to; i++) {
      const w = doc.words[i]!;
      let glue = glueNext || NO_SPACE_BEFORE.test(w);
      glueNext = NO_SPACE_AFTER.test(w);
      // Straight double quotes alternate: an opening one sticks to the next word, a closing
      // one to the word before.
      if (w === '"') {
        if (quoteOpen) glue = true;
        else glueNext = true;
        quoteOpen = !quoteOpen;
      }
      if (!glue) text += ' ';
      starts[i] = text.length;
      text += w;
    }
  }
  return { text, starts };
}

const SPAN_TYPE: Record<NameType, SpanType> = { PERSON: 'PER', ORGANIZATION: 'ORG', PLACE: 'LOC' };

/**
 * The name mentions of `entities` (offsets into `cleaned`, the analysed text) as spans over
 * the document's tokens. Cleaning only drops lines and folds white space, never rewrites a
 * word, so each token is found in order in the cleaned text; tokens of dropped lines are
 * not found and no mention can cover them. A mention covers the tokens it overlaps.
 */
export function alignMentions(doc: ConllDocument, cleaned: string, entities: readonly Entity[]): TokenSpan[] {
  const n = doc.words.length;
  const tokenStart = new Int32Array(n).fill(-1);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const w = doc.words[i]!;
    // Look a little ahead only: a token missing from the cleaned text must not pull the
    // cursor past the tokens that follow it.
    const at = cleaned.indexOf(w, cursor);
    if (at >= 0 && at - cursor <= 2 + 3 * w.length + 200) {
      tokenStart[i] = at;
      cursor = at + w.length;
    }
  }
  // Per character of the cleaned text, the token covering it (-1 for none).
  const tokenAt = new Int32Array(cleaned.length).fill(-1);
  for (let i = 0; i < n; i++) if (tokenStart[i]! >= 0) tokenAt.fill(i, tokenStart[i]!, tokenStart[i]! + doc.words[i]!.length);

  const spans: TokenSpan[] = [];
  for (const e of entities) {
    const type = SPAN_TYPE[e.type as NameType];
    if (type === undefined) continue;
    for (const m of e.mentions) {
      let first = -1;
      let last = -1;
      for (let c = m.start; c < m.end; c++) {
        const t = tokenAt[c]!;
        if (t < 0) continue;
        if (first < 0) first = t;
        last = t;
      }
      // CoNLL splits a sentence's full stop from an abbreviation ("Ill" "."), wink keeps
      // "Ill." whole: the full stop is not part of the name.
      if (last > first && doc.words[last] === '.') last--;
      if (first >= 0) spans.push({ type, start: first, end: last + 1 });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
