import { withoutListener } from './passive-listeners.js';
import type { Entity, ParsedArticle, Quote, Speaker, Span, TextSpan } from '../types.js';
import { blockIndexAt } from '../nlp/parse.js';
import { tokenAtIn, type Candidate } from './candidate.js';
import { findDirectQuotes } from './direct.js';
import { findQuotedSpans } from './marks.js';
import { headlineStatement, withHeadlineCues } from './headline-cues.js';
import { withReportedClauseVerbs } from './reported-clause-verbs.js';
import { withPresentVerbs } from './present-verbs.js';
import { findPartialQuotes } from './partial.js';
import { findReportedSpeech } from './reported.js';
import { leadInSubject, tailSubject } from './lead-in.js';
import { withOuterSource, withPollSource } from './outer-source.js';
import { threadQuoteScratch, type QuoteScratch } from './scratch.js';
import { continuesReported, withMarks } from './reported-continuation.js';
import { quotedFollowOn } from './quoted-follow-on.js';
import { SpeakerResolver } from './speakers.js';
import { isQuoteMark, isSpaceCode } from './text.js';

export { rankQuotes } from './rank.js';
export { QuoteScratch, threadQuoteScratch } from './scratch.js';

/**
 * Every quote of the article, direct (in marks) and reported (“X said that …”), in reading
 * order, each with its cue and its speaker resolved to the fullest name the article gives.
 * Linear in tokens: one pass pairs the marks, one pass over sentences finds reported speech,
 * and name look-ups reach back a bounded number of names. `scratch` holds the work arrays,
 * by default the thread's one instance (threadQuoteScratch), reused across articles.
 */
export function extractQuotes(article: ParsedArticle, entities: readonly Entity[], scratch: QuoteScratch = threadQuoteScratch): Quote[] {
  const parsed = withReportedClauseVerbs(withPresentVerbs(withHeadlineCues(article)));
  const { tokens } = parsed;
  const text = parsed.article.text;
  const spans = findQuotedSpans(text, parsed.article.blocks);
  const blockStarts = parsed.article.blocks.map((b) => b.start);

  const starts = scratch.starts(tokens);
  const [insideQuote, usedCues, inDirect, taken] = scratch.flags(tokens.length);
  for (const span of spans) mark(tokens, starts, span.parts, insideQuote);
  const direct = findDirectQuotes(parsed, spans, usedCues, starts, blockStarts);
  for (const c of direct) mark(tokens, starts, c.parts, inDirect);
  // A title-case headline's statement is read by its own rule, which the body's rules would misread.
  const headline = headlineStatement(parsed, usedCues);
  const reported = findReportedSpeech(parsed, insideQuote, inDirect, usedCues, starts).filter((c) => !headline || !overlaps(c, headline));
  if (headline) reported.push(headline);
  taken.set(inDirect);
  for (const c of reported) mark(tokens, starts, c.parts, taken);
  const partial = findPartialQuotes(parsed, spans, taken, starts);
  // A quote with no cue but a phrase and a verb after it in its sentence is attributed there.
  const attributed = direct.map((c) => {
    const tail = c.inherits ? tailSubject(parsed, starts, c) : null;
    return tail ? { ...c, subject: tail, inherits: false } : c;
  });
  const joined = joinContinuations(
    text,
    tokens,
    blockStarts,
    dropOverlaps(
      [...attributed, ...reported, ...partial].sort((a, b) => a.parts[0]!.start - b.parts[0]!.start),
      tokens,
    ),
  );
  const candidates = joined.map((c, i) => {
    const followOn = quotedFollowOn(parsed, starts, spans, c, joined[i + 1]);
    const whole = followOn ? { ...c, parts: [...c.parts, ...followOn.parts] } : c;
    return withoutListener(tokens, withPollSource(tokens, withOuterSource(tokens, whole)));
  });

  if (candidates.length === 0) return [];
  // The resolver indexes every name in the article: built only once a candidate has a subject.
  let resolver: SpeakerResolver | null = null;
  const quoted = candidates.filter((c) => c.kind === 'direct').flatMap((c) => c.parts);
  // A quote with no cue takes the subject of the lead-in sentence before it in its paragraph, if any.
  const leadIns = candidates.map((c, i) => (c.inherits ? leadInSubject(parsed, starts, c, i > 0 ? extent(candidates[i - 1]!).end : -1) : null));
  const speakers: (Speaker | null)[] = candidates.map((c, i) => {
    const subject = c.subject ?? leadIns[i];
    return subject ? (resolver ??= new SpeakerResolver(parsed, entities, quoted)).resolve(subject, extent(c)) : null;
  });
  const vias = candidates.map((c) => (c.via ? (resolver ??= new SpeakerResolver(parsed, entities, quoted)).resolve(c.via, extent(c)) : null));
  // A quote paragraph without a cue continues the speaker of the quote before it (same or previous
  // paragraph), or else takes the speaker of the next quote in its paragraph.
  candidates.forEach((c, i) => {
    if (!c.inherits || leadIns[i]) return;
    const block = blockIndexAt(blockStarts, c.parts[0]!.start);
    const prev = candidates[i - 1];
    if (prev && speakers[i - 1] && block - blockIndexAt(blockStarts, prev.parts[0]!.start) <= 1) speakers[i] = speakers[i - 1]!;
    else {
      const next = candidates[i + 1];
      if (next && speakers[i + 1] && blockIndexAt(blockStarts, next.parts[0]!.start) === block) speakers[i] = speakers[i + 1]!;
    }
  });

  return candidates.map((c, i) => toQuote(text, tokens, c, speakers[i] ?? null, vias[i] ?? null));
}

/**
 * A quote paragraph with no cue right after a cued direct quote goes on with it: “A,” she said.
 * ¶ “B.” is one statement in two parts, as PolNeAR annotates it.
 */
function joinContinuations(text: string, tokens: ParsedArticle['tokens'], starts: readonly number[], candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    // (Past a question put to the speaker in the cue's own paragraph: “A,” Roe told CNN when asked which …. ¶ “B.”)
    let at = out.length - 1;
    while (at > 0 && out[at]!.kind === 'indirect' && !out[at]!.subject && sameBlock(starts, out[at]!, out[at - 1]!)) at--;
    const last = out[at];
    if (last && at === out.length - 1 && continuesReported(text, tokens, last, c)) {
      out[at] = { ...last, parts: [...last.parts, ...withMarks(text, c.parts)] };
      continue;
    }
    if (c.inherits && last && last.kind === 'direct' && !last.inherits) {
      const lastBlock = blockIndexAt(starts, last.parts[last.parts.length - 1]!.start);
      const block = blockIndexAt(starts, c.parts[0]!.start);
      if (block === lastBlock + 1 && opensBlock(text, starts[block]!, c.parts[0]!.start)) {
        out[at] = { ...last, parts: [...last.parts, ...c.parts] };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return extent(a).start < extent(b).end && extent(b).start < extent(a).end;
}

/** Whether candidate `a` opens in the paragraph where `b` ends. */
function sameBlock(starts: readonly number[], a: Candidate, b: Candidate): boolean {
  return blockIndexAt(starts, a.parts[0]!.start) === blockIndexAt(starts, b.parts[b.parts.length - 1]!.start);
}

/** Only white space and quotation marks (one `“` or two apostrophes `''`) stand before `at` in its paragraph. */
function opensBlock(text: string, blockStart: number, at: number): boolean {
  for (let i = blockStart; i < at; i++) {
    const c = text[i]!;
    if (!isQuoteMark(c) && !isSpaceCode(c.charCodeAt(0))) return false;
  }
  return true;
}

/** Sets `into[k]` for every token inside the spans. */
function mark(tokens: ParsedArticle['tokens'], starts: Int32Array, spans: readonly Span[], into: Uint8Array): void {
  for (const span of spans) {
    for (let k = tokenAtIn(starts, span.start); k < tokens.length && tokens[k]!.end <= span.end; k++) into[k] = 1;
  }
}

function toQuote(text: string, tokens: ParsedArticle['tokens'], c: Candidate, speaker: Speaker | null, via: Speaker | null): Quote {
  const parts: TextSpan[] = c.parts.map((p) => ({ text: text.slice(p.start, p.end), start: p.start, end: p.end }));
  const cueSpan = c.cue ? { start: tokens[c.cue.first]!.start, end: tokens[c.cue.end - 1]!.end } : null;
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  // `text` is the slice, as for every span precis returns; the quoted words alone are the parts.
  return {
    text: text.slice(start, end),
    start,
    end,
    kind: c.kind,
    cue: cueSpan ? text.slice(cueSpan.start, cueSpan.end) : '',
    cueSpan,
    speaker,
    via,
    parts,
  };
}

/**
 * Keeps the first of two overlapping candidates, unless only the second has a cue of its own.
 * A nested attribution ("Xi wrote that …, KCNA said": KCNA reports what Xi wrote) is listed once,
 * as the inner statement with the outer source as its `via`: one sentence, one quote for a
 * reader (PolNeAR annotates both; the outer one is the one left unmatched).
 */
function dropOverlaps(sorted: readonly Candidate[], tokens: ParsedArticle['tokens']): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && extent(c).start < extent(last).end) {
      const cInside = last.cue && c.cue && inside(tokens, c.cue.first, extent(last));
      const lastInside = last.cue && c.cue && inside(tokens, last.cue.first, extent(c));
      if (cInside || lastInside) {
        const [outer, inner] = cInside ? [last, c] : [c, last];
        // Reported speech inside reported speech collapses, and so does a quotation inside
        // "according to X" (`“…,” Roe said, according to CNN`: the outer adds only its source);
        // a quotation inside other reported speech keeps its own entry (PolNeAR annotates both:
        // collapsing them all cost 18 right quotes on train).
        const accordingTo = tokens[outer.cue!.first]!.normal === 'according';
        if (inner.subject && outer.kind === 'indirect' && (inner.kind === 'indirect' || accordingTo)) kept[kept.length - 1] = { ...inner, via: outer.subject };
        else kept.push(c);
        continue;
      }
      if (last.inherits && !c.inherits) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

function inside(tokens: ParsedArticle['tokens'], token: number, span: Span): boolean {
  return tokens[token]!.start >= span.start && tokens[token]!.end <= span.end;
}

function extent(c: Candidate): Span {
  return { start: c.parts[0]!.start, end: c.parts[c.parts.length - 1]!.end };
}
