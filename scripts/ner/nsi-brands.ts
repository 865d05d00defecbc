/**
 * Brand names from name-suggestion-index (OpenStreetMap's brand list, BSD-3) as a file for
 * train-ner's `--names company=FILE`: tried as more company names and left out (no gain on
 * the modern-news proxy nor on cross-validation; docs/entities.md). Kept so the experiment can
 * be repeated; the package is not a dependency (install it anywhere and point at its JSON):
 *
 *   npx tsx scripts/ner/nsi-brands.ts DIR/node_modules/name-suggestion-index/dist/json/nsi.json [--global] > brands.txt
 *
 * Only the `brands/*` categories, names with a Wikidata id, in Latin script and with a capital;
 * `--global` keeps brands sold worldwide or in three countries or more.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface NsiItem {
  readonly displayName?: string;
  readonly locationSet?: { readonly include?: readonly string[] };
  readonly tags: Readonly<Record<string, string>>;
}
export interface NsiFile {
  readonly nsi: Readonly<Record<string, { readonly items: readonly NsiItem[] }>>;
}

const LATIN_NAME = /^[\p{Script=Latin}0-9 &.'’+!-]+$/u;

/** The brand names, sorted and without repeats. */
export function brandNames(file: NsiFile, global = false): string[] {
  const names = new Set<string>();
  for (const [category, { items }] of Object.entries(file.nsi)) {
    if (!category.startsWith('brands/')) continue;
    for (const item of items) {
      const name = (item.tags['brand:en'] ?? item.tags['brand'] ?? item.displayName ?? '').trim();
      if (!item.tags['brand:wikidata'] || name.length < 2 || !LATIN_NAME.test(name) || !/\p{Lu}/u.test(name)) continue;
      const where = item.locationSet?.include ?? [];
      if (global && !where.includes('001') && where.length < 3) continue;
      names.add(name);
    }
  }
  return [...names].sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, flag] = process.argv.slice(2);
  if (!path) throw new Error('usage: npx tsx scripts/ner/nsi-brands.ts nsi.json [--global]');
  process.stdout.write(`${brandNames(JSON.parse(readFileSync(path, 'utf8')) as NsiFile, flag === '--global').join('\n')}\n`);
}
