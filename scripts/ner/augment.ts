/**
 * What the tagger learns from besides train.txt as written: modernised spellings, copies of
 * documents with names swapped, and the words train.txt writes in lower case.
 */
import type { ConllDocument } from '../../src/core/eval/conll.js';
import { LOWERCASE_BIT, NEVER_NAME_BIT } from '../../src/core/entities/gazetteer.js';
import { hashPhrase } from '../../src/core/entities/hash.js';
import type { TokenSpan } from '../../src/core/entities/labels.js';

/** True for a sentence mostly in capitals (a CoNLL headline or table): its case says nothing. */
function isCapsSentence(sentence: readonly string[]): boolean {
  return sentence.filter((w) => /\p{Lu}/u.test(w) && w === w.toUpperCase()).length > sentence.length / 2;
}

function forEachSentence(d: ConllDocument, f: (from: number, to: number) => void): void {
  d.sentenceStarts.forEach((from, s) => f(from, d.sentenceStarts[s + 1] ?? d.words.length));
}

/**
 * 1996 Reuters writes "U.S.", "U.N." and "NATO"; today's style guides mostly write "US",
 * "UN", and (British ones) acronyms said as words in title case: "Nato", "Opec", "Fifa".
 * Half of the dotted acronyms lose their dots, and half of the all-capital words of four or
 * more letters with two vowels or more inside a name (outside capitalised headlines) are
 * written in title case, chosen by the seeded generator, so the model learns both spellings.
 */
export function modernise(d: ConllDocument, rand: () => number): ConllDocument {
  const words = d.words.map((w) => (/^(\p{Lu}\.){2,}$/u.test(w) && rand() < 0.5 ? w.replace(/\./g, '') : w));
  const inName = new Uint8Array(words.length);
  for (const g of d.gold) inName.fill(1, g.start, g.end);
  forEachSentence(d, (from, to) => {
    if (isCapsSentence(words.slice(from, to))) return;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      if (inName[i] === 1 && /^\p{Lu}{4,}$/u.test(w) && (w.match(/[AEIOU]/g) ?? []).length >= 2 && rand() < 0.5) {
        words[i] = w[0] + w.slice(1).toLowerCase();
      }
    }
  });
  return { ...d, words };
}

/** How often train.txt writes each word (lower-cased key) in lower case, and capitalised mid-sentence. */
export interface CaseCounts {
  lower: Map<string, number>;
  capitalised: Map<string, number>;
}

export function countCase(docs: readonly ConllDocument[]): CaseCounts {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const d of docs) {
    forEachSentence(d, (from, to) => {
      const sentence = d.words.slice(from, to);
      if (isCapsSentence(sentence)) return;
      sentence.forEach((w, k) => {
        const l = w.toLowerCase();
        if (/^\p{Ll}/u.test(w)) lower.set(l, (lower.get(l) ?? 0) + 1);
        else if (k > 0 && /^\p{Lu}/u.test(w)) capitalised.set(l, (capitalised.get(l) ?? 0) + 1);
      });
    });
  }
  return { lower, capitalised };
}

/** How often a word must occur in lower case before "never begins a name" is trusted. */
const NEVER_NAME_MIN_COUNT = 20;
/** A word seen in lower case this often, and no less than capitalised, is a common word. */
export const COMMON_MIN_COUNT = 3;
/**
 * Share of swapped names drawn from the gazetteer lists rather than from train.txt's own
 * names. Higher for organisations: train.txt's companies are 1996's, and the company list is
 * what tells the model that "OpenAI" or "Nvidia" in a place-like context ("demand from
 * OpenAI", "shares in Nvidia") is a company.
 */
const LISTED_SHARE = { PER: 0.5, ORG: 0.85, LOC: 0.5 };

/**
 * Marks the words train.txt writes in lower case more often than capitalised mid-sentence
 * (once is enough for a word never capitalised: "soar"), so a caseless
 * headline's "Agree" reads as "agree"; and among them the common ones that never begin a
 * name (NEVER_NAME_BIT). Upper-case sentences are left out of the count.
 */
export function addLowercaseWords(phrases: Map<number, number>, docs: readonly ConllDocument[], counts: CaseCounts): void {
  const beginsName = new Set(docs.flatMap((d) => d.gold.map((s) => d.words[s.start]!.toLowerCase())));
  for (const [word, count] of counts.lower) {
    const capitalised = counts.capitalised.get(word) ?? 0;
    if (count <= capitalised) continue;
    const h = hashPhrase([word]);
    // Common and never a name's first word: "the", "but", "he".
    const never = count >= NEVER_NAME_MIN_COUNT && !beginsName.has(word) ? NEVER_NAME_BIT : 0;
    phrases.set(h, (phrases.get(h) ?? 0) | LOWERCASE_BIT | never);
  }
}

export type NameList = readonly (readonly string[])[];
/** Names of each type to swap into training text (see swapNames). */
export type NamePools = Record<'PER' | 'ORG' | 'LOC', NameList>;

/** The distinct names of each type in the training text (a person's single words). */
export function trainingNames(docs: readonly ConllDocument[]): NamePools {
  const seen = new Set<string>();
  const out: Record<keyof NamePools, string[][]> = { PER: [], ORG: [], LOC: [] };
  for (const d of docs) {
    for (const g of d.gold) {
      if (g.type === 'MISC') continue;
      const words = d.words.slice(g.start, g.end);
      if (words.some((w) => w === w.toUpperCase())) continue; // headline capitals
      for (const name of g.type === 'PER' ? words.map((w) => [w]) : [words]) {
        const k = `${g.type}:${name.join(' ')}`;
        if (!seen.has(k)) {
          seen.add(k);
          out[g.type].push(name);
        }
      }
    }
  }
  return out;
}

/**
 * Mention replacement (Dai & Adel 2020, "An analysis of simple data augmentation for named
 * entity recognition"): a copy of a training document in which some names are swapped for
 * names of the same type, from the gazetteer lists (LISTED_SHARE) or from other train.txt
 * documents, so the model sees today's companies and
 * people ("OpenAI", "Haaland") in 1996 contexts and learns to weigh list membership and
 * context rather than the 1996 names themselves. A name is swapped the same way in all its
 * mentions, and a swapped person's surname alone follows ("Bill Clinton" → "Jensen Huang",
 * "Clinton" → "Huang"), so document-level features stay consistent. Capitalised headlines
 * get the replacement in capitals.
 */
export function swapNames(d: ConllDocument, rand: () => number, listed: NamePools, own: NamePools, rate: number): ConllDocument {
  const surface = (s: TokenSpan) => d.words.slice(s.start, s.end).join(' ');
  const swap = new Map<string, readonly string[]>();
  const pick = (type: keyof NamePools) => {
    const pool = (rand() < LISTED_SHARE[type] ? listed : own)[type];
    return pool[Math.floor(rand() * pool.length)]!;
  };
  // Longest names first, so "Bill Clinton" decides what "Clinton" becomes.
  const byLength = [...d.gold].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const g of byLength) {
    if (g.type === 'MISC') continue;
    const k = `${g.type}:${surface(g)}`;
    if (swap.has(k)) continue;
    if (rand() >= rate) {
      swap.set(k, d.words.slice(g.start, g.end));
      continue;
    }
    let name: readonly string[];
    if (g.type === 'PER') {
      const length = Math.min(g.end - g.start, 3);
      name = Array.from({ length }, () => pick('PER')[0]!);
      if (length > 1) {
        const last = `PER:${d.words[g.end - 1]!}`;
        if (!swap.has(last)) swap.set(last, [name[length - 1]!]);
      }
    } else name = pick(g.type);
    swap.set(k, name);
  }

  const words: string[] = [];
  const sentenceStarts: number[] = [];
  const gold: TokenSpan[] = [];
  const spanAt = new Map(d.gold.map((g) => [g.start, g]));
  let s = 0;
  for (let i = 0; i < d.words.length;) {
    if (d.sentenceStarts[s] === i) {
      sentenceStarts.push(words.length);
      s++;
    }
    const g = spanAt.get(i);
    if (g === undefined) {
      words.push(d.words[i]!);
      i++;
      continue;
    }
    const original = d.words.slice(g.start, g.end);
    let name = g.type === 'MISC' ? original : swap.get(`${g.type}:${original.join(' ')}`)!;
    if (original.every((w) => w === w.toUpperCase())) name = name.map((w) => w.toUpperCase());
    gold.push({ type: g.type, start: words.length, end: words.length + name.length });
    words.push(...name);
    i = g.end;
  }
  return { words, sentenceStarts, gold };
}
