import path from 'node:path';

/**
 * Glob patterns for inputs the shell did not expand: quoted (`'articles/**\/*.txt'`), too
 * many files for one command line, or Windows. Node 20 has no `fs.glob`, so tinyglobby does
 * the matching (picomatch syntax: `*`, `?`, `[abc]`, `[!abc]`, `{a,b}`, `**`); it is loaded
 * only when a pattern is given.
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

/** How a file `pattern` matched is named (in records, messages): relative to `cwd` unless the pattern was absolute. */
export function matchSource(pattern: string, cwd: string, file: string): string {
  return path.isAbsolute(pattern) ? file : path.relative(cwd, file);
}

/**
 * The files matching `pattern` (relative to `cwd`, or absolute), as absolute paths, in the
 * order a sorted folder walk meets them (`a/x.txt` before `a.txt`, as folder inputs list
 * them). Hidden files and folders are left out, as in folder inputs.
 */
export async function* expandGlob(pattern: string, cwd: string): AsyncGenerator<string> {
  const normalized = pattern.replace(/\\/g, '/');
  const base = globBase(normalized);
  const rest = base === '.' ? normalized.replace(/^\.\//, '') : normalized.slice(base.length).replace(/^\/+/, '');
  const root = path.resolve(cwd, base);
  const { glob } = await import('tinyglobby');
  // A pattern naming a folder does not stand for the files in it (tinyglobby's default).
  const found = await glob(rest, { cwd: root, dot: false, onlyFiles: true, expandDirectories: false });
  const walkOrder = found.map((relative) => relative.split('/')).sort(bySegments);
  for (const segments of walkOrder) yield path.join(root, ...segments);
}

function bySegments(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}
