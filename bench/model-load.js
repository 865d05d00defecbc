// The entity model's load, once, in this fresh process (issue 12's bar: < 60 ms): importing the
// tagger's code, then getNerModel() reading and decoding models/*.json, each timed on the wall
// clock and the model's load in CPU time too (on a shared machine the wall mostly measures the
// other processes). Prints one JSON line. Usage: npm run build && node bench/model-load.js
let wall = performance.now();
const { getNerModel } = await import('../dist/core/entities/index.js');
const importMs = performance.now() - wall;
const cpu = process.cpuUsage();
wall = performance.now();
getNerModel();
const loadMs = performance.now() - wall;
const { user, system } = process.cpuUsage(cpu);
const round = (ms) => Math.round(ms * 10) / 10;
process.stdout.write(`${JSON.stringify({ importMs: round(importMs), loadMs: round(loadMs), loadCpuMs: round((user + system) / 1000) })}\n`);
