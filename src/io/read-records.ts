import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { TextDecoder } from 'node:util';
import type { ArticleRecord } from '../index.js';
import { describeFsError } from './inputs.js';
export { isRecordFile } from './inputs.js';
import { DEFAULT_MAX_BYTES, isFolder } from './read-article.js';
import { decodeByMark, decoderFor, markInFirstChunk, textLines } from './text-lines.js';

/** A line of an .ndjson file of `precis --json` records: a record, or why it is not one. */
export type RecordLine =
  { readonly kind: 'record'; readonly record: ArticleRecord } | { readonly kind: 'problem'; readonly source: string; readonly message: string };

/**
 * Reads the article records of an earlier `precis --json` run (`--shard` on many machines, then
 * one digest), streaming line by line. Error records (`{"source", "error"}`) were reported by
 * that run and are passed over; a line that is not a record is a problem, and the rest go on.
 */
export async function* readRecords(file: string, shown: string): AsyncGenerator<RecordLine> {
  const stream = createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  try {
    await opened;
  } catch (error) {
    yield unreadable(shown, error);
    return;
  }
  // (A folder opens like a file and fails at the first read, EISDIR: a problem, not a crash.)
  yield* readRecordStream(stream, shown);
}

/** The same, from a stream (records piped into `precis digest`). */
export async function* readRecordStream(stream: NodeJS.ReadableStream, shown: string): AsyncGenerator<RecordLine> {
  try {
    yield* recordLines(textLines(stream), shown);
  } catch (error) {
    yield unreadable(shown, error);
  }
}

/**
 * Whether a stream holds records (its first line other than blank ones is a JSON object: an article
 * may open with `{`, as in "{Editor's note} …", but not with a whole JSON object), and the stream to
 * read instead of it, the part looked at put back.
 */
export async function peekRecords(stream: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): Promise<{ records: boolean; stream: NodeJS.ReadableStream }> {
  // A folder redirected to it reads as nothing: reading it as an article says what it is.
  if (isFolder(stream)) return { records: false, stream };
  const chunks = markInFirstChunk(stream);
  const seen: Buffer[] = [];
  let start = '';
  let size = 0;
  // (Chosen by the first chunk's byte order mark, and kept: a later chunk has none of its own.)
  let decoder: TextDecoder | undefined;
  try {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = next.value;
      seen.push(chunk);
      size += chunk.length;
      // Anything but an object's opening ('{' and a key's quote) first is an article; a record is read
      // to its line's end (a long one spans chunks), up to what a record of the largest article allowed
      // may hold: past that it is read as an article, which is refused as too large instead of all of an
      // endless line being held.
      if (start !== '') {
        // (Told in the text, not the bytes: in UTF-16 a byte 0x0a may be half of another character, or half a newline.)
        if (decoder!.decode(chunk, { stream: true }).includes('\n')) break;
        if (size > maxBytes * RECORD_TO_ARTICLE) {
          // (No line's end in reach: no record, and nothing to join and parse to learn so.)
          start = '';
          break;
        }
        continue;
      }
      // (Decoded as its byte order mark says: records saved as UTF-16 are read so when named, too.)
      decoder ??= decoderFor(chunk);
      start = decoder.decode(chunk, { stream: true }).replace(/^[\s\ufeff]+/, '');
      if (start !== '' && (!/^\{\s*(?:"|\}|$)/.test(start) || start.includes('\n'))) break;
    }
  } catch {
    // Unreadable: reading it as an article says why.
    return { records: false, stream };
  }
  async function* again(): AsyncGenerator<Buffer> {
    yield* seen;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  return { records: start.startsWith('{') && isJsonObject(firstLine(Buffer.concat(seen))), stream: Readable.from(again(), { objectMode: false }) };
}

/** How many times its article's size a record's line may be: the text, and its sentences, quotes and entities as spans (about 5 measured on a bbc-dev article). */
const RECORD_TO_ARTICLE = 16;

/** The first line that is not blank (white space and a byte order mark skipped). */
const firstLine = (bytes: Buffer): string =>
  decodeByMark(bytes)
    .replace(/^[\s\ufeff]+/, '')
    .split('\n', 1)[0]!;

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

const unreadable = (shown: string, error: unknown): RecordLine => ({
  kind: 'problem',
  source: shown,
  message: `cannot read ${shown}: ${describeFsError(error)}`,
});

async function* recordLines(lines: AsyncIterable<string>, shown: string): AsyncGenerator<RecordLine> {
  let n = 0;
  let blank = true;
  // (A byte order mark, which editors and Windows shells write, was dropped with the decoding.)
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    blank = false;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { kind: 'problem', source: `${shown}:${n}`, message: `${shown}:${n}: not JSON` };
      continue;
    }
    if (isRecord(value)) yield { kind: 'record', record: value };
    else if (!(typeof value === 'object' && value !== null && 'error' in value))
      yield { kind: 'problem', source: `${shown}:${n}`, message: `${shown}:${n}: not a precis --json article record` };
  }
  // As an empty article file is: a file the user named or kept that says nothing is a mistake to show.
  if (blank) yield { kind: 'problem', source: shown, message: `cannot read ${shown}: empty file` };
}

function isRecord(v: unknown): v is ArticleRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.source === 'string' &&
    typeof r.text === 'string' &&
    typeof r.title === 'string' &&
    Array.isArray(r.summary) &&
    Array.isArray(r.quotes) &&
    Array.isArray(r.entities)
  );
}
