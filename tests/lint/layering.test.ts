import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import noImportCycle from '../../scripts/lint/no-import-cycle.js';
import { ROOT } from '../helpers.js';

/** The rules that fire when `code` is linted as `file` (relative to the root) with the project's config. */
async function rulesFired(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('eslint.config.js: the layers', () => {
  it('lets the core import its own modules, types and packages', async () => {
    expect(await rulesFired('src/core/example.ts', "import type { Span } from './types.js';\nimport { createRequire } from 'node:module';\n")).toEqual([]);
  });

  it.each([
    ["import { readArticle } from '../io/read-article.js';"],
    ["import { recordLine } from '../cli/render/json.js';"],
    ["import { readFileSync } from 'node:fs';"],
    ["import { readFile } from 'fs/promises';"],
    ["import { Worker } from 'node:worker_threads';"],
    ["export { spawn } from 'node:child_process';"],
  ])('forbids the core %s', async (code) => {
    expect(await rulesFired('src/core/example.ts', code)).toEqual(['no-restricted-imports']);
  });

  it.each([['process.exitCode = 1;'], ["console.log('x');"]])('forbids the core the global in %s', async (code) => {
    expect(await rulesFired('src/core/example.ts', code)).toEqual(['no-restricted-globals']);
  });

  it('forbids io to import cli', async () => {
    expect(await rulesFired('src/io/example.ts', "import { errorLine } from '../cli/render/json.js';")).toEqual(['no-restricted-imports']);
  });

  it.each([["import { startPool } from '../io/pool.js';"], ["import { renderBrief } from '../cli/render/terminal.js';"]])(
    'forbids render, below io and cli: %s',
    async (code) => {
      expect(await rulesFired('src/render/example.ts', code)).toEqual(['no-restricted-imports']);
    },
  );

  it('lets io import render (the worker renders NDJSON and the Markdown brief)', async () => {
    expect(await rulesFired('src/io/example.ts', "import { recordLine } from '../render/ndjson.js';")).toEqual([]);
  });

  it.each([['src/io/example.ts'], ['src/cli/example.ts'], ['src/render/example.ts']])('makes %s reach the core through src/index.ts', async (file) => {
    expect(await rulesFired(file, "import { analyze } from '../index.js';")).toEqual([]);
    expect(await rulesFired(file, "import { analyze } from '../core/analyze.js';")).toEqual(['no-restricted-imports']);
  });
});

describe('precis/no-import-cycle', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-cycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, code: string) => writeFileSync(path.join(dir, name), code);

  async function cycleMessages(file: string): Promise<string[]> {
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { precis: { rules: { 'no-import-cycle': noImportCycle } } },
        rules: { 'precis/no-import-cycle': 'error' },
      },
    });
    const [result] = await eslint.lintFiles([path.join(dir, file)]);
    return result!.messages.map((m) => m.message);
  }

  it('reports a cycle through a type-only import, written with the .js suffix', async () => {
    write('marks.ts', "import { single } from './single.js';\nexport interface Span { start: number }\nexport const marks = single;\n");
    write('single.ts', "import type { Span } from './marks.js';\nexport const single = (s: Span) => s.start;\n");
    expect(await cycleMessages('marks.ts')).toEqual(['Import cycle: marks.ts -> single.ts -> marks.ts']);
    expect(await cycleMessages('single.ts')).toEqual(['Import cycle: single.ts -> marks.ts -> single.ts']);
  });

  it('reports a longer cycle through a re-export', async () => {
    write('a.ts', "export { b } from './b.js';\n");
    write('b.ts', "import { c } from './c.js';\nexport const b = c;\n");
    write('c.ts', "import './a.js';\nexport const c = 1;\n");
    expect(await cycleMessages('a.ts')).toEqual(['Import cycle: a.ts -> b.ts -> c.ts -> a.ts']);
  });

  it('accepts imports that lead only downwards', async () => {
    write('top.ts', "import { low } from './low.js';\nimport type { Low } from './low.js';\nexport const top: Low = low;\n");
    write('low.ts', 'export type Low = number;\nexport const low = 1;\n');
    expect(await cycleMessages('top.ts')).toEqual([]);
  });
});
