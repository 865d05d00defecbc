#!/usr/bin/env node
/**
 * Builds a test folder for copy detection: the articles of one or more corpus folders, plus
 * altered copies of some of them, the way syndication and re-posting alter news: boilerplate
 * added, re-wrapped, last paragraph dropped, CRLF line ends and latin-1 encoding, turned into
 * an HTML page (and some of these combined). Writes copies.tsv (copy<TAB>original) and
 * stories.tsv (file<TAB>story: each article its own story, a copy its original's) beside them.
 * Corpora hold copies of their own (bbc-dev has identical files; ECB+ has one wire story posted
 * by several sites): a corpus file whose exact word 5-shingles are 80% or more inside an earlier
 * file's is listed as a copy of it, and one between 30% and 80% (an updated version of a wire
 * story: copy or not is a matter of opinion) is left out, so the reference is unambiguous.
 * Related but different articles (ECB+'s several reports of one event) stay in as non-copies.
 * Writes into a fresh temporary folder (never into the project) and prints its path.
 *   node scripts/make-copies.mjs ../shared/corpora/ecbplus-dev/articles ../shared/corpora/bbc-dev/articles
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from '../bench/seeded-random.js';

const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const share = Number(process.argv.find((a) => a.startsWith('--share='))?.slice(8) ?? 0.3);
if (folders.length === 0) throw new Error('usage: make-copies.mjs CORPUS_FOLDER... [--share=0.3]');

const random = seededRandom(20261206);
const pick = (list) => list[Math.floor(random() * list.length)];

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : [],
  );

const HEADERS = [
  'Advertisement\n\nShare this article: Facebook | Twitter | Email',
  'Breaking News Network — Latest headlines from around the world',
  'Subscribe now for unlimited access to all our journalism.',
];
const FOOTERS = [
  '© 2026 Example Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Sign up for our daily newsletter to get the top stories delivered to your inbox every morning.\n\nRelated: More news from our correspondents',
  'Reporting by staff writers; editing by the news desk. Follow us on social media for updates.',
];

const paragraphs = (text) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const alterations = {
  boilerplate: (ps) => [pick(HEADERS), ...ps, pick(FOOTERS)],
  rewrap: (ps) => ps.map((p) => p.replace(/(.{1,64})(\s+|$)/g, '$1\n').trim()),
  trimLast: (ps) => (ps.length > 3 ? ps.slice(0, -1) : ps),
};
const ALTERATIONS = [
  ['boilerplate'],
  ['rewrap'],
  ['trimLast'],
  ['crlfLatin1'],
  ['html'],
  ['boilerplate', 'trimLast'],
  ['html', 'boilerplate'],
  ['rewrap', 'crlfLatin1'],
];
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function makeCopy(text, kinds) {
  let ps = paragraphs(text);
  for (const k of kinds) if (alterations[k]) ps = alterations[k](ps);
  if (kinds.includes('html')) {
    const [title, ...body] = ps;
    const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>\n<article><h1>${escapeHtml(title)}</h1>\n${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article><footer>Contact us · Privacy policy · Terms</footer></body></html>\n`;
    return { ext: '.html', data: Buffer.from(html, 'utf8') };
  }
  const joined = ps.join('\n\n') + '\n';
  if (kinds.includes('crlfLatin1')) {
    // latin-1 has no curly quotes or dashes: a re-encoding site would have flattened them.
    const flat = joined.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').replace(/\n/g, '\r\n');
    return { ext: '.txt', data: Buffer.from(flat, 'latin1') };
  }
  return { ext: '.txt', data: Buffer.from(joined, 'utf8') };
}

/** Exact word 5-shingles, the reference the detector's MinHash estimates are checked against. */
const shingleSet = (text) => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  if (out.size === 0 && words.length > 0) out.add(words.join(' '));
  return out;
};
const postings = new Map();
const sizes = [];
const kept = [];
/** The earlier kept file this one most overlaps, as [index, containment]. */
function closest(set) {
  const overlap = new Map();
  for (const sh of set) for (const j of postings.get(sh) ?? []) overlap.set(j, (overlap.get(j) ?? 0) + 1);
  let best = [-1, 0];
  for (const [j, n] of overlap) {
    const c = n / Math.max(1, Math.min(set.size, sizes[j]));
    if (c > best[1]) best = [j, c];
  }
  return best;
}

const out = mkdtempSync(path.join(tmpdir(), 'precis-copies-'));
const copies = [];
const stories = [];
let leftOut = 0;
folders.forEach((folder, f) => {
  for (const file of walk(folder)) {
    const name = `c${f}/${path.relative(folder, file).split(path.sep).join('/')}`;
    const data = readFileSync(file);
    const set = shingleSet(data.toString('utf8'));
    const [j, c] = closest(set);
    if (c >= 0.3 && c < 0.8) {
      leftOut++;
      continue;
    }
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), data);
    if (c >= 0.8) {
      copies.push([name, kept[j]]);
      stories.push([name, kept[j]]);
      continue;
    }
    sizes.push(set.size);
    kept.push(name);
    for (const sh of set) postings.set(sh, [...(postings.get(sh) ?? []), kept.length - 1]);
    stories.push([name, name]);
    if (random() >= share) continue;
    const count = 1 + Math.floor(random() * 2);
    for (let k = 0; k < count; k++) {
      const kinds = pick(ALTERATIONS);
      const copy = makeCopy(data.toString('utf8'), kinds);
      const copyName = `${name.replace(/\.txt$/, '')}.copy${k}-${kinds.join('+')}${copy.ext}`;
      writeFileSync(path.join(out, copyName), copy.data);
      copies.push([copyName, name]);
      stories.push([copyName, name]);
    }
  }
});
writeFileSync(path.join(out, 'copies.tsv'), 'copy\toriginal\n' + copies.map((r) => r.join('\t')).join('\n') + '\n');
writeFileSync(path.join(out, 'stories.tsv'), 'file\tstory\n' + stories.map((r) => r.join('\t')).join('\n') + '\n');
process.stderr.write(`make-copies: ${stories.length} files, ${copies.length} copies, ${leftOut} corpus files left out as partial overlaps\n`);
console.log(out);
