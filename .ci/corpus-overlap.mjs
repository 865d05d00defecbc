#!/usr/bin/env node
// Corpus-text gate: the development corpora are third-party news that must never be copied into the
// project (fixtures, docs and comments use sentences we make up). This fails when any tracked text
// file shares a run of WORDS consecutive words with a corpus text, listing each run and where both are.
// Usage: node .ci/corpus-overlap.mjs ../shared/corpora [ALLOW.json]
// Runs that are not article text (site boilerplate the cleaner must recognise, an agency's full name)
// are listed with the reason in .ci/corpus-overlap-allow.json.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Seven, not nine: a 7-word scan found fixtures that followed a corpus sentence's wording with names
// swapped, which 9 let through; at 7 what the project shares with the corpora is only the allowed stock phrases.
const WORDS = 7;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const corpora = path.resolve(process.argv[2] ?? '../shared/corpora');
// The allow list can be named so that its own rules can be tested without editing the real one.
const allowFile = process.argv[3] ? path.resolve(process.argv[3]) : path.join(here, 'corpus-overlap-allow.json');

/** Lower-case letter/digit runs, so punctuation, quote marks and line breaks do not hide a copy. */
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/**
 * Our files hold fixtures as string literals: an escape ("vote\n\nThe", "Roe\u2019s") would join
 * its letter to the next word ("nthe", "u2019s") and hide a copied run that starts or crosses there.
 */
const sourceWords = (text) => words(text.replace(/\\(?:u\{?[0-9a-fA-F]{4,6}\}?|x[0-9a-fA-F]{2}|.)/g, ' '));

// The seed article ships on purpose (that one file, not any article put beside it later); models and
// the lockfile are data, not prose.
const skipped = /^(articles\/china-north-korea-ties\.txt$|models\/|package-lock\.json$)/;
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !skipped.test(f));

/**
 * Every WORDS-word run inside an allowed text (an entry is usually longer than one run). An entry
 * shorter than a run could never match, so it would look like an exemption while exempting nothing.
 */
const allowed = new Set(
  JSON.parse(readFileSync(allowFile, 'utf8')).flatMap((a) => {
    const w = words(a.text);
    if (w.length < WORDS) {
      console.error(`corpus-overlap: allow entry "${a.text}" has ${w.length} words; an entry needs at least ${WORDS}`);
      process.exit(2);
    }
    return w.slice(0, w.length - WORDS + 1).map((_, i) => w.slice(i, i + WORDS).join(' '));
  }),
);

/** Each WORDS-word run of the project's text, with every file that has it (so one pass finds every copy). */
const runs = new Map();
for (const file of tracked) {
  const w = sourceWords(readFileSync(path.join(root, file), 'utf8'));
  for (let i = 0; i + WORDS <= w.length; i++) {
    const run = w.slice(i, i + WORDS).join(' ');
    const files = runs.get(run);
    if (!files) runs.set(run, [file]);
    else if (files.at(-1) !== file) files.push(file);
  }
}

/** CoNLL-style files hold one token per line with tags after it: read the first column as text. */
function corpusText(file) {
  const text = readFileSync(file, 'utf8');
  if (!/\.(conll|conllu|iob2?)$/.test(file) && !/conll|ner-extra/.test(file)) return text;
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.split(/\s+/)[0])
    .join(' ');
}

function* corpusFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* corpusFiles(full);
    else if (/\.(txt|conll|conllu|iob2?|tsv)$/.test(entry.name) && entry.name !== 'README.md') yield full;
  }
}

const found = new Map();
for (const file of corpusFiles(corpora)) {
  const w = words(corpusText(file));
  for (let i = 0; i + WORDS <= w.length; i++) {
    const run = w.slice(i, i + WORDS).join(' ');
    const ours = runs.get(run);
    if (ours && !allowed.has(run) && !found.has(run)) found.set(run, { ours, theirs: path.relative(corpora, file) });
  }
}

if (found.size === 0) {
  console.log(`corpus-overlap: no ${WORDS}-word run of ${tracked.length} tracked files is in ${corpora}`);
} else {
  const lines = [...found].flatMap(([run, { ours, theirs }]) => ours.map((file) => `${file}: "${run}" (${theirs})`));
  for (const line of lines.sort()) console.log(line);
  console.log(`corpus-overlap: ${found.size} runs of ${WORDS} words copied from the corpora; rewrite them as made-up text`);
  process.exitCode = 1;
}
