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
import type { Span } from '../types.js';
import type { NameMention } from './group.js';
import { isBodyHead } from './organisation-heads.js';
import { CAPITALISED_WORD, replaced } from './words.js';

/** "the" right before the mention, across spaces: "the Federation", "The Institute". */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
const THE = /^[Tt]he$/;
/** Text before a sentence's first word: nothing, a line break, or a sentence's end and a space. */
const SENTENCE_START = /(?:^|\n|[.!?]["”’']?\s)$/u;
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
  modifiesNoun: (s: Span) => boolean = () => false,
): M[] {
  // Heads of the multi-word organisations and places seen so far: one name per head, null when several.
  const heads = new Map<string, M | null>();
  const common = (w: string) => isBodyHead(w) || writtenLowerInTraining(gazetteer, w) || writtenLower(w);
  const out = replaced(mentions, (m) => {
    let taken: M | undefined;
    // The tagger may take a sentence's "The" into the description: "The Association said".
    // Only there: "praise on The Office" writes the article as part of the name.
    const described = m.words.length === 2 && THE.test(m.words[0]!) && SENTENCE_START.test(text.slice(Math.max(0, m.start - 4), m.start)) ? 1 : 0;
    const long = m.words.length === described + 1 && heads.size > 0 ? heads.get(m.words[described]!) : undefined;
    // "The Times" again is the name itself, not a description of it.
    if (long && !sameName(long, m) && (described === 1 || THE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) && common(m.words[described]!)) {
      const start = described === 1 ? m.end - m.words[1]!.length : m.start;
      taken = { ...m, start, text: text.slice(start, m.end), type: long.type, words: long.words };
    } else if (m.words.length > described + 1 && m.type !== 'PERSON') {
      const head = headOf(m.words);
      const seen = heads.get(head);
      heads.set(head, seen === undefined || sameName(seen, m) ? (seen ?? m) : null);
    }
    return taken ?? m;
  });
  const untagged = untaggedDescriptions(out, text, heads, common, modifiesNoun);
  if (untagged.length === 0) return out as M[];
  return [...out, ...untagged].sort((a, b) => a.start - b.start);
}

/**
 * What may not follow an untagged "the Federation": a capital ("the Federation Cup" is another
 * name), or "of", "for" or "on" and a capital ("the Sea of Okhotsk").
 */
const NOT_AFTER_DESCRIPTION = /^(?:[\p{L}\p{N}'’-]| \p{Lu}| (?:of|for|on) \p{Lu})/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Definite descriptions the tagger left untagged ("the Federation had been unfair to the
 * federation's members": the article's lower-case "federation" pulled the capitalised one out
 * of the names), as mentions of the one name they head, after that name's first mention.
 * Searched for by head: an article has few heads, and scanning its text for every "the" and a
 * capital cost a few per cent of the tagging time.
 */
function untaggedDescriptions<M extends NameMention>(
  mentions: readonly M[],
  text: string,
  heads: ReadonlyMap<string, M | null>,
  common: (w: string) => boolean,
  modifiesNoun: (s: Span) => boolean,
): M[] {
  const found: M[] = [];
  for (const [head, long] of heads) {
    if (!long) continue;
    const phrase = `he ${head}`;
    let at = text.indexOf(phrase, long.end);
    // The search first: most heads have no such description, and the tests below cost more.
    if (at < 0 || !CAPITALISED_WORD.test(head) || !common(head)) continue;
    for (; at >= 1; at = text.indexOf(phrase, at + 1)) {
      const start = at + 3;
      const end = start + head.length;
      const t = text[at - 1];
      if ((t !== 'T' && t !== 't') || LETTER.test(text[at - 2] ?? ' ') || NOT_AFTER_DESCRIPTION.test(text.slice(end, end + 6))) continue;
      if (mentions.some((m) => m.start < end && m.end > start)) continue;
      // "the Bond films": the word modifies a noun there, it names nothing.
      if (modifiesNoun({ start, end })) continue;
      found.push({ ...long, start, end, text: head });
    }
  }
  return found;
}

/** Whether two mentions are the same name: compared word by word, as most articles repeat their names. */
function sameName(a: NameMention | null, b: NameMention): boolean {
  if (a === null || a.type !== b.type || a.words.length !== b.words.length) return false;
  for (let i = 0; i < a.words.length; i++) if (a.words[i] !== b.words[i]) return false;
  return true;
}
