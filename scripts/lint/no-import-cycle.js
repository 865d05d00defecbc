// ESLint rule: no import cycles between source files, type-only imports included.
//
// eslint-plugin-import-x's no-cycle skips `import type` edges, so it cannot see a cycle made of
// types (quotes/marks.ts imports single-marks.ts, which imports a type back). Such a cycle
// still ties two modules into one, which is what the layering forbids. So this rule follows
// every static `import`/`export … from` and `import()` with a relative path, resolving the
// './x.js' that NodeNext sources write to './x.ts'. ts.preProcessFile lists a file's imports
// without type-checking, so a whole lint run reads each file once.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** file → { mtimeMs, deps }: the files it imports, read once per change. */
const graph = new Map();

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The source file a relative specifier names, or null for a package or a file not found. */
export function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = /\.[cm]?js$/.test(base) ? [base.replace(/js$/, 'ts'), base] : [base, `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find(isFile) ?? null;
}

function importsOf(file) {
  let mtimeMs;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const known = graph.get(file);
  if (known?.mtimeMs === mtimeMs) return known.deps;
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const deps = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((d) => d !== null);
  graph.set(file, { mtimeMs, deps });
  return deps;
}

/** The shortest chain of imports from `start` to `target` ([start, …, target]), or null. */
function chainTo(start, target) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    if (file === target) {
      const chain = [];
      for (let at = file; at !== null; at = cameFrom.get(at)) chain.unshift(at);
      return chain;
    }
    for (const next of importsOf(file)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'forbid import cycles between source files, type-only imports included' },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}' },
  },
  create(context) {
    const self = path.resolve(context.filename);
    const check = (node, source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveImport(self, source.value);
      if (target === null || target === self) return;
      const chain = chainTo(target, self);
      if (chain === null) return;
      const shown = [self, ...chain].map((f) => path.relative(context.cwd, f)).join(' -> ');
      context.report({ node, messageId: 'cycle', data: { chain: shown } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
