// Second build step: the command line and the batch worker as one file each.
//
// Loading ~95 separate ES modules cost a `precis` run ~65 ms before any work (node's own
// start is ~60 ms); as one bundle each, ~35 ms. tsc's per-module output stays in dist/ as
// the library (dist/index.js and its types); these two files replace its CLI entry and
// worker. Packages stay external: they load from node_modules as usual.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts', 'src/io/worker.ts'],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
