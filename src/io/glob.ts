import { opendir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Glob patterns for inputs the shell did not expand: quoted (`'articles/**\/*.txt'`), too
 * many files for one command line, or Windows. Node 20 has no `fs.glob` (and 20's
 * `path.matchesGlob` is experimental and warns), so this is the small subset people type:
 * `*`, `?`, `[abc]`, `[!abc]`, `{a,b}` and `**` for any number of folders.
 */

export function hasGlobMagic(input: string): boolean {
  return /[*?[{]/.test(input);
}

/** The leading folders of `pattern` that hold no wildcard: where the walk starts. */
export function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasGlobMagic(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return '.';
  return fixed.join('/') || '/';
}

/** A regular expression matching `/`-separated paths relative to the glob's base. */
export function globToRegExp(relativePattern: string): RegExp {
  const segments = relativePattern.split('/').filter((s) => s !== '');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      // Zero or more whole folders; as the last segment, anything below.
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else if (ch === '{') {
      const close = segment.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${segment.slice(i + 1, close).split(',').map(segmentSource).join('|')})`;
      i = close;
    } else out += ch.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}

/**
 * The files matching `pattern` (relative to `cwd`, or absolute), as absolute paths, in sorted
 * order, found lazily. Hidden files and folders are left out, as in folder inputs.
 */
export async function* expandGlob(pattern: string, cwd: string): AsyncGenerator<string> {
  const normalized = pattern.replace(/\\/g, '/');
  const base = globBase(normalized);
  const rest = base === '.' ? normalized.replace(/^\.\//, '') : normalized.slice(base.length).replace(/^\/+/, '');
  const matcher = globToRegExp(rest);
  // Without `**` a match is exactly as deep as the pattern: no need to walk further.
  const maxDepth = rest.split('/').includes('**') ? Infinity : rest.split('/').length;
  yield* walk(path.resolve(cwd, base), '', 1, maxDepth, matcher);
}

async function* walk(folder: string, relative: string, depth: number, maxDepth: number, matcher: RegExp): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean; file: boolean }[] = [];
  try {
    for await (const entry of await opendir(folder)) {
      if (entry.name.startsWith('.')) continue;
      entries.push({ name: entry.name, dir: entry.isDirectory(), file: entry.isFile() || entry.isSymbolicLink() });
    }
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.file && matcher.test(rel)) yield path.join(folder, entry.name);
    if (entry.dir && depth < maxDepth) yield* walk(path.join(folder, entry.name), rel, depth + 1, maxDepth, matcher);
  }
}
