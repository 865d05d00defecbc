/**
 * Bytes to text. Articles arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or legacy
 * single-byte Windows-1252/latin-1 (older BBC files carry a raw 0xA3 pound sign).
 */

export class BinaryInputError extends Error {
  constructor() {
    super('not a text file (binary data)');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new BinaryInputError();
  try {
    return utf8.decode(bytes);
  } catch {
    // Not valid UTF-8: the single-byte encoding news sites used before it.
    return new TextDecoder('windows-1252').decode(bytes);
  }
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
