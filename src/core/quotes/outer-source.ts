import type { Token } from '../types.js';
import { phraseEndingAt, type Subject } from './noun-phrases.js';
import { sentenceStart, type Candidate } from './candidate.js';
import { subjectAfter } from './forward-phrases.js';
import { isQuoteMark } from './text.js';
import { withPlural } from './speaker-nouns.js';

/**
 * A nested attribution closed by its outer source: `“…,” Roe said, according to CNN.` and `Roe
 * said the levy will rise, according to CNN.` — CNN reports what Roe said. The statement stays
 * Roe's, with CNN as its `via` (as `Xi wrote that …, KCNA said` is Xi's via KCNA); reported
 * content ends before the comma, the outer source being no part of what Roe said.
 */
export function withOuterSource(tokens: readonly Token[], c: Candidate): Candidate {
  if (!c.cue || !c.subject || c.via) return c;
  const sentence = tokens[c.cue.first]!.sentence;
  const from = Math.max(c.cue.end, c.subject.end);
  for (let k = from + 1; k < tokens.length && k < from + REACH && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.normal !== 'according' || tokens[k + 1]?.normal !== 'to' || tokens[k - 1]!.value !== ',') continue;
    // (Inside a quotation the words are the speaker's own: “…, according to the rules.”)
    if (c.kind === 'direct' && c.parts.some((p) => p.start <= tokens[k]!.start && tokens[k]!.end <= p.end)) return c;
    let end = k + 2;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    const source = subjectAfter(tokens, k + 2, end);
    if (!source || source.kind === 'pronoun' || !closesSentence(tokens, source.end, end)) return c;
    const last = c.parts[c.parts.length - 1]!;
    const cut = tokens[k - 2]!.end;
    if (c.kind === 'indirect' && last.end > tokens[k]!.start) {
      if (cut <= last.start) return c;
      return { ...c, parts: [...c.parts.slice(0, -1), { start: last.start, end: cut }], via: source };
    }
    return { ...c, via: source };
  }
  return c;
}

/** Documents that report what a share of people said: the outer source of their answers. */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'survey', 'study'].flatMap(withPlural));

/** Verbs by which a poll reports its answers ("A poll showed that 72 percent said …"). */
const REPORTING_VERBS: ReadonlySet<string> = new Set(['show', 'shows', 'showed', 'shown', 'find', 'finds', 'found', 'suggest', 'suggests', 'suggested']);

/**
 * A poll as the outer source of the answers it reports: `In a June poll by the Gazette, 75 percent
 * of residents said …` and `A Gazette poll found (that) 64 percent of sailors said …` are the
 * residents' and voters' words, `via` the poll, as `according to` closing the sentence would make
 * them (withOuterSource).
 */
export function withPollSource(tokens: readonly Token[], c: Candidate): Candidate {
  if (!c.cue || !c.subject || c.via || c.subject.first < 2) return c;
  const first = c.subject.first;
  const floor = sentenceStart(tokens, first);
  let poll: Subject | null = null;
  // (Past an adverb: "In a … poll, just 28 percent said".)
  const comma = tokens[first - 1]!.pos === 'ADV' ? first - 2 : first - 1;
  if (tokens[comma]!.value === ',') {
    // The opening adjunct: "In a … poll," / "According to a … poll,".
    const opener = tokens[floor]!.normal;
    const from = opener === 'in' ? floor + 1 : opener === 'according' && tokens[floor + 1]?.normal === 'to' ? floor + 2 : -1;
    if (from > 0) poll = subjectAfter(tokens, from, comma);
  } else {
    const verb = tokens[first - 1]!.normal === 'that' ? first - 2 : first - 1;
    // The verb's subject, a poll perhaps before its time or place ("A Gazette poll in June showed").
    let noun = verb - 1;
    while (noun > floor && noun > verb - 5 && !POLL_NOUNS.has(tokens[noun]!.normal) && tokens[noun]!.pos !== 'VERB') noun--;
    if (verb > floor && REPORTING_VERBS.has(tokens[verb]!.normal) && POLL_NOUNS.has(tokens[noun]!.normal)) poll = phraseEndingAt(tokens, noun, floor);
  }
  return poll && POLL_NOUNS.has(poll.head) ? { ...c, via: poll } : c;
}

/** How far after the cue and its speaker the outer source may stand. */
const REACH = 60;

/**
 * Only the source's own modifiers follow it to the sentence's end ("according to a tape handed
 * to The Gazette", "according to notes from the meeting"): no finite verb, no quotation.
 */
function closesSentence(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || isQuoteMark(t.value) || (t.pos === 'VERB' && !/(?:ed|ing)$/.test(t.normal))) return false;
  }
  return true;
}
