import { createRequire } from 'node:module';

/**
 * Bytes to text. Articles arrive as UTF-8 (with or without BOM), UTF-16 (a BOM, or NUL bytes where Latin text has them), or legacy
 * single-byte Windows-1252/latin-1 (older BBC files carry a raw 0xA3 pound sign). HTML may
 * declare its encoding in <meta charset> and an HTTP response in its content-type.
 *
 * Labels are resolved as browsers do, by the WHATWG Encoding Standard (Node's TextDecoder
 * knows every label; the standard reads "latin1" and "iso-8859-1" as windows-1252, which is
 * what such pages really hold). Legacy encodings are decoded by iconv-lite: Node 20's own
 * windows-1252 decoder turns 0x80-0x9F (curly quotes, the euro sign) into control characters.
 */

export class BinaryInputError extends Error {
  constructor() {
    super('not a text file (binary data)');
  }
}

/** A charset label the decoder does not know. */
export class UnknownCharsetError extends Error {
  constructor(readonly label: string) {
    super(`unknown character encoding "${label}"`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes plain text: a byte-order mark wins, then a declared charset (from HTTP or the
 * page), then UTF-8 when the bytes are valid UTF-8, else Windows-1252.
 */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  const bom = decodeWithBom(bytes);
  if (bom !== undefined) return bom;
  const encoding = declared ? encodingFor(declared) : undefined;
  if (encoding?.startsWith('utf-16')) return new TextDecoder(encoding).decode(bytes);
  if (looksBinary(bytes)) {
    // UTF-16 saved without a BOM (some exporters and scripts write it) is full of NUL bytes too.
    const utf16 = encoding === undefined ? sniffUtf16(bytes) : undefined;
    const text = utf16 && new TextDecoder(utf16).decode(bytes);
    if (text && mostlyAscii(text)) return text;
    throw new BinaryInputError();
  }
  if (encoding && encoding !== 'utf-8') return decodeLegacy(bytes, encoding);
  try {
    return utf8.decode(bytes);
  } catch {
    // Not valid UTF-8 (a declared UTF-8 that lies included): the single-byte encoding
    // news sites used before it.
    return decodeLegacy(bytes, 'windows-1252');
  }
}

/** WHATWG names iconv-lite spells differently. */
const ICONV_NAMES: Readonly<Record<string, string>> = { 'x-mac-cyrillic': 'maccyrillic', 'iso-8859-8-i': 'iso-8859-8' };
let iconv: typeof import('iconv-lite') | undefined;

function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  // Loaded on first use: UTF-8 input, the common case, never needs it.
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  const name = ICONV_NAMES[encoding] ?? encoding;
  if (!iconv.encodingExists(name)) return new TextDecoder(encoding).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

/**
 * Decodes an HTML page. Order as in the HTML standard's encoding sniffing: BOM, then the
 * transport's charset (HTTP content-type), then a <meta> declaration in the first bytes,
 * then the content itself.
 */
export function decodeHtml(bytes: Uint8Array, httpCharset?: string): string {
  const fromHttp = httpCharset && knownEncoding(httpCharset);
  let declared = fromHttp || sniffMetaCharset(bytes);
  // A page cannot declare itself UTF-16 in ASCII-compatible bytes; the standard reads it as UTF-8.
  if (!fromHttp && declared?.startsWith('utf-16')) declared = 'utf-8';
  return decodeText(bytes, declared);
}

/** The charset parameter of a content-type header, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m?.[2];
}

/**
 * The charset a page declares in a <meta> tag within its first bytes (the standard's
 * prescan looks at 1024; pages with long <head>s put it later, so we look a little further).
 */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag[0]);
    if (m) {
      const encoding = knownEncoding(m[1]!);
      if (encoding) return encoding;
    }
  }
  return undefined;
}

function decodeWithBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return undefined;
}

/** The decoder's canonical name for a label, or undefined when it knows no such encoding. */
function knownEncoding(label: string): string | undefined {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // "replacement" is the standard's sink for dangerous legacy labels (ISO-2022-KR ...).
    return encoding === 'replacement' ? undefined : encoding;
  } catch {
    return undefined;
  }
}

function encodingFor(label: string): string {
  const encoding = knownEncoding(label);
  if (!encoding) throw new UnknownCharsetError(label);
  return encoding;
}

/**
 * UTF-16 without a BOM, told by where its NUL bytes fall: text in a Latin script has a NUL
 * as the high byte of almost every character (the second byte of each pair little-endian,
 * the first big-endian) and almost never as the low byte. Binary data has them anywhere.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  let first = 0;
  let second = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) first++;
    if (bytes[i + 1] === 0) second++;
  }
  const pairs = n / 2;
  if (pairs < 2) return undefined;
  if (second >= 0.8 * pairs && first <= 0.01 * pairs) return 'utf-16le';
  if (first >= 0.8 * pairs && second <= 0.01 * pairs) return 'utf-16be';
  return undefined;
}

/**
 * Whether a text sniffed as UTF-16 is text: the Latin script the sniff asks for is two thirds
 * ASCII letters, digits, spaces and punctuation even in French or Icelandic. Numbers under 256
 * stored in 16 bits pass the sniff too, but read as Latin-1 symbols, C1 and C0 controls.
 */
function mostlyAscii(text: string): boolean {
  const head = text.slice(0, 4096);
  const ascii = head.match(/[\t\n\v\f\r\x20-\x7e]/g)?.length ?? 0;
  return ascii >= (2 / 3) * head.length;
}

/** NUL bytes or a high share of control characters in the first 8 KiB mean it is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}
