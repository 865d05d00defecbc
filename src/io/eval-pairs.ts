import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from './decode.js';

/** An article file and the reference summary it is scored against. */
export interface EvalPair {
  readonly article: string;
  readonly reference: string;
  /** Path relative to the articles folder, for messages. */
  readonly name: string;
}

/** Which of the two paths cannot be used: the articles (missing) or the references (not a folder). */
export function unusablePath(articlesPath: string, refsPath: string): 'articles' | 'refs' | undefined {
  if (!existsSync(articlesPath)) return 'articles';
  if (!existsSync(refsPath) || !statSync(refsPath).isDirectory()) return 'refs';
  return undefined;
}

/**
 * Walks `articlesPath` for article files and pairs each with its reference: `<n>.article.txt`
 * with `<n>.highlights.txt`, anything else with the same relative path under `refsPath`.
 */
export function findPairs(articlesPath: string, refsPath: string): { pairs: EvalPair[]; missing: string[] } {
  const pairs: EvalPair[] = [];
  const missing: string[] = [];
  const root = statSync(articlesPath).isDirectory() ? articlesPath : path.dirname(articlesPath);
  for (const file of listFiles(articlesPath)) {
    const name = path.relative(root, file);
    if (/\.highlights\.txt$/.test(name) || !/\.(txt|md)$/i.test(name)) continue;
    const reference = path.join(refsPath, name.replace(/\.article\.txt$/, '.highlights.txt'));
    if (reference === file) continue;
    if (existsSync(reference)) pairs.push({ article: file, reference, name });
    else missing.push(name);
  }
  return { pairs, missing };
}

/** Every file under `at` (or `at` itself when it is a file), sorted depth-first. */
export function listFiles(at: string): string[] {
  if (!statSync(at).isDirectory()) return [at];
  return readdirSync(at, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(at, entry.name)) : entry.isFile() ? [path.join(at, entry.name)] : []));
}

/** `size` items spread evenly over the (sorted) list: the same sample on every run. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  if (size >= items.length) return [...items];
  return Array.from({ length: size }, (_, i) => items[Math.floor((i * items.length) / size)]!);
}

/** The article's text and its reference summary, decoded. */
export function readPair(pair: EvalPair): { article: string; reference: string } {
  return { article: decodeText(readFileSync(pair.article)), reference: decodeText(readFileSync(pair.reference)) };
}
