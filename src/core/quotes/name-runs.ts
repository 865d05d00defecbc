import type { ParsedArticle, TextSpan, Token } from '../types.js';
import { FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, TITLES } from './titles-and-names.js';
import { isNameWord, nameRunStartingAt, trimTitles } from './name-tokens.js';
import { phraseEndingAt } from './noun-phrases.js';
import { splitWordsIn } from './text.js';

/**
 * Name runs: every capitalised run of the article ("Park Won-gon", "North Korea"), titles
 * trimmed, with the role nouns its phrase or an apposition ties to it ("Park, a professor, …").
 * Speakers are resolved against these runs when the entity list does not name them.
 */

export type Gender = 'male' | 'female';

/** One capitalised run in the article, titles trimmed. */
export interface NameRun extends TextSpan {
  readonly words: readonly string[];
  /** The words lower-cased, for matching. */
  readonly lower: readonly string[];
  readonly roles: readonly string[];
  /** Index of the sentence that holds it. */
  readonly sentence: number;
  /** It opens its sentence (within its first three tokens, or closing the noun phrase that opens it): most often the sentence's subject. */
  readonly leading: boolean;
}

/** Every capitalised run of the article, in order, with the roles its phrase or apposition gives it. */
export function findNameRuns(parsed: ParsedArticle): NameRun[] {
  const { tokens, sentences } = parsed;
  const text = parsed.article.text;
  const runs: NameRun[] = [];
  for (const s of sentences) {
    let i = s.firstToken;
    while (i < s.endToken) {
      if (!isNameWord(tokens, i)) {
        i++;
        continue;
      }
      const end = nameRunStartingAt(tokens, i, s.endToken);
      const trimmed = trimTitles(tokens, i, end);
      const start = tokens[trimmed.first]!.start;
      const stop = tokens[trimmed.end - 1]!.end;
      const runText = withoutPossessive(text.slice(start, stop));
      const roles = trimmed.roles;
      // "Mr Kerr": an honorific that is no name word ("Mr", "Mrs") stands outside the run, but gives its gender.
      const before = tokens[i - 1];
      if (i > s.firstToken && before && /^\p{Lu}/u.test(before.value) && titleGender(before.normal)) roles.push(before.normal.replace(/\.$/, ''));
      const phrase = phraseEndingAt(tokens, end - 1, s.firstToken);
      if (phrase) for (const role of phrase.roles) roles.push(role);
      appositionRoles(tokens, i, end, s.firstToken, s.endToken, roles);
      const runWords = splitWordsIn(text, start, start + runText.length);
      runs.push({
        text: runText,
        start,
        end: start + runText.length,
        words: runWords,
        lower: runWords.map((w) => w.toLowerCase()),
        roles,
        sentence: tokens[i]!.sentence,
        // ("Shadow harbour secretary Tom Pell welcomed …": a name that closes the noun phrase opening its sentence also opens it.)
        leading: i - s.firstToken < 3 || phrase?.first === s.firstToken || afterOpeningAdjunct(tokens, s.firstToken, phrase?.first ?? i),
      });
      i = end;
    }
  }
  return runs;
}

/**
 * "Before the ferry left, Tom Pell argued with Carl Moss …", "On Monday, Ana Ruiz said …": the phrase at
 * `k` follows the comma that closes an adjunct opening the sentence (a preposition, a
 * subordinating conjunction or an adverb first, no comma before), so it is the main clause's
 * subject, as much as a name opening the sentence; not a name after a later comma, which is most
 * often a list's ("…, Pell thanked Ann Roe, Carl Moss and …").
 */
function afterOpeningAdjunct(tokens: readonly Token[], first: number, k: number): boolean {
  // (A determiner after the comma opens an apposition: "At the time Lord Pell, the Lord Chief Justice, said".)
  if (tokens[k - 1]?.value !== ',' || tokens[k]!.pos === 'DET') return false;
  const open = tokens[first]!.pos === 'CCONJ' ? first + 1 : first;
  if (!/^(?:ADP|SCONJ|ADV)$/.test(tokens[open]?.pos ?? '')) return false;
  for (let j = open; j < k - 1; j++) if (tokens[j]!.value === ',') return false;
  return true;
}

/** "Park’s" → "Park": `/[’']s$/` removed. */
function withoutPossessive(runText: string): string {
  const n = runText.length;
  if (n < 2 || runText.charCodeAt(n - 1) !== 115 /* s */) return runText;
  const mark = runText.charCodeAt(n - 2);
  return mark === 0x2019 || mark === 0x27 ? runText.slice(0, n - 2) : runText;
}

/** Appends to `roles` the role nouns in an apposition: "Park, a professor at ..., " or "The professor of ..., Park,". */
function appositionRoles(tokens: readonly Token[], first: number, end: number, floor: number, ceiling: number, roles: string[]): void {
  if (tokens[end]?.value === ',') {
    // The head is the last noun before the apposition's preposition or comma: "a city engineer".
    let head: string | null = null;
    for (let k = end + 1; k < ceiling && k < end + 7; k++) {
      const t = tokens[k]!;
      if (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'PRON') break;
      if (t.pos === 'NOUN' || (t.pos === 'PROPN' && k > end + 1)) head = t.normal;
    }
    if (head) roles.push(head);
  }
  if (first - 1 >= floor && tokens[first - 1]!.value === ',' && tokens[end]?.value === ',') {
    // Walk back to the start of the phrase before the comma; its first noun is the role.
    let k = first - 2;
    while (k >= floor && k > first - 12 && tokens[k]!.value !== ',') k--;
    for (let m = k + 1; m < first - 1; m++) {
      const t = tokens[m]!;
      if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        roles.push(t.normal);
        break;
      }
    }
  }
}

/** The sex a title gives ("Mrs", "spokesman"), if any. */
export function titleGender(role: string): Gender | undefined {
  return MALE_TITLES.has(role) ? 'male' : FEMALE_TITLES.has(role) ? 'female' : undefined;
}

export function genderOf(run: NameRun): Gender | undefined {
  for (const role of run.roles) {
    const g = titleGender(role);
    if (g) return g;
  }
  const first = run.lower[0] ?? '';
  // A given name alone is too often something else ("the Bill", "Chase"): only as a full name.
  if (run.words.length > 1 && MALE_NAMES.has(first)) return 'male';
  if (run.words.length > 1 && FEMALE_NAMES.has(first)) return 'female';
  return undefined;
}

export function hasTitle(roles: readonly string[]): boolean {
  for (const role of roles) if (TITLES.has(role)) return true;
  return false;
}
