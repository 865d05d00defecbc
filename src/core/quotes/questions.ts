import type { Sentence, Span, Token } from '../types.js';
import { cueLemma, trimEdges, type Candidate } from './candidate.js';
import { clauseEnd, lastContentToken } from './clause.js';
import { BE_FORMS, QUESTION_OPENERS, RELATIVES } from './clause-words.js';
import { NOUN_PHRASE_POS, TIME_NOUNS } from './subject-words.js';
import { type Subject } from './noun-phrases.js';
import { subjectAfter } from './forward-phrases.js';
import { isQuoteMark } from './text.js';

/**
 * A question put to someone: "Asked (by X) whether …, Smith said …", "When asked about the plan,
 * …", "Smith was asked (by X) if …". The content is the question; its speaker is the asker when
 * named ("by X"), else the one who asked goes unnamed.
 */
export function askedQuestion(tokens: readonly Token[], s: Sentence, i: number): Candidate | null {
  if (tokens[i]!.normal !== 'asked') return null;
  const opening = i === s.firstToken || (i === s.firstToken + 1 && ASKED_LEADS.has(tokens[s.firstToken]!.normal));
  const passive = BE_FORMS.has(tokens[i - 1]?.normal ?? '') || (tokens[i - 1]?.pos === 'ADV' && BE_FORMS.has(tokens[i - 2]?.normal ?? ''));
  // "…, when asked about the plan, …", "…, asked about the delay in an interview."
  const aside = !opening && !passive && (tokens[i - 1]?.normal === 'when' || tokens[i - 1]?.value === ',');
  if (!opening && !passive && !aside) return null;
  const last = lastContentToken(tokens, s);
  let k = i + 1;
  let asker: Subject | null = null;
  for (let n = 0; n < 4 && k <= last; n++) {
    // "Asked specifically what …", "Asked during a January debate why …"
    if (tokens[k]!.pos === 'ADV' && !QUESTION_OPENERS.has(tokens[k]!.normal)) {
      k++;
      continue;
    }
    // "Asked at a briefing Monday in Dover about …", "Asked in Iowa recently whether …": a chain of
    // such phrases and adverbs before the question or its topic (quotes11 round).
    if (ASKING_PLACES.has(tokens[k]!.normal)) {
      let q = k + 1;
      while (
        q <= last &&
        q < k + 10 &&
        !asksHere(tokens[q]!) &&
        (NOUN_PHRASE_POS.has(tokens[q]!.pos) || tokens[q]!.pos === 'ADV' || ASKING_PLACES.has(tokens[q]!.normal))
      )
        q++;
      if (tokens[q] && asksHere(tokens[q]!)) k = q;
      // "Asked on Friday by reporters whether …": the chain may end at its asker.
      else if (tokens[q]?.normal === 'by') {
        k = q;
        continue;
      }
      break;
    }
    if (tokens[k]!.normal === 'by') {
      asker = subjectAfter(tokens, k + 1, last + 1);
      if (!asker) return null;
      k = asker.end;
      if (tokens[k]?.value === ',' && tokens[k + 1]?.normal === 'who') return null;
    } else if (TIME_NOUNS.has(tokens[k]!.normal)) k++;
    else break;
  }
  const first = tokens[k];
  // "was asked to name …": a request.
  if (!first || !(asksHere(first) || (passive && first.normal === 'to'))) return null;
  let end = k + 1;
  if (opening) {
    end = mainClauseComma(tokens, k + 1, last);
    if (tokens[end]?.value !== ',') return null;
    // "Asked which issue matters most, 32 percent picked the economy": a poll's question, answered by no speech, is no statement.
    if (pollAnswer(tokens, end + 1, last)) return null;
  } else {
    end = clauseEnd(tokens, k, last);
    if (aside) for (let c = k + 1; c < end; c++) if (tokens[c]!.value === ',') end = c;
  }
  // "asked about the plan during the debate", "… in an interview": the topic, not when it was put.
  if (first.normal === 'about') for (let c = k + 2; c < end; c++) if (ASKING_OCCASIONS.has(tokens[c]!.normal) || inAnInterview(tokens, c)) end = c;
  if (end - k < 2) return null;
  // "as he was asked to do (so)": a pro-verb stands for no request.
  if (first.normal === 'to' && tokens[k + 1]?.normal === 'do' && end - k <= 3) return null;
  // ("Asked why the ferry was late —, Roe shrugged": no edge mark.)
  const [from, to] = trimEdges(tokens, k, end);
  const parts: Span[] = [{ start: tokens[from]!.start, end: tokens[to - 1]!.end }];
  return { kind: 'indirect', parts, cue: { first: i, end: i + 1 }, subject: asker, inherits: false };
}

/** The answer after an opening "Asked …," gives a poll's share ("32 percent", "18%") and no speech cue or quotation mark. */
function pollAnswer(tokens: readonly Token[], from: number, last: number): boolean {
  let share = false;
  for (let k = from; k <= last; k++) {
    if (cueLemma(tokens, k) || isQuoteMark(tokens[k]!.value)) return false;
    if (tokens[k]!.normal === 'percent' || tokens[k]!.value === '%') share = true;
  }
  return share;
}

const ASKING_OCCASIONS = new Set(['during', 'after']);
const ASKING_PLACES = new Set(['during', 'in', 'at', 'on']);
const asksHere = (t: Token) => QUESTION_OPENERS.has(t.normal) || t.normal === 'about';
const inAnInterview = (tokens: readonly Token[], c: number) => tokens[c]!.normal === 'in' && tokens[c + 2]?.normal === 'interview';
const ASKED_LEADS = new Set(['when', 'if', 'after', 'once', 'and', 'but', 'as', 'also', 'later']);

/**
 * "Asked whether Roe “has the integrity to serve,” 75 percent said yes": marks inside an opening
 * question clause hold the question's words, which the cue after them did not say (the asker goes
 * unnamed). The token "Asked" opening the sentence, or after "when" ("… when asked about “…”"), when
 * a question word or "about" follows it (not a request, "asked to …", nor the answer's marks, "when
 * asked “…,” she said") and the quote stands in its clause (no comma, colon or other cue between),
 * else -1.
 */
export function askedBefore(tokens: readonly Token[], open: number): number {
  const sentence = tokens[open]!.sentence;
  for (let k = open - 1; k >= 0 && k > open - ASKED_REACH && tokens[k]!.sentence === sentence; k--) {
    // (Not past a comma, a colon or a cue: "Asked if she enjoys it she confesses: “…”".)
    if (tokens[k]!.value === ',' || tokens[k]!.value === ':' || (cueLemma(tokens, k) && tokens[k]!.normal !== 'asked')) return -1;
    const opens = k === 0 || tokens[k - 1]!.sentence !== sentence || tokens[k - 1]!.normal === 'when';
    if (tokens[k]!.normal === 'asked' && opens && asksHere(tokens[k + 1]!)) return k;
  }
  return -1;
}
const ASKED_REACH = 20;

/**
 * The comma that ends an opening "Asked …" clause: the one before the main clause's subject and its
 * verb ("Asked whether Lowe, the likely nominee, who has called the levy a hoax, could win, Roe
 * demurred"; "Asked why the board ignored the rule, in the same bill, that …, Roe said"), past the
 * commas of asides inside the question. With no such comma, the first one.
 */
function mainClauseComma(tokens: readonly Token[], from: number, last: number): number {
  let first = -1;
  let relative = false;
  for (let k = from; k <= last; k++) {
    // ("Asked about the tolls, Holt on Tuesday said the town, she believed, …": past the first comma, a cue
    // outside a relative clause is the main clause's, so that comma ended the question.)
    if (first >= 0 && !relative && cueLemma(tokens, k)) break;
    if (tokens[k]!.value !== ',') continue;
    if (first < 0) first = k;
    const next = tokens[k + 1];
    relative = RELATIVES.has(next?.normal ?? '') || next?.normal === 'whose';
    if (!next || relative) continue;
    const subject = subjectAfter(tokens, k + 1, last + 1);
    let v = subject ? subject.end : -1;
    if (tokens[v]?.pos === 'ADV') v++;
    if (subject && (tokens[v]?.pos === 'VERB' || tokens[v]?.pos === 'AUX') && !tokens[v]!.normal.endsWith('ing')) return k;
  }
  return first < 0 ? last + 1 : first;
}
