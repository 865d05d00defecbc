/**
 * Base64 decoding for the model files: Node's native decoder where there is one, else a loop
 * of our own, so the core still runs where Node's globals are missing. The loop decodes the
 * ~2 MB of weights and hashes in about 15 ms as a process starts (its code still cold), the
 * native decoder in 1 to 2 ms.
 */
const TABLE = (() => {
  const t = new Uint8Array(128);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  return t;
})();

interface Base64Decoder {
  from(s: string, encoding: 'base64'): Uint8Array;
  allocUnsafe(size: number): Uint8Array & { write(s: string, offset: number, encoding: 'base64'): number };
}
const native = (globalThis as { Buffer?: Base64Decoder }).Buffer;

export function decodeBase64(s: string): Uint8Array {
  return native ? native.from(s, 'base64') : decodeBase64Portable(s);
}

/**
 * Parts of one base64 text, each but the last a multiple of 4 characters, decoded into one
 * array: natively straight into it, without an array per part to copy and collect.
 */
export function decodeBase64Parts(parts: readonly string[]): Uint8Array {
  if (!native) return decodeBase64Portable(parts.join(''));
  const out = native.allocUnsafe(parts.reduce((sum, p) => sum + ((unpaddedLength(p) * 3) >> 2), 0));
  // Malformed text writes fewer bytes: the array is cut there, never left with unwritten memory.
  return out.subarray(
    0,
    parts.reduce((at, p) => at + out.write(p, at, 'base64'), 0),
  );
}

function unpaddedLength(s: string): number {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--; // '=' padding
  return len;
}

/** The portable decoder (exported for its test). */
export function decodeBase64Portable(s: string): Uint8Array {
  const len = unpaddedLength(s);
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const n = (TABLE[s.charCodeAt(i)]! << 18) | (TABLE[s.charCodeAt(i + 1)]! << 12) | (TABLE[s.charCodeAt(i + 2)]! << 6) | TABLE[s.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const n = (TABLE[s.charCodeAt(i)]! << 18) | (TABLE[s.charCodeAt(i + 1)]! << 12) | (rest === 3 ? TABLE[s.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}
