/**
 * Base64 decoding without Buffer or atob, so the core stays free of Node-only globals and
 * decodes the ~1 MB model in a few milliseconds.
 */
const TABLE = (() => {
  const t = new Uint8Array(128);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  return t;
})();

export function decodeBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--; // '=' padding
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
