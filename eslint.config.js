// Lint enforces the layering that docs/development.md describes, which was a convention only:
//   src/core  pure: text in, plain data out. No io, no cli, no node: I/O, no process or console.
//   src/io    discovery, decoding, atomic writes, the worker pool. May use core (through the
//             public API), never cli.
//   src/render output decisions io and cli share (the brief's picks, NDJSON, the Markdown brief);
//             imports neither io nor cli, and the core only through the public API.
//   src/cli   commander wiring and renderers, at the top.
// plus no import cycles anywhere in src/ (scripts/lint/no-import-cycle.js says why our own rule).
// Only these rules are on, and without type information, so `npm run lint` stays a few seconds.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import noImportCycle from './scripts/lint/no-import-cycle.js';

/** Node modules that read or write the world: the core must stay a pure function of its input. */
const NODE_IO = [
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'inspector',
  'net',
  'os',
  'process',
  'readline',
  'readline/promises',
  'tls',
  'tty',
  'worker_threads',
].flatMap((name) => [name, `node:${name}`]);

const nodeIo = NODE_IO.map((name) => ({ name, message: 'src/core is pure: do I/O in src/io and pass the data in.' }));
const outOfCore = (...layers) => ({
  group: layers.map((layer) => `**/${layer}/**`),
  message: `src/core must not import ${layers.join(' or ')}: it sits below them.`,
});
const throughPublicApi = {
  group: ['**/core/**'],
  message: 'src/io and src/cli use the core only through src/index.ts, the public API.',
};
const noCli = { group: ['**/cli/**'], message: 'src/io must not import src/cli: it sits below it.' };
const noIoOrCli = { group: ['**/io/**', '**/cli/**'], message: 'src/render sits below io and cli: it imports neither.' };

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scratch/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { precis: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'precis/no-import-cycle': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeIo, patterns: [outOfCore('io', 'cli')] }],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: the CLI reads process and passes options in.' },
        { name: 'console', message: 'src/core is pure: return data; the CLI prints it.' },
        { name: 'fetch', message: 'src/core is pure: src/io fetches URLs.' },
      ],
    },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli, throughPublicApi] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughPublicApi] }] },
  },
  {
    // Output decisions shared by io (the worker renders NDJSON and the Markdown brief) and cli.
    files: ['src/render/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noIoOrCli, throughPublicApi] }] },
  },
);
