#!/usr/bin/env node
// Quality gates: runs `precis eval` on the development corpora and fails when a figure drops
// below its floor in .ci/floors.json. Floors sit just under what the code reaches and only
// ever go up. Usage: node .ci/gates.mjs ../shared/corpora [floors.json]
// (the second argument, for tests of this script, defaults to .ci/floors.json).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const corpora = path.resolve(process.argv[2] ?? '../shared/corpora');
const { gates } = JSON.parse(readFileSync(process.argv[3] ?? path.join(here, 'floors.json'), 'utf8'));

const get = (obj, dotted) => dotted.split('.').reduce((o, k) => (o == null ? undefined : /^\d+$/.test(k) ? o[Number(k)] : o[k]), obj);
/** `results[method=default].rouge1` picks an array element by a field's value. */
function pick(obj, selector) {
  let cur = obj;
  for (const part of selector.split('.')) {
    const m = /^(\w+)\[(\w+)=([\w-]+)\]$/.exec(part);
    cur = m ? cur?.[m[1]]?.find((x) => String(x[m[2]]) === m[3]) : get(cur, part);
  }
  return cur;
}

let failed = 0;
for (const gate of gates) {
  const args = gate.args.map((a) => a.replaceAll('{corpora}', corpora));
  // A gate on a corpus not every checkout has (ner-extra) names it in `needs`, and is skipped without it.
  const needs = gate.needs?.replaceAll('{corpora}', corpora);
  if (needs && !existsSync(needs)) {
    console.log(`gates: skip ${gate.name}: ${needs} not found`);
    continue;
  }
  const t0 = Date.now();
  const out = execFileSync(process.execPath, [path.join(root, 'bin', 'precis.js'), ...args, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const result = JSON.parse(out);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  for (const check of gate.checks) {
    const value = Number(pick(result, check.metric));
    const floor = check.min !== undefined ? check.min : Number(pick(result, check.above));
    const ok = Number.isFinite(value) && (check.min !== undefined ? value >= floor : value > floor);
    if (!ok) failed++;
    const bound = check.min !== undefined ? `floor ${check.min}` : `must beat ${check.above} = ${floor}`;
    console.log(`gates: ${ok ? 'ok  ' : 'FAIL'} ${gate.name}: ${check.metric} = ${value} (${bound})`);
  }
  console.log(`gates: ${gate.name} took ${seconds}s`);
}
if (failed > 0) {
  console.error(`gates: ${failed} figure(s) below the floor`);
  process.exit(1);
}
console.log('gates: all quality floors met');
