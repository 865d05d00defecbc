/**
 * One pass over a token's characters (scanToken): its case-folded word hash, its collapsed
 * shape and what its case says (W_ flags); and the memoised affixes of a spelling (lexeme).
 * Shared by prepareDocument and the feature functions.
 */
import { hashString } from './hash.js';

// What one pass over a token's characters tells (scanToken).
export const W_UPPER = 1; // an upper-case letter anywhere ("eBay", "McDonald")
export const W_LETTERS = 2;
export const W_ALL_CAPS = 4; // two or more characters, letters, none lower-case ("NATO", "U.S.")
export const W_CAPITALISED = 8; // starts with a capital
export const W_LOWER_START = 16; // starts with a lower-case letter
/** No capital letter, or the gazetteer marks the word NEVER_NAME_BIT (see PreparedDocument.lowerCase). */
export const W_NO_START = 32;

export function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/**
 * One pass over a token: its word hash (wordHash), its collapsed shape hash ("Kim" → Xx,
 * "DPRK" → X, "Won-gon" → Xx-x, "1961" → d) and W_ flags. Runs on every token, so it works
 * on char codes and allocates nothing for ASCII.
 */
export function scanToken(w: string, out: Int32Array, at: number): number {
  let word = 0x811c9dc5;
  let shape = 0x811c9dc5;
  let lastClass = -1;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let low = code;
    let cls = code;
    if (code >= 65 && code <= 90) {
      low = code + 32;
      cls = 88; // X
      upper++;
    } else if (code >= 97 && code <= 122) {
      cls = 120; // x
      lower++;
    } else if (code >= 48 && code <= 57) {
      low = 48;
      cls = 100; // d
    } else if (code > 127) {
      const ch = w[i]!;
      low = ch.toLowerCase().charCodeAt(0);
      if (isUpperChar(ch)) {
        cls = 88;
        upper++;
      } else if (isLowerChar(ch)) {
        cls = 120;
        lower++;
      }
    }
    word = Math.imul(word ^ low, 0x01000193);
    if (cls !== lastClass) {
      shape = Math.imul(shape ^ cls, 0x01000193);
      lastClass = cls;
    }
  }
  out[at] = word | 0;
  // Keep single capitals ("U", "A") apart from longer all-caps words.
  out[at + 1] = w.length === 1 ? shape ^ 0x55 : shape | 0;
  return tokenFlags(w, upper, lower);
}

/** The W_ flags of a token with `upper` upper-case and `lower` lower-case letters. */
function tokenFlags(w: string, upper: number, lower: number): number {
  let flags = 0;
  if (upper > 0) flags |= W_UPPER;
  if (upper + lower > 0) flags |= W_LETTERS;
  if (upper > 0 && lower === 0 && w.length >= 2) flags |= W_ALL_CAPS;
  const first = w.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first > 127 && isUpperChar(w[0]!))) flags |= W_CAPITALISED;
  if ((first >= 97 && first <= 122) || (first > 127 && isLowerChar(w[0]!))) flags |= W_LOWER_START;
  return flags;
}

/** A spelling's exact hash and affix hashes: only scored tokens need them, memoised. */
export interface Lexeme {
  readonly exact: number;
  /** Prefix hashes of 1..4 characters, then suffix hashes; 0 where the word is too short. */
  readonly affixes: Int32Array;
}

/** Bounds the memo on long batch runs; a news vocabulary is well under this. */
const LEXICON_LIMIT = 200_000;

/** The lexeme of spelling `w`, from (or into) the memo `lexicon`. */
export function lexeme(lexicon: Map<string, Lexeme>, w: string): Lexeme {
  let x = lexicon.get(w);
  if (x !== undefined) return x;
  if (lexicon.size >= LEXICON_LIMIT) lexicon.clear();
  const lower = w.toLowerCase();
  const affixes = new Int32Array(8);
  let h = 0x811c9dc5;
  for (let k = 0; k < 4 && k < lower.length; k++) {
    h = Math.imul(h ^ lower.charCodeAt(k), 0x01000193);
    affixes[k] = h | 0 || 1;
  }
  h = 0x811c9dc5;
  for (let k = 0; k < 4 && k < lower.length; k++) {
    h = Math.imul(h ^ lower.charCodeAt(lower.length - 1 - k), 0x01000193);
    affixes[4 + k] = h | 0 || 1;
  }
  x = { exact: hashString(w), affixes };
  lexicon.set(w, x);
  return x;
}
