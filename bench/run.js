// npm run bench -- FOLDER [--runs N] [--file ARTICLE] [--jobs N]
//
// The batch bar of issue 6, measured in one run: every figure is a whole child process (wall
// time; peak RSS including worker threads), run several times with the contenders
// interleaved so machine noise hits all alike; medians are reported.
//   batch:  precis --json FOLDER (full analysis: summary, quotes, entities; NDJSON) against a
//           script that only has wink-nlp parse the same files on one thread. Bar: <= 0.8x,
//           peak memory <= 400 MiB. Also --jobs 1 and a forced pool, whichever precis chose.
//   single: precis summary FILE against a bare node that loads wink-nlp and its model. Bar: <= 1.3x.
//   digest: precis digest --json FOLDER against precis --json FOLDER. Bar: <= 1.3x, <= 400 MiB;
//           then the digest step alone on 2,000 to 32,000 synthetic records (near-linear scaling).
//   entity model: getNerModel() in fresh processes (bench/model-load.js). Bar: < 60 ms (issue 12).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleFiles } from './walk.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' }, file: { type: 'string' }, jobs: { type: 'string' } },
});
const folder = positionals[0];
if (!folder) {
  process.stderr.write('usage: npm run bench -- FOLDER [--runs N] [--file ARTICLE] [--jobs N]\n  e.g. npm run bench -- ../shared/corpora/bbc-dev/articles\n');
  process.exit(2);
}
const runs = Number(values.runs);
const files = await articleFiles(folder);
if (files.length === 0) {
  process.stderr.write(`bench: no article files in ${folder}\n`);
  process.exit(2);
}
const single = values.file ?? files[0];
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const bin = path.join(root, 'bin', 'precis.js');
const jobs = values.jobs ? ['--jobs', values.jobs] : [];
const scratch = mkdtempSync(path.join(tmpdir(), 'precis-bench-'));

/** Runs `node args…` once: wall seconds, CPU seconds, peak RSS in MiB, and the lines it printed. */
function measure(args) {
  const rssFile = path.join(scratch, `rss-${process.hrtime.bigint()}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', path.join(here, 'max-rss.js'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    });
    let lines = 0;
    let errors = 0;
    let stderr = '';
    let tail = '';
    child.stdout.on('data', (chunk) => {
      const text = tail + chunk.toString('utf8');
      const parts = text.split('\n');
      tail = parts.pop();
      lines += parts.length;
      for (const p of parts) if (p.startsWith('{"source"') && p.includes('"error":')) errors++;
    });
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
      const rssMiB = usage.maxRssKiB / 1024;
      const cpu = usage.cpuMicros / 1e6;
      // Exit code 1 (some input failed) still measures the whole batch; a crash does not.
      if (code !== 0 && code !== 1)
        process.stderr.write(`bench: node ${args.join(' ')} exited ${code}; its figures are not comparable:\n${stderr.split('\n').slice(-4).join('\n')}\n`);
      resolve({ seconds, cpu, rssMiB, lines, errors });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function compare(contenders, times) {
  const results = contenders.map(() => []);
  for (let i = 0; i < times; i++) {
    for (let c = 0; c < contenders.length; c++) results[c].push(await measure(contenders[c].args));
  }
  return results.map((r) => ({
    seconds: median(r.map((x) => x.seconds)),
    cpu: median(r.map((x) => x.cpu)),
    rssMiB: Math.max(...r.map((x) => x.rssMiB)),
    lines: r[0].lines,
    errors: r[0].errors,
  }));
}

const fmt = (s) => `${s.toFixed(2)} s`;
const mib = (m) => `${Math.round(m)} MiB`;
const rel = (path_) => path.relative(process.cwd(), path_) || path_;

// Other work on the machine skews every figure: say how busy it was.
const load = () => loadavg()[0].toFixed(1);
process.stdout.write(
  `precis bench: ${rel(folder)}: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB; node ${process.version}, ${availableParallelism()} cores, load ${load()}; ${runs} runs each, medians (memory: the highest peak)\n\n`,
);

/** Runs a bench helper script and returns what it printed. */
function script(name, ...args) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(process.execPath, [path.join(here, name), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d) => (out += d));
    child.on('close', () => resolve(out.trim()));
  });
}

const parallelBefore = await script('parallelism.js');
const cores = String(availableParallelism());
const [base, chosen, inline, pooled] = await compare(
  [
    { args: [path.join(here, 'wink-baseline.js'), folder] },
    { args: [bin, '--json', ...jobs, folder] },
    { args: [bin, '--json', '--jobs', '1', folder] },
    { args: [bin, '--json', '--jobs', values.jobs ?? cores, folder] },
  ],
  runs,
);
const row = (label, r, extra = '') =>
  process.stdout.write(`  ${label.padEnd(50)}${fmt(r.seconds).padStart(9)}${`cpu ${fmt(r.cpu)}`.padStart(13)}${mib(r.rssMiB).padStart(10)}${extra}\n`);
process.stdout.write('batch: full analysis to NDJSON\n');
row('wink-nlp parse only, 1 thread (baseline)', base);
row(`precis --json${jobs.length ? ' ' + jobs.join(' ') : ''} FOLDER (as a user runs it)`, chosen, `   ${chosen.lines} records, ${chosen.errors} errors`);
row('precis --json --jobs 1 FOLDER (main thread only)', inline);
row(`precis --json --jobs ${values.jobs ?? cores} FOLDER (worker pool)`, pooled);
process.stdout.write(`  time ratio (precis / baseline): ${(chosen.seconds / base.seconds).toFixed(2)}x   (bar: 0.80x)\n`);
process.stdout.write(`  peak memory: ${mib(chosen.rssMiB)} as run, ${mib(pooled.rssMiB)} with the pool   (bar: 400 MiB)\n`);
process.stdout.write(
  `  pool speed-up over --jobs 1: ${(inline.seconds / pooled.seconds).toFixed(2)}x wall; the pool's extra CPU: ${((pooled.cpu / inline.cpu - 1) * 100).toFixed(0)}%\n\n`,
);

const [analysed, digested] = await compare([{ args: [bin, '--json', ...jobs, folder] }, { args: [bin, 'digest', '--json', ...jobs, folder] }], runs);
process.stdout.write('digest: stories from the same folder\n');
row(`precis --json${jobs.length ? ' ' + jobs.join(' ') : ''} FOLDER`, analysed);
row(`precis digest --json${jobs.length ? ' ' + jobs.join(' ') : ''} FOLDER`, digested, `   ${digested.lines} stories`);
process.stdout.write(
  `  time ratio (digest / --json): ${(digested.seconds / analysed.seconds).toFixed(2)}x   (bar: 1.30x); peak memory ${mib(digested.rssMiB)}   (bar: 400 MiB)\n`,
);
process.stdout.write((await script('digest-scale.js', '2000', '8000', '32000')) + '\n\n');

const [bare, one] = await compare([{ args: [path.join(here, 'bare-wink.js')] }, { args: [bin, 'summary', single] }], Math.max(runs * 2, 10));
process.stdout.write(`single article: ${rel(single)}\n`);
row('node + wink-nlp + model, nothing else (floor)', bare);
row('precis summary FILE', one);
process.stdout.write(`  time ratio (precis / floor): ${(one.seconds / bare.seconds).toFixed(2)}x   (bar: 1.30x)\n\n`);

// Fresh processes, as a user's run pays it: the entity model's load (bar: < 60 ms).
const loads = [];
for (let i = 0; i < Math.max(runs * 2, 10); i++) loads.push(JSON.parse(await script('model-load.js')));
const medianOf = (key) => median(loads.map((l) => l[key])).toFixed(1);
process.stdout.write(
  `entity model: importing the tagger ${medianOf('importMs')} ms, getNerModel() ${medianOf('loadMs')} ms (cpu ${medianOf('loadCpuMs')} ms)   (bar: < 60 ms; medians of ${loads.length} fresh processes)\n\n`,
);

const stages = JSON.parse((await script('stages.js', folder)) || '{}');
const total = Object.values(stages).reduce((a, b) => a + b, 0);
process.stdout.write(
  'where one thread spends its time (one pass, ms):\n  ' +
    Object.entries(stages)
      .map(([k, v]) => `${k} ${v} (${Math.round((100 * v) / total)}%)`)
      .join(', ') +
    '\n',
);
process.stdout.write(
  `  analysis / parse: ${(total / Math.max(1, stages.parse)).toFixed(2)}x: on ${availableParallelism()} cores the pool can at best reach about ${(total / Math.max(1, stages.parse) / availableParallelism()).toFixed(2)}x of a parse-only baseline\n`,
);
const parallelAfter = await script('parallelism.js');
process.stdout.write(
  `\nthe machine: load average ${load()} at the end; ${availableParallelism()} threads of pure arithmetic ran ${parallelBefore}x (before) and ${parallelAfter}x (after) as fast as one\n`,
);
process.stdout.write(`  (an idle ${availableParallelism()}-core machine gives ~${availableParallelism()}x; a pool cannot beat one thread by more than that)\n`);
rmSync(scratch, { recursive: true, force: true });
