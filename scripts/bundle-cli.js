// Second build step: the command line and the batch worker as one file each.
//
// Loading ~95 separate ES modules cost a `precis` run ~65 ms before any work (node's own
// start is ~60 ms); as one bundle each, ~35 ms. tsc's per-module output stays in dist/ as
// the library (dist/index.js and its types); these two files replace its CLI entry and
// worker. Packages load from node_modules as usual, except the two every run needs at once:
// commander and chalk, a dozen small files between them, are bundled too (~6 ms less), and so
// are the terminal-width helpers every renderer imports (wrap-ansi, string-width, strip-ansi).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const BUNDLED = new Set(['commander', 'chalk', 'wrap-ansi', 'string-width', 'strip-ansi']);

await build({
  entryPoints: ['src/cli/bin.ts', 'src/io/worker.ts'],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The package itself (precis/models/…, precis/package.json) is loaded at run time, not bundled.
  external: ['precis', ...Object.keys(dependencies).filter((name) => !BUNDLED.has(name))],
  // commander is CommonJS: its require() of node's modules needs a require in an ES module.
  banner: { js: "import { createRequire as __precisCreateRequire } from 'node:module'; const require = __precisCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
