/**
 * Extra training material for scripts/train-ner.ts: other annotated files (--extra,
 * --extra-posts) and more gazetteer names (--names). Read only at training time.
 */
import { readFileSync } from 'node:fs';
import { parseConll, selectSentences, sentenceOf, type ConllDocument } from '../../src/core/eval/conll.js';
import { GAZETTEER_LISTS, type GazetteerList } from '../../src/core/entities/gazetteer.js';

/**
 * `FILE` or `FILE@A-B` (sentences A to B only, numbered from 1 across the file: btc's news
 * section G is train.txt@3201-5338). With `posts`, each sentence is a document of its own:
 * the tweets of btc and wnut17 are one "document" per file there, but share no context, and
 * the tagger's document features (a word's other mentions, its earlier types) would read
 * across thousands of unrelated posts.
 */
export function readExtra(spec: string, posts: boolean): ConllDocument[] {
  const m = /^(.*)@(\d+)-(\d+)$/.exec(spec);
  let docs = parseConll(readFileSync(m ? m[1]! : spec, 'utf8'));
  if (m) docs = selectSentences(docs, Number(m[2]), Number(m[3]));
  return posts ? docs.flatMap((d) => d.sentenceStarts.map((_, s) => sentenceOf(d, s))) : docs;
}

/** A list of names to add (train-ner's --names LIST=FILE): one name per line. */
export interface ExtraNames {
  readonly list: GazetteerList;
  readonly names: readonly string[];
}

// Legal suffixes of listing names ("Tesla, Inc.", "IDEX Corporation"): news writes the name
// without them, so the short form is listed too.
const LEGAL_SUFFIX = /,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|plc|PLC|Ltd\.?|Limited|N\.V\.|S\.A\.|AG|SE|LLC|L\.P\.)$/;

/** The name and, for a company, its form without a legal suffix or a leading "The". */
export function nameForms(list: GazetteerList, name: string): string[] {
  if (list !== 'company') return [name];
  const short = name.replace(LEGAL_SUFFIX, '').replace(/^The\s+/, '');
  return short && short !== name ? [name, short] : [name];
}

/** --names LIST=FILE: a gazetteer list (company, person, city, country, nationality) and a file of names, one a line. */
export function readNames(spec: string): ExtraNames {
  const at = spec.indexOf('=');
  const list = spec.slice(0, at) as GazetteerList;
  if (at < 0 || !GAZETTEER_LISTS.includes(list)) throw new Error(`--names expects LIST=FILE, LIST one of ${GAZETTEER_LISTS.join(', ')}`);
  const names = readFileSync(spec.slice(at + 1), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { list, names };
}
