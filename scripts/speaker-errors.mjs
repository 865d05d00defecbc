#!/usr/bin/env node
/**
 * Sorts the wrong speakers of `precis eval quotes --errors` into rough classes, by rules over each
 * line's text (our speaker and the words it came from, the annotated source, the context), so a
 * round of speaker work can be measured before and after the same way. Rough by design: the last
 * class is what no rule claims (a different annotation matched, or a name far from the cue), and
 * is read by hand.
 *   node bin/precis.js eval quotes --polnear DIR --split train --errors | node scripts/speaker-errors.mjs [CLASS-PREFIX]
 * With a class prefix, also lists that class's errors.
 */
import { readFileSync } from 'node:fs';

const lines = readFileSync(0, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('speaker\t'));
const words = (s) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 2);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DOCUMENTS = /\b(poll|report|transcript|study|interview|account|book|survey|sources?|audio|editorial|declaration|memo)\b/i;

function classify(ours, gold, cue, context) {
  const name = ours.replace(/ \(from ".*"\)$/, '');
  const from = (ours.match(/\(from "(.*)"\)$/) ?? [])[1] ?? '';
  if (/^(said|asked|according to|read|here|his|her|said in .*|\S+’s|\S+'s)$/i.test(gold.trim())) return 'annotation slip (source is a cue word or fragment)';
  const outer = new RegExp(`(according to|reported|,\\s*recalled|told) ?(an? |the )?${escape(gold.slice(0, 12))}`, 'i').test(context);
  if (outer || (DOCUMENTS.test(gold) && name !== '-' && !words(gold).some((w) => words(name).includes(w))))
    return 'outer source of a nested attribution (according to / reported / a poll)';
  if (name === '-') return 'no speaker found';
  if (/^(he|she|they|it|his|her|we)$/i.test(from) || ['I', 'they', 'it'].includes(name)) return 'pronoun resolved to the wrong antecedent';
  if (words(gold).some((w) => words(name).includes(w) || words(name).includes(w.replace(/s$/, ''))))
    return 'right phrase, the scorer head rule disagrees (dashes, participles, "close to")';
  const last = name.toLowerCase().split(' ').pop();
  const text = context.toLowerCase();
  if (cue && text.includes(last) && text.indexOf(last) < text.indexOf(cue.toLowerCase())) return 'another noun or name of the sentence (wrong span)';
  return "unclaimed: another annotation's source, or a name far from the cue";
}

const counts = new Map();
const listed = [];
for (const line of lines) {
  const [, , ours, gold, cue, context] = line.split('\t');
  const cls = classify(ours.replace(/^ours: /, ''), gold.replace(/^gold: /, ''), cue.replace(/^cue: /, ''), context ?? '');
  counts.set(cls, (counts.get(cls) ?? 0) + 1);
  if (process.argv[2] && cls.startsWith(process.argv[2])) listed.push(`${cls}\t${ours}\t${gold}`);
}
console.log(`${lines.length}\twrong speakers`);
for (const [cls, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${cls}`);
if (listed.length > 0) console.log(listed.join('\n'));
