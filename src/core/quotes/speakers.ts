import type { Entity, ParsedArticle, Speaker, Span, TextSpan, Token } from '../types.js';
import { FEMALE_NAMES, FEMALE_TITLES, GROUP_NOUNS, MALE_NAMES, MALE_TITLES, TITLES } from './lexicon.js';
import { isNameWord, nameRunStartingAt, phraseEndingAt, trimTitles, type Subject } from './phrases.js';
import { splitWords, splitWordsIn } from './text.js';

type Gender = 'male' | 'female';

/** A person or organisation with its name's lower-cased words and, once needed, its mentions in ascending order of start. */
interface EntityWords {
  readonly entity: Entity;
  readonly lower: readonly string[];
  sorted: readonly TextSpan[] | null;
}

/** One capitalised run in the article ("Park Won-gon", "North Korea"), titles trimmed. */
interface NameRun extends TextSpan {
  readonly words: readonly string[];
  /** The words lower-cased, for matching. */
  readonly lower: readonly string[];
  readonly roles: readonly string[];
}

/** How far back a pronoun or a description looks for its person (runs), keeping the cost linear. */
const LOOKBACK = 200;
/** How many earlier runs sharing a word a short name looks through for its full form. */
const NAME_LOOKBACK = 50;
/** Other mentions a speaker carries beside the cue's subject. */
const MAX_MENTIONS = 8;

/**
 * Turns the subject of a cue into a speaker: full names from the entity list or, failing that,
 * from the longest earlier capitalised run that shares the surname ("Park" → "Park Won-gon");
 * pronouns to the nearest earlier fitting person, gender-aware (Hobbs-style recency, as in
 * the SFU Gender Gap Tracker's coreference fallback); descriptions ("the professor") to the
 * person an apposition tied them to. Stateful over one article: it learns who speaks and their
 * genders in reading order.
 */
export class SpeakerResolver {
  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly runs: NameRun[];
  private readonly speakers = new Set<string>();
  private readonly genders = new Map<string, Gender>();
  /** Speakers that are groups or bodies, in reading order, for "they"/"it". */
  private readonly bodies: { name: string; at: number; mentions: TextSpan[] }[] = [];

  constructor(parsed: ParsedArticle, entities: readonly Entity[]) {
    this.text = parsed.article.text;
    this.tokens = parsed.tokens;
    // Names in the headline are no antecedents: a pronoun refers back within the body.
    this.titleEnd = parsed.article.titleSpan?.end ?? 0;
    this.runs = findNameRuns(parsed);
    // Only people and organisations speak; places and dates in the entity list are no speakers.
    for (const e of entities) {
      if (e.type !== 'PERSON' && e.type !== 'ORGANIZATION') continue;
      if (!this.entityByName.has(e.name)) this.entityByName.set(e.name, e);
      if (e.type !== 'PERSON') this.notPersonNames.add(e.name);
      const lower = lowerWords(e.name);
      if (lower.length === 0) continue;
      const info: EntityWords = { entity: e, lower, sorted: null };
      push(this.entitiesByWord, lower[0]!, info);
      if (lower.length > 1) push(this.entitiesByWord, lower[lower.length - 1]!, info);
    }
    // Full names are resolved when first needed, except for the runs that tell a gender or carry a
    // title: those are recorded under their full name now, in reading order.
    this.runFull = new Array<string | undefined>(this.runs.length);
    for (let r = 0; r < this.runs.length; r++) {
      const run = this.runs[r]!;
      const g = genderOf(run);
      // A title before a name ("Mayor Jane Holloway") marks a person.
      const titled = hasTitle(run.roles);
      if (!g && !titled) continue;
      const full = this.fullOfRun(r);
      if (g && !this.genders.has(full)) this.genders.set(full, g);
      if (titled) this.titled.add(full);
    }
  }

  /** The full name run r resolves to (fullName at the run), computed once. */
  private fullOfRun(r: number): string {
    let full = this.runFull[r];
    if (full === undefined) {
      const run = this.runs[r]!;
      full = this.runFull[r] = this.fullNameOf(run.lower, run.words, run.start);
    }
    return full;
  }

  /** Runs by their first and by their last lower-cased word, in reading order; built on first use (runsByWord). */
  private byWord: Map<string, { readonly first: number[]; readonly last: number[] }> | null = null;
  private readonly entitiesByWord = new Map<string, EntityWords[]>();
  /** The first entity of each name, and the names some entity gives to no person: looked up per candidate run. */
  private readonly entityByName = new Map<string, Entity>();
  private readonly notPersonNames = new Set<string>();
  private readonly titled = new Set<string>();
  private readonly titleEnd: number;
  private readonly roleOwners: { role: string; name: string; at: number }[] = [];
  /** The full name each run resolves to, once looked up (fullOfRun). */
  private readonly runFull: (string | undefined)[];

  /** The speaker a cue's subject names; `excluded` is the quote itself, whose names are never its speaker. */
  resolve(subject: Subject, excluded: Span): Speaker | null {
    const span = this.span(subject.first, subject.end);
    if (subject.kind === 'name' && subject.name) {
      const nameSpan = this.span(subject.name.first, subject.name.end);
      const full = this.fullName(splitWords(nameSpan.text), nameSpan.start);
      this.speakers.add(full);
      for (const role of subject.roles) {
        const g = titleGender(role);
        if (g && !this.genders.has(full)) this.genders.set(full, g);
        this.roleOwners.push({ role, name: full, at: span.start });
      }
      const speaker = { name: full, mentions: this.mentionsOf(full, nameSpan) };
      if (!this.isPerson(full)) this.bodies.push({ name: full, at: span.start, mentions: speaker.mentions });
      return speaker;
    }
    if (subject.kind === 'pronoun') return this.resolvePronoun(subject.head, span, excluded);
    return this.resolveDescription(subject, span);
  }

  private resolvePronoun(pronoun: string, span: TextSpan, excluded: Span): Speaker | null {
    if (pronoun === 'he' || pronoun === 'she') {
      const want: Gender = pronoun === 'he' ? 'male' : 'female';
      const last = this.lastRunBefore(span.start);
      for (let r = last; r >= 0 && r > last - LOOKBACK; r--) {
        const run = this.runs[r]!;
        if (!this.canBeAntecedent(run, excluded)) continue;
        const full = this.fullOfRun(r);
        if (!this.isPerson(full)) continue;
        const g = this.genders.get(full);
        if (g && g !== want) continue;
        if (!g) this.genders.set(full, want);
        return { name: full, mentions: [span, ...this.mentionsOf(full, null)] };
      }
      // No known person: the nearest two- or three-word name that is no place or organisation.
      for (let r = last; r >= 0 && r > last - LOOKBACK; r--) {
        const run = this.runs[r]!;
        if (!this.canBeAntecedent(run, excluded)) continue;
        const full = this.fullOfRun(r);
        const n = full.split(' ').length;
        const g = this.genders.get(full);
        if (n < 2 || n > 3 || (g && g !== want) || this.notPersonNames.has(full)) continue;
        this.genders.set(full, want);
        return { name: full, mentions: [span, ...this.mentionsOf(full, null)] };
      }
      return null;
    }
    // "I": the writer, whom the article does not name.
    if (pronoun === 'i') return null;
    // "they", "it", "we": the latest group or body that spoke.
    for (let b = this.bodies.length - 1; b >= 0; b--) {
      const body = this.bodies[b]!;
      if (body.at < span.start) return { name: body.name, mentions: [span, ...body.mentions] };
    }
    return null;
  }

  /** A run a pronoun may refer back to: in the body, and not inside the quote itself. */
  private canBeAntecedent(run: NameRun, excluded: Span): boolean {
    return run.start >= this.titleEnd && !(run.start >= excluded.start && run.end <= excluded.end);
  }

  private resolveDescription(subject: Subject, span: TextSpan): Speaker {
    const head = subject.head;
    const plural = GROUP_NOUNS.has(head) || (head.endsWith('s') && !head.endsWith('ss'));
    if (!plural) {
      // "the professor": the latest speaker whose phrase gave that role ("Gomez, a city engineer, said") …
      for (let o = this.roleOwners.length - 1; o >= 0; o--) {
        const owner = this.roleOwners[o]!;
        if (owner.at < span.start && owner.role === head) return { name: owner.name, mentions: [span, ...this.mentionsOf(owner.name, null)] };
      }
      // … or the nearest earlier person an apposition or title tied to that role.
      const last = this.lastRunBefore(span.start);
      for (let r = last; r >= 0 && r > last - LOOKBACK; r--) {
        const run = this.runs[r]!;
        if (run.roles.includes(head)) {
          const full = this.fullOfRun(r);
          return { name: full, mentions: [span, ...this.mentionsOf(full, null)] };
        }
      }
    }
    const name = span.text.replace(/^(the|a|an|one|another)\s+/i, '');
    this.bodies.push({ name, at: span.start, mentions: [span] });
    return { name, mentions: [span] };
  }

  /** The fullest name the article gives for `short` near `at`: entities first, then capitalised runs. */
  fullName(short: readonly string[], at: number): string {
    return this.fullNameOf(short.map((w) => w.toLowerCase()), short, at);
  }

  /** fullName with the lower-cased words `key` of `short` at hand (runs carry them). */
  private fullNameOf(key: readonly string[], short: readonly string[], at: number): string {
    if (key.length === 0) return '';
    // The entity with the mention nearest before `at` (else the earliest after it); the first listed
    // wins a tie. An entity under both words is seen twice, which cannot change the winner.
    let best: string | null = null;
    let bestDistance = Infinity;
    for (let w = 0; w < 2; w++) {
      if (w === 1 && key.length === 1) break;
      const list = this.entitiesByWord.get(w === 0 ? key[0]! : key[key.length - 1]!);
      if (!list) continue;
      for (const info of list) {
        if (!containsAtEdge(info.lower, key)) continue;
        info.sorted ??= byStart(info.entity.mentions);
        const d = nearestMentionDistance(info.sorted, at);
        if (d < bestDistance) {
          bestDistance = d;
          best = info.entity.name;
        }
      }
    }
    if (best) return best;
    // The nearest earlier run that ends with the name (a surname: "Trump" → "Donald Trump"), else
    // one that starts with it ("Park" → "Park Won-gon"), else the first such run after it.
    const suffix = this.nearestLonger(this.runsByWord().get(key[key.length - 1]!)?.last, key, at, 'suffix');
    if (suffix) return suffix.text;
    const prefix = this.nearestLonger(this.runsByWord().get(key[0]!)?.first, key, at, 'prefix');
    return prefix ? prefix.text : short.length === 1 ? short[0]! : short.join(' ');
  }

  /** Among the runs listed (in reading order), the nearest before `at` (else the first after) that is longer than `key` and has it at `edge`. */
  private nearestLonger(list: readonly number[] | undefined, key: readonly string[], at: number, edge: 'suffix' | 'prefix'): NameRun | null {
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    let before = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[list[mid]!]!.start <= at) {
        before = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = before; i >= 0 && i > before - NAME_LOOKBACK; i--) if (fits(this.runs[list[i]!]!, key, edge)) return this.runs[list[i]!]!;
    for (let i = before + 1; i < list.length && i < before + 1 + NAME_LOOKBACK; i++) if (fits(this.runs[list[i]!]!, key, edge)) return this.runs[list[i]!]!;
    return null;
  }

  private isPerson(full: string): boolean {
    const entity = this.entityByName.get(full);
    if (entity) return entity.type === 'PERSON';
    if (this.speakers.has(full) || this.genders.has(full) || this.titled.has(full)) return true;
    const first = full.split(' ')[0]!.toLowerCase();
    return MALE_NAMES.has(first) || FEMALE_NAMES.has(first);
  }

  private readonly mentionCache = new Map<string, TextSpan[]>();

  /** The subject first, then every other place the article names this speaker. */
  private mentionsOf(full: string, subject: TextSpan | null): TextSpan[] {
    const all = this.mentionCache.get(full) ?? this.findMentions(full);
    this.mentionCache.set(full, all);
    // The first few places the name occurs: enough to highlight it, and a record stays linear in
    // size when one person speaks hundreds of times (the entity list has every mention).
    const others = [];
    for (const m of all) {
      if (others.length === MAX_MENTIONS) break;
      if (!subject || m.start !== subject.start) others.push(m);
    }
    return subject ? [subject, ...others] : others;
  }

  private findMentions(full: string): TextSpan[] {
    const entity = this.entityByName.get(full);
    if (entity) return [...entity.mentions];
    const fullWords = lowerWords(full);
    if (fullWords.length === 0) return [];
    const byWord = this.runsByWord();
    const candidates = new Set([...(byWord.get(fullWords[0]!)?.first ?? []), ...(byWord.get(fullWords[fullWords.length - 1]!)?.last ?? [])]);
    const mentions: TextSpan[] = [];
    for (const r of [...candidates].sort((a, b) => a - b)) {
      const run = this.runs[r]!;
      if (containsAtEdge(fullWords, run.lower)) mentions.push({ text: run.text, start: run.start, end: run.end });
    }
    return mentions;
  }

  /** The byWord index, built the first time a name is looked up among the runs (entities answer most look-ups). */
  private runsByWord(): Map<string, { readonly first: number[]; readonly last: number[] }> {
    if (this.byWord) return this.byWord;
    const byWord = new Map<string, { first: number[]; last: number[] }>();
    for (let r = 0; r < this.runs.length; r++) {
      const lower = this.runs[r]!.lower;
      const first = listsOf(byWord, lower[0]!);
      first.first.push(r);
      // A one-word run ends with the word it starts with: one look-up serves both lists.
      (lower.length === 1 ? first : listsOf(byWord, lower[lower.length - 1]!)).last.push(r);
    }
    return (this.byWord = byWord);
  }

  private lastRunBefore(at: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid]!.start < at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private span(first: number, end: number): TextSpan {
    const start = this.tokens[first]!.start;
    const stop = this.tokens[end - 1]!.end;
    return { text: this.text.slice(start, stop), start, end: stop };
  }
}

/** Every capitalised run of the article, in order, with the roles its phrase or apposition gives it. */
function findNameRuns(parsed: ParsedArticle): NameRun[] {
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
      const phrase = phraseEndingAt(tokens, end - 1, s.firstToken);
      if (phrase) for (const role of phrase.roles) roles.push(role);
      appositionRoles(tokens, i, end, s.firstToken, s.endToken, roles);
      const runWords = splitWordsIn(text, start, start + runText.length);
      runs.push({ text: runText, start, end: start + runText.length, words: runWords, lower: runWords.map((w) => w.toLowerCase()), roles });
      i = end;
    }
  }
  return runs;
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

/** The runs starting and ending with `word` in `byWord`, created empty when it is new. */
function listsOf(byWord: Map<string, { first: number[]; last: number[] }>, word: string): { first: number[]; last: number[] } {
  let lists = byWord.get(word);
  if (!lists) byWord.set(word, (lists = { first: [], last: [] }));
  return lists;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The sex a title gives ("Mrs", "spokesman"), if any. */
function titleGender(role: string): Gender | undefined {
  return MALE_TITLES.has(role) ? 'male' : FEMALE_TITLES.has(role) ? 'female' : undefined;
}

function genderOf(run: NameRun): Gender | undefined {
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

/** Where the lower-cased words `part` sit in the name `full`: at its end, its start, or neither. */
function edgeOf(full: readonly string[], part: readonly string[]): 'suffix' | 'prefix' | null {
  let prefix = true;
  let suffix = true;
  for (let i = 0; i < part.length; i++) {
    if (full[i] !== part[i]) prefix = false;
    if (full[full.length - part.length + i] !== part[i]) suffix = false;
  }
  return suffix ? 'suffix' : prefix ? 'prefix' : null;
}

/** Does `full` start or end with the words of `part` (a surname, or a given name)? */
function containsAtEdge(full: readonly string[], part: readonly string[]): boolean {
  return part.length > 0 && part.length <= full.length && edgeOf(full, part) !== null;
}

function lowerWords(name: string): string[] {
  const list = splitWords(name);
  for (let i = 0; i < list.length; i++) list[i] = list[i]!.toLowerCase();
  return list;
}

function hasTitle(roles: readonly string[]): boolean {
  for (const role of roles) if (TITLES.has(role)) return true;
  return false;
}

/** A run longer than `key` with it at `edge`: a fuller form of the name. */
function fits(run: NameRun, key: readonly string[], edge: 'suffix' | 'prefix'): boolean {
  return run.lower.length > key.length && edgeOf(run.lower, key) === edge;
}

/** `mentions` in ascending order of start: the list itself when it is so already (entities list them in order). */
function byStart(mentions: readonly TextSpan[]): readonly TextSpan[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  return mentions;
}

/**
 * The smallest distance of a mention (in ascending order of start) from `at`, counting one before
 * it (or at it) by how far back it is and one after it as 1e9 further: the latest start at or
 * before `at`, else the first start.
 */
function nearestMentionDistance(mentions: readonly TextSpan[], at: number): number {
  if (mentions.length === 0) return Infinity;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? at - mentions[lo - 1]!.start : 1e9 + mentions[0]!.start - at;
}
