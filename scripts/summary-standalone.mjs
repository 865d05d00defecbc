#!/usr/bin/env node
/**
 * Counts summary sentences that do not stand on their own, over a folder of articles, so a
 * round of summary work can be measured before and after the same way (issue 13). Rules of its
 * own over the `--json` records (the summary sentences and the cleaned text), kept apart from
 * the summarizer's code so the count does not just echo the fix:
 * - boilerplate: the sentence holds page furniture ("Scroll down for video", "Click here to …",
 *   "READ MORE: …", "Sorry we are not currently accepting comments …");
 * - caption after a marker: the sentence opens with the words that follow such a marker in the
 *   raw file (a Daily Mail picture caption; flattened, it has no full stop);
 * - caption label: a "Label: Text" picture caption inside the sentence, after a word with no
 *   punctuation ("… with his daughter Signed: The letter …");
 * - quote continuation: the sentence opens with a closing quotation mark and a lower-case word
 *   ("' she said"), or starts inside a quotation opened earlier in its paragraph without
 *   re-opening it (the second sentence of someone's words, read with no marks and no speaker);
 *   one where the quotation closes before words naming the speaker ("…,' Ms Ode said.") is
 *   counted apart (quoteContinuationAttributed), as it says who speaks.
 * Rough by design (a plural possessive can close a quotation early; in text tokenised with spaces
 * around every mark only a closing mark that opens the sentence counts): read the hits with --list.
 *   node scripts/summary-standalone.mjs CORPUS [--list] [-- precis options such as --sentences 3]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const own = dash < 0 ? args : args.slice(0, dash);
const extra = dash < 0 ? [] : args.slice(dash + 1);
const corpus = own.find((a) => !a.startsWith('--'));
if (!corpus) {
  process.stderr.write('usage: node scripts/summary-standalone.mjs CORPUS [--list] [-- precis options]\n');
  process.exit(2);
}
const list = own.includes('--list');
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'precis.js');
const output = execFileSync(process.execPath, [bin, '--json', ...extra, corpus], { maxBuffer: 1 << 30, encoding: 'utf8' });

const MARKER = /\b(?:scroll down for (?:video|more)|click here (?:to|for)\b|read more:|sorry we are not currently accepting comments)/i;
const MARKER_AT = /(?:scroll down for (?:video|more)|sorry we are not currently accepting comments on this article)\s+/gi;
/** A word with no punctuation after it, then a label (up to four words, the first capitalised), a colon and a capital. */
const LABEL = /[\p{L}\p{N})] (\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}): ["'‘“]?(\p{Lu}[^.,;:!?—–-]*)/gu;
/** A label after these, or holding a cue, introduces a quote: "said Lord Byng: 'We …", "Mr Brown told BBC News: …". */
const CUE = /\b(?:said|says|told|tells|added|adds|wrote|writes|explained|insisted|warned|asked|replied|responded|tweeted|posted|reads?)\b/i;
const NOT_CAPTION_BEFORE = /\b(?:the|a|an|of|to|by|from|with|and|for|on|in|at|new)$/i;

/** "… with his daughter Signed: The letter …", not a title ("the new Avengers: Age of Ultron", "Exorcist: The Beginning,"). */
function captionLabel(sentence) {
  return [...sentence.matchAll(LABEL)].some((found) => {
    const before = sentence.slice(0, found.index + 1);
    if (NOT_CAPTION_BEFORE.test(before) || CUE.test(found[1]) || CUE.test(before.split(/\s+/).pop())) return false;
    // A caption goes on in lower case within a few words; a title runs on in capitals to a comma.
    return found[2]
      .split(/\s+/)
      .slice(1, 4)
      .some((w) => /^\p{Ll}{3,}/u.test(w));
  });
}

/** Each furniture marker in the raw file: the text before it and the text after it (captions, flattened). */
function markers(raw) {
  return [...raw.matchAll(MARKER_AT)].map((m) => ({
    before: raw.slice(Math.max(0, m.index - 30), m.index).trimEnd(),
    marker: m[0].trim(),
    after: raw.slice(m.index + m[0].length, m.index + m[0].length + 200),
  }));
}

/**
 * The sentence is what follows a marker, at that place (a caption often repeats the story's
 * first sentence nearly word for word): the cleaned text before it ends with the marker, or
 * with what came before the marker if the cleaner dropped it.
 */
function opensAfterMarker(record, sentence, found) {
  const head = sentence.text.replace(/[.!?…]["”’']?\s*$/u, '').slice(0, 100);
  const before = record.text.slice(0, sentence.start).trimEnd();
  return head.length >= 20 && found.some((m) => m.after.startsWith(head) && (before.endsWith(m.marker) || before.endsWith(m.before)));
}

const MARKS = /["“”‘’']/gu;
const isLetter = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c) => c === undefined || /\s/u.test(c);

/**
 * What a quotation mark at `i` does: 'open', 'close', 'toggle' or null (an apostrophe, or no telling).
 * A mark between two letters, or before a clitic in tokenised text ("Iraq 's", "show ’ s"), is an
 * apostrophe, as is one after a number ("65 ’") or, tokenised, after a plural before a
 * lower-case word ("owners ’ property"); an opening mark follows space or a bracket and precedes a non-space, a closing one
 * the reverse; a mark with space on both sides (tokenised text) closes after , . ! ? and opens
 * after : or a dash, and otherwise toggles ('toggle').
 */
function markRole(text, i) {
  const c = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  if (isLetter(before) && isLetter(after)) return null;
  if (c !== '"' && /^[’'] ?(?:s|re|ve|ll|d|m|t)(?![\p{L}])/u.test(text.slice(i, i + 5))) return null;
  if (c !== '"' && c !== '“' && c !== '”' && /\d/u.test(after ?? '')) return null; // '90s
  if (/\d\s?$/u.test(text.slice(i - 2, i))) return null; // minutes, feet: "65 ’"
  if (isSpace(before) && isSpace(after)) {
    if (c !== '"' && /s\s$/u.test(text.slice(i - 2, i)) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return null; // "owners ’ property"
    const previous = text.slice(0, i).trimEnd().slice(-1);
    return /[,.!?…]/u.test(previous) ? 'close' : previous === '' || /[:(—–-]/u.test(previous) ? 'open' : 'toggle';
  }
  if ((isSpace(before) || /[([—–-]/u.test(before)) && !isSpace(after)) return c === '”' || c === '’' ? null : 'open';
  if (!isSpace(before) && (isSpace(after) || /[.,;:!?)\]—–-]/u.test(after))) return c === '“' || c === '‘' ? null : 'close';
  return null;
}

/**
 * Whether a sentence starting at `start` (with no mark of its own) sits inside a quotation: the
 * nearest telling mark before it in its block opens one, and the nearest after it closes it or
 * re-opens it for a new paragraph of the same speech (". ‘But …").
 */
function insideQuotation(text, blockStart, start, blockEnd) {
  let back = null;
  for (const m of text.slice(blockStart, start).matchAll(MARKS)) {
    const role = markRole(text, blockStart + m.index);
    back = role === 'toggle' ? (back === 'open' ? 'close' : 'open') : (role ?? back);
  }
  if (back !== 'open') return false;
  for (const m of text.slice(start, blockEnd).matchAll(MARKS)) {
    const role = markRole(text, start + m.index);
    if (role === 'close' || role === 'toggle') return true;
    if (role === 'open') return /[.!?…]\s*$/u.test(text.slice(Math.max(0, start + m.index - 3), start + m.index));
  }
  return false;
}

/** Text split into tokens with spaces ("Iraq 's Parliament , told CNN ."): its marks cannot be told apart. */
const isTokenised = (text) => (text.match(/\s[,.]\s/g) ?? []).length >= 3;

/** 'orphan', 'attributed' (the quotation closes inside the sentence and words follow: "…,' Ms Ode said."), or null. */
function quoteContinuation(record, sentence) {
  if (/^\s*["”’']\s+\p{Ll}/u.test(sentence.text)) return 'orphan';
  if (isTokenised(record.text)) return null;
  if (/^\s*["“‘'`]/u.test(sentence.text)) return null; // opens (or re-opens) a quotation: its marks show
  const block = record.blocks.find((b) => b.start <= sentence.start && sentence.start < b.end);
  if (block === undefined || !insideQuotation(record.text, block.start, sentence.start, block.end)) return null;
  for (const m of sentence.text.matchAll(MARKS)) {
    const role = markRole(record.text, sentence.start + m.index);
    if (role === 'close' || role === 'toggle') return /[\p{L}\p{N}]/u.test(sentence.text.slice(m.index + 1)) ? 'attributed' : 'orphan';
  }
  return 'orphan';
}

const counts = { sentences: 0, boilerplate: 0, captionAfterMarker: 0, captionLabel: 0, quoteContinuation: 0, any: 0, quoteContinuationAttributed: 0 };
const hits = [];
for (const line of output.split('\n')) {
  if (!line.trim()) continue;
  const record = JSON.parse(line);
  if (!record.summary || record.source.endsWith('.highlights.txt')) continue; // cnndm-dev keeps its references beside the stories
  const raw = readFileSync(record.source, 'utf8');
  const found = markers(raw);
  for (const sentence of record.summary) {
    counts.sentences++;
    const kinds = [];
    if (MARKER.test(sentence.text)) kinds.push('boilerplate');
    if (opensAfterMarker(record, sentence, found)) kinds.push('captionAfterMarker');
    if (captionLabel(sentence.text)) kinds.push('captionLabel');
    const quote = quoteContinuation(record, sentence);
    if (quote === 'orphan') kinds.push('quoteContinuation');
    for (const k of kinds) counts[k]++;
    if (quote === 'attributed') counts.quoteContinuationAttributed++; // named speaker: listed apart, not in "any"
    if (kinds.length > 0) {
      counts.any++;
      hits.push(`${kinds.join(',')}\t${record.source.split('/').slice(-2).join('/')}\t${sentence.text.slice(0, 220)}`);
    }
  }
}
process.stdout.write(JSON.stringify(counts) + '\n');
if (list) process.stdout.write(hits.join('\n') + '\n');
