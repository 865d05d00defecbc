/**
 * Definite descriptions that stand for a name given before: "the Spanish Football Federation
 * ... the Federation's decision", "Bell Labs ... the Labs' survival", "the Bank of England ...
 * what the Bank expects". The capital says the writer means that body, but a brief listing
 * "Federation" or "Bank" shows a common word, the junk a reader sees. Such a mention is the
 * name it stands for: it takes that name's words and type, so grouping counts it there. A
 * definite noun phrase refers back to an entity already in the discourse (Poesio & Vieira
 * 1998, "A corpus-based investigation of definite description use"), so the name must come
 * first, and it must be the only earlier name with that head: "the Bank" after both "World
 * Bank" and "Bank of England" is left alone.
 */
import { writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import type { NameMention } from './group.js';

/** "the" right before the mention, across spaces: "the Federation", "The Institute". */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** Words after a name's head noun: "Bank of England", "Commission for Africa", "Committee on Human Rights". */
const AFTER_HEAD = new Set(['of', 'for', 'on']);

/** The head noun of a multi-word name: the word before "of"/"for"/"on", or the last word. */
function headOf(words: readonly string[]): string {
  for (let i = 1; i < words.length - 1; i++) if (AFTER_HEAD.has(words[i]!)) return words[i - 1]!;
  return words[words.length - 1]!;
}

/**
 * Mentions with each definite description of a common word replaced by the one earlier
 * organisation or place it heads (see above). `writtenLower` says whether the article writes
 * a word in lower case.
 */
export function withDefiniteDescriptions<M extends NameMention>(
  mentions: readonly M[],
  text: string,
  gazetteer: Gazetteer,
  writtenLower: (word: string) => boolean,
): M[] {
  let out: M[] | undefined; // copied only when a mention changes
  // Heads of the multi-word organisations and places seen so far: one name per head, null when several.
  const heads = new Map<string, M | null>();
  mentions.forEach((m, k) => {
    let taken: M | undefined;
    if (m.words.length > 1 && m.type !== 'PERSON') {
      const head = headOf(m.words);
      const seen = heads.get(head);
      heads.set(head, seen === undefined || sameName(seen, m) ? m : null);
    } else if (m.words.length === 1 && heads.size > 0) {
      const w = m.words[0]!;
      const long = heads.get(w);
      if (long && THE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && (writtenLowerInTraining(gazetteer, w) || writtenLower(w)))
        taken = { ...m, type: long.type, words: long.words };
    }
    if (taken) (out ??= mentions.slice(0, k)).push(taken);
    else out?.push(m);
  });
  return out ?? (mentions as M[]);
}

/** Whether two mentions are the same name: compared word by word, as most articles repeat their names. */
function sameName(a: NameMention | null, b: NameMention): boolean {
  if (a === null || a.type !== b.type || a.words.length !== b.words.length) return false;
  for (let i = 0; i < a.words.length; i++) if (a.words[i] !== b.words[i]) return false;
  return true;
}
