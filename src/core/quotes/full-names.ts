import type { Entity, ParsedArticle, TextSpan, Token } from '../types.js';
import { FEMALE_NAMES, MALE_NAMES } from './titles-and-names.js';
import { isOwnHead } from '../entities/remits.js';
import { findNameRuns, genderOf, hasTitle, type Gender, type NameRun } from './name-runs.js';
import { byStart, containsAtEdge, fits, listsOf, lowerWords, nearestMentionDistance, push } from './name-words.js';
import { splitWordsIn } from './text.js';

/** A person or organisation with its name's lower-cased words and, once needed, its mentions in ascending order of start. */
interface EntityWords {
  readonly entity: Entity;
  readonly lower: readonly string[];
  sorted: readonly TextSpan[] | null;
}

/** How many earlier runs sharing a word a short name looks through for its full form. */
const NAME_LOOKBACK = 50;
/** Other mentions a speaker carries beside the cue's subject. */
const MAX_MENTIONS = 8;

/** The last word of `full` heads a body's or a venue's name ("Home Office", "Sage Centre"): no person's name. */
export function namesBody(full: string): boolean {
  const last = full.slice(full.lastIndexOf(' ') + 1);
  return isOwnHead(last) || VENUE_HEADS.has(last);
}
const VENUE_HEADS: ReadonlySet<string> = new Set(['Centre', 'Center', 'Stadium', 'Arena', 'Theatre', 'Theater', 'Hotel', 'Museum', 'Hospital', 'Airport']);

/**
 * Full names: the fullest form the article gives a short name, from the entity list or, failing
 * that, from the longest capitalised run that shares the surname ("Park" → "Park Won-gon"), and
 * what is known of each full name (a person? which gender?). Built once per article; it learns
 * genders and speakers in reading order as the resolver goes.
 */
export class NameIndex {
  readonly runs: NameRun[];
  /** Full names known to speak, and the genders learnt for full names. */
  readonly speakers = new Set<string>();
  readonly genders = new Map<string, Gender>();
  /** The first entity of each name, and the names some entity gives to no person: looked up per candidate run. */
  readonly entityByName = new Map<string, Entity>();
  readonly notPersonNames = new Set<string>();
  private readonly titled = new Set<string>();
  private readonly entitiesByWord = new Map<string, EntityWords[]>();
  /** Runs by their first and by their last lower-cased word, in reading order; built on first use (runsByWord). */
  private byWord: Map<string, { readonly first: number[]; readonly last: number[] }> | null = null;
  /** The full name each run resolves to, once looked up (fullOfRun). */
  private readonly runFull: (string | undefined)[];
  private readonly mentionCache = new Map<string, TextSpan[]>();

  private readonly text: string;
  private readonly tokens: readonly Token[];

  constructor(parsed: ParsedArticle, entities: readonly Entity[]) {
    this.text = parsed.article.text;
    this.tokens = parsed.tokens;
    this.runs = findNameRuns(parsed);
    for (const e of entities) {
      // (No place either is a pronoun's antecedent: "… the new route to Gull Island today He said".)
      if (e.type !== 'PERSON') this.notPersonNames.add(e.name);
      // Only people and organisations speak; places and dates in the entity list are no speakers.
      if (e.type !== 'PERSON' && e.type !== 'ORGANIZATION') continue;
      if (!this.entityByName.has(e.name)) this.entityByName.set(e.name, e);
      // "TimeWarner" in an entity named "Time Warner": a speaker spelled either way is that entity.
      for (const m of e.mentions)
        if (m.text !== e.name && spellingKey(m.text) === spellingKey(e.name) && !this.entityByName.has(m.text)) this.entityByName.set(m.text, e);
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
  fullOfRun(r: number): string {
    let full = this.runFull[r];
    if (full === undefined) {
      const run = this.runs[r]!;
      full = this.runFull[r] = this.fullNameOf(run.lower, run.words, run.start);
    }
    return full;
  }

  /** The fullest name the article gives for `short` near `at`: entities first, then capitalised runs. */
  fullName(short: readonly string[], at: number): string {
    return this.fullNameOf(
      short.map((w) => w.toLowerCase()),
      short,
      at,
    );
  }

  /** fullName of the words of tokens `first` to `end` (exclusive), at the first token's start. */
  fullNameOfTokens(first: number, end: number): string {
    const start = this.tokens[first]!.start;
    return this.fullName(splitWordsIn(this.text, start, this.tokens[end - 1]!.end), start);
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

  /** The entity search found `full` as an organisation (a party, a team, a family: "the Greens", "the Pells"). */
  isOrganization(full: string): boolean {
    return this.entityByName.get(full)?.type === 'ORGANIZATION';
  }

  /** The entity search found `full` as a place ("The Netherlands"). */
  isPlace(full: string): boolean {
    return this.entityByName.get(full)?.type === 'PLACE';
  }

  isPerson(full: string): boolean {
    const entity = this.entityByName.get(full);
    if (entity) return entity.type === 'PERSON';
    if (this.genders.has(full)) return true;
    // ("To an audience at the Gull Centre, the chancellor said": a title read off the comma after a place
    // the tagger found makes no person of it.)
    if (this.titled.has(full)) return !(this.notPersonNames.has(full) && namesBody(full));
    // (A speaker is a person unless the last word of its name heads a body's: "the Home Office said … But he argued"
    // is no man's "he".)
    if (this.speakers.has(full)) return !namesBody(full);
    // (A place the tagger found is no person for its given name: "the mayor of Dover, Virginia, … he".)
    if (this.notPersonNames.has(full)) return false;
    const first = full.split(' ')[0]!.toLowerCase();
    return MALE_NAMES.has(first) || FEMALE_NAMES.has(first);
  }

  /** The subject first, then every other place the article names this speaker. */
  /**
   * The first person whose name follows `words` closely in the text ("Federal Reserve chairman Mr
   * Greenspan" for "Federal Reserve"), or null. A linear scan of the runs, done only for a
   * description that carries a capitalised body.
   */
  personAfterWords(words: string): string | null {
    if (!words) return null;
    for (let r = 0; r < this.runs.length; r++) {
      const run = this.runs[r]!;
      const before = this.text.slice(Math.max(0, run.start - words.length - 30), run.start);
      const at = before.lastIndexOf(words);
      if (at < 0 || before.slice(at + words.length).includes('.')) continue;
      const full = this.fullOfRun(r);
      if (full !== words && !full.includes(words) && this.isPerson(full)) return full;
    }
    return null;
  }

  /** How often the article names this person or body. */
  mentionCount(full: string): number {
    const all = this.mentionCache.get(full) ?? this.findMentions(full);
    this.mentionCache.set(full, all);
    return all.length;
  }

  mentionsOf(full: string, subject: TextSpan | null): TextSpan[] {
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

  lastRunBefore(at: number): number {
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
}

/** A name's letters alone, lower-cased: "Time Warner" and "TimeWarner" are one spelling. */
export const spellingKey = (name: string) => name.replace(/[\s.-]+/g, '').toLowerCase();
