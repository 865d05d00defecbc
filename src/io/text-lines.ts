import { TextDecoder } from 'node:util';
import { BinaryInputError } from './decode.js';

/** A stream's chunk as bytes (a stream with an encoding set hands out strings). */
const asBuffer = (chunk: unknown): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));

/** The encoding a text's first bytes name by their byte order mark: UTF-16 (either order), else UTF-8. */
const encodingOf = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' =>
  bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';

/**
 * A stream's chunks, the first holding two bytes at least: a pipe may hand out a byte order mark
 * alone, or half of one, and the first chunk is what the encoding is told from.
 */
export async function* markInFirstChunk(stream: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of stream) {
    if (head === undefined) {
      yield asBuffer(chunk);
      continue;
    }
    head = Buffer.concat([head, asBuffer(chunk)]);
    if (head.length < 2) continue;
    yield head;
    head = undefined;
  }
  if (head !== undefined && head.length > 0) yield head;
}

/** A decoder for a text whose first bytes are these: as its byte order mark says, the mark dropped. */
export const decoderFor = (bytes: Uint8Array): TextDecoder => new TextDecoder(encodingOf(bytes));

/** Text decoded as its byte order mark says, the mark dropped (not decode.ts's decodeText: no Windows-1252 fallback, no binary check). */
export const decodeByMark = (bytes: Uint8Array): string => decoderFor(bytes).decode(bytes);

/**
 * The lines of a stream of text, decoded as its byte order mark says (UTF-8 without one; UTF-16,
 * which Windows tools write, with one), the mark itself dropped. A first chunk holding a NUL byte
 * without a UTF-16 mark is no text (BinaryInputError): one message, not one per line of noise.
 */
export async function* textLines(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let pending: string[] = [];
  for await (const bytes of markInFirstChunk(stream)) {
    if (decoder === undefined) {
      const label = encodingOf(bytes);
      if (label === 'utf-8' && bytes.includes(0)) throw new BinaryInputError();
      decoder = decoderFor(bytes);
    }
    const text = decoder.decode(bytes, { stream: true });
    // (A long record spans many chunks: they are joined once its line ends, not at every chunk.)
    if (!text.includes('\n')) {
      pending.push(text);
      continue;
    }
    const lines = (pending.join('') + text).split('\n');
    pending = [lines.pop()!];
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  const last = pending.join('') + (decoder?.decode() ?? '');
  if (last !== '') yield last.endsWith('\r') ? last.slice(0, -1) : last;
}
