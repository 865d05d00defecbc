import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BinaryInputError, decodeText } from './decode.js';
import { describeFsError, type ArticleInput } from './inputs.js';

/** What the analyser needs from an input: its text and how to read it. */
export interface ArticleSource {
  readonly source: string;
  readonly text: string;
  readonly markdown: boolean;
}

/** Read failures carry a one-line message meant for the user. */
export class ReadError extends Error {}

/** Inputs larger than this are refused rather than risk exhausting memory. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export async function readArticle(input: ArticleInput, stdin: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): Promise<ArticleSource> {
  const bytes = input.kind === 'stdin' ? await readStream(stdin, maxBytes) : await readFileChecked(input.path, input.source, maxBytes);
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    if (error instanceof BinaryInputError) throw new ReadError(`cannot read ${input.source}: ${error.message}`);
    throw error;
  }
  if (text.trim() === '') throw new ReadError(`cannot read ${input.source}: empty file`);
  const ext = input.kind === 'file' ? path.extname(input.path).toLowerCase() : '';
  return { source: input.source, text, markdown: ext === '.md' || ext === '.markdown' };
}

async function readFileChecked(file: string, source: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ReadError(`cannot read ${source}: is a folder`);
    if (info.size > maxBytes) throw new ReadError(`cannot read ${source}: too large (${info.size} bytes; the limit is ${maxBytes}, see --max-bytes)`);
    return await readFile(file);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`cannot read ${source}: ${describeFsError(error)}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new ReadError(`cannot read standard input: too large (over ${maxBytes} bytes, see --max-bytes)`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
