/**
 * Fetches an article page over HTTP(S) with Node's fetch: redirects followed, a time limit on
 * the whole exchange, a cap on the bytes read, and one-line errors a reader understands.
 */

export interface FetchedPage {
  /** Where the page finally came from, after redirects. */
  readonly url: string;
  readonly bytes: Uint8Array;
  /** The media type without parameters, lower-cased ("text/html"). */
  readonly mediaType: string;
  /** The whole content-type header (its charset parameter names the encoding). */
  readonly contentType: string;
}

export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** A failed fetch, with a message meant for the user (no "precis:" prefix, no source). */
export class FetchError extends Error {}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Media types read as an article: HTML pages, and plain text or Markdown as they are. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export function isHtmlMediaType(mediaType: string): boolean {
  return HTML_TYPES.has(mediaType);
}

export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: {
        accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
        'user-agent': 'precis (news reader; +https://www.npmjs.com/package/precis)',
      },
    });
  } catch (error) {
    throw new FetchError(describeNetworkError(error, options.timeoutMs));
  }
  try {
    if (!response.ok) throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    if (!HTML_TYPES.has(mediaType) && !TEXT_TYPES.has(mediaType)) throw new FetchError(`not an HTML page (content-type: ${mediaType || 'none'})`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) throw new FetchError(tooLarge(options.maxBytes));
    const bytes = await readCapped(response, options.maxBytes, options.timeoutMs);
    return { url: response.url || url, bytes, mediaType, contentType };
  } catch (error) {
    // Let the server know we stopped reading.
    await response.body?.cancel().catch(() => undefined);
    throw error;
  }
}

async function readCapped(response: Response, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new FetchError(tooLarge(maxBytes));
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError(describeNetworkError(error, timeoutMs));
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): string {
  return `page too large (over ${maxBytes} bytes, see --max-bytes)`;
}

/** Node's fetch wraps the real cause ("fetch failed"); name it in words. */
function describeNetworkError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timed out after ${timeoutMs / 1000} s (see --timeout)`;
  switch (e?.cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset by the server';
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'could not connect in time';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `TLS certificate problem (${e.cause.code})`;
  }
  if (e?.message === 'redirect count exceeded' || /redirect/i.test(e?.cause?.message ?? '')) return 'too many redirects';
  return e?.cause?.message ?? e?.message ?? String(error);
}
