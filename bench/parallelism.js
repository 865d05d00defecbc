// How much parallelism the machine really offers right now: the same fixed piece of
// arithmetic on 1 thread, then on one thread per core at once. On an idle 2-core machine the
// ratio is ~2; on a shared one it can fall to 1, and then no worker pool can be faster than
// one thread. Prints the ratio.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const WORK = `
const { parentPort } = require('node:worker_threads');
const started = performance.now();
let x = 0;
for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage([performance.now() - started, x]);`;

function spin(threads) {
  const started = performance.now();
  const all = Array.from(
    { length: threads },
    () =>
      new Promise((resolve, reject) => {
        const worker = new Worker(WORK, { eval: true });
        worker.once('message', () => void worker.terminate().then(resolve));
        worker.once('error', reject);
      }),
  );
  return Promise.all(all).then(() => performance.now() - started);
}

const cores = availableParallelism();
const one = await spin(1);
const many = await spin(cores);
process.stdout.write(`${((cores * one) / many).toFixed(2)}\n`);
