import { fstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BinaryInputError, charsetFromContentType, decodeHtml, decodeText, UnknownCharsetError } from './decode.js';
import { DEFAULT_TIMEOUT_MS, fetchPage, FetchError, isHtmlMediaType } from './fetch-url.js';
import { describeFsError, HTML_EXTENSIONS, MARKDOWN_EXTENSIONS, type ArticleInput } from './inputs.js';
import { openStreamPath } from './pipes.js';

/** What the analyser needs from an input: its text and how to read it. */
export interface ArticleSource {
  readonly source: string;
  readonly text: string;
  readonly markdown: boolean;
  /** Known from the page's metadata (HTML inputs); otherwise the cleaner finds them in the text. */
  readonly title?: string;
  readonly byline?: string | null;
  readonly date?: string | null;
}

export interface ReadOptions {
  /** Time limit for fetching a URL, in milliseconds. */
  readonly timeoutMs?: number;
}

/** Read failures carry a one-line message meant for the user. */
export class ReadError extends Error {}

/**
 * Inputs larger than this are refused rather than risk exhausting memory: a news article is
 * tens of kilobytes, and the full analysis of 10 MiB peaks near 1 GB (0.96 GB measured with
 * `/usr/bin/time precis --json`; 25 MB: 1.7 GB).
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** `stream` is what a `stdin` input reads, or a `stream` file already opened (digest has looked into it). */
export async function readArticle(
  input: ArticleInput,
  stream: NodeJS.ReadableStream,
  maxBytes = DEFAULT_MAX_BYTES,
  options: ReadOptions = {},
): Promise<ArticleSource> {
  const fail = (message: string) => new ReadError(`cannot read ${input.source}: ${message}`);
  const ext = input.kind === 'file' ? path.extname(input.path).toLowerCase() : '';
  let bytes: Uint8Array;
  let html = false;
  let httpCharset: string | undefined;
  if (input.kind === 'url') {
    try {
      const page = await fetchPage(input.url, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes });
      bytes = page.bytes;
      html = isHtmlMediaType(page.mediaType);
      httpCharset = charsetFromContentType(page.contentType);
    } catch (error) {
      if (error instanceof FetchError) throw fail(error.message);
      throw error;
    }
  } else {
    bytes =
      input.kind === 'stdin' || input.stream === true
        ? await readStream(stream, input.source, maxBytes)
        : await readFileChecked(input.path, input.source, maxBytes, input.size);
    html = HTML_EXTENSIONS.has(ext) || (ext === '' && startsLikeHtml(bytes));
  }
  let text: string;
  try {
    text = html ? decodeHtml(bytes, httpCharset) : decodeText(bytes, httpCharset);
  } catch (error) {
    // An unknown charset can only come from a URL's content-type (`decodeHtml` ignores unknown labels).
    if (error instanceof BinaryInputError || error instanceof UnknownCharsetError) throw fail(error.message);
    throw error;
  }
  if (text.trim() === '') throw fail('empty file');
  if (html || (input.kind !== 'file' && startsLikeHtml(text))) {
    const { extractArticle } = await import('./html.js');
    const page = await extractArticle(text);
    if (!page) throw fail('no article text found in the page');
    return { source: input.source, text: page.text, markdown: true, title: page.title, byline: page.byline, date: page.date };
  }
  return { source: input.source, text, markdown: MARKDOWN_EXTENSIONS.has(ext) };
}

/** Standard input, or a page served as text/plain, that is really an HTML document. */
function startsLikeHtml(content: Uint8Array | string): boolean {
  const head = typeof content === 'string' ? content.slice(0, 512) : new TextDecoder('windows-1252').decode(content.subarray(0, 512));
  return /^(\ufeff|ï»¿)?\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head)[\s>]/i.test(head);
}

/** `size`: known from the stat that found the file (a regular file, then), which is not made again. */
async function readFileChecked(file: string, source: string, maxBytes: number, size?: number): Promise<Uint8Array> {
  const tooLarge = (bytes: number) => new ReadError(`cannot read ${source}: too large (${bytes} bytes; the limit is ${maxBytes}, see --max-bytes)`);
  try {
    if (size !== undefined) {
      if (size > maxBytes) throw tooLarge(size);
      const bytes = readFileSync(file);
      // (It may have grown since it was found.)
      if (bytes.length > maxBytes) throw tooLarge(bytes.length);
      return bytes;
    }
    const info = statSync(file);
    if (info.isDirectory()) throw new ReadError(`cannot read ${source}: is a folder`);
    if (info.size > maxBytes) throw tooLarge(info.size);
    // A regular file is read in one blocking call: a batch worker has nothing else to do, and
    // the promise version's four trips through libuv's thread pool cost more than the read
    // (bbc-dev: ~0.25 ms of CPU a file, against ~0.015 ms). A FIFO or a device (one a glob
    // matched) may block and has no size: it is streamed, so Ctrl-C stays prompt and the limit holds.
    return info.isFile() ? readFileSync(file) : await readStream(openStreamPath(file), source, maxBytes);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`cannot read ${source}: ${describeFsError(error)}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream, source: string, maxBytes: number): Promise<Uint8Array> {
  // A folder redirected to standard input (`precis < notes/`) reads as nothing, which would be
  // reported as an empty file.
  if (isFolder(stream)) throw new ReadError(`cannot read ${source}: is a folder`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > maxBytes) {
        // (Closing a pipe's end tells its writer to stop: `<(yes)` would write on for ever.)
        (stream as { destroy?: () => void }).destroy?.();
        throw new ReadError(`cannot read ${source}: too large (over ${maxBytes} bytes, see --max-bytes)`);
      }
      chunks.push(buf);
    }
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`cannot read ${source}: ${describeFsError(error)}`);
  }
  return Buffer.concat(chunks);
}

/** Whether the stream reads a file descriptor open on a folder. */
export function isFolder(stream: NodeJS.ReadableStream): boolean {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return false;
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}
