import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';

/** One thing to analyse: a file found on disk, or standard input. */
export type ArticleInput =
  | { readonly kind: 'file'; readonly path: string; readonly source: string }
  | { readonly kind: 'stdin'; readonly source: '-' };

/** An input that could not be listed (missing path, empty folder), reported and skipped. */
export interface InputProblem {
  readonly kind: 'problem';
  readonly source: string;
  readonly message: string;
}

export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.text']);

export function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/**
 * Expands the command-line inputs, in order: `-` is stdin, a file is itself, a folder is
 * every article file under it, recursively, sorted by path. Folders are walked lazily so a
 * folder of 100,000 files costs no memory up front.
 */
export async function* discoverInputs(inputs: readonly string[], cwd: string): AsyncGenerator<ArticleInput | InputProblem> {
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin', source: '-' };
      continue;
    }
    const full = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      yield { kind: 'problem', source: input, message: `cannot read ${input}: ${describeFsError(error)}` };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const file of walkFolder(full, new Set())) {
        found++;
        yield { kind: 'file', path: file, source: path.join(input, path.relative(full, file)) };
      }
      if (found === 0) yield { kind: 'problem', source: input, message: `no articles in ${input} (looked for ${[...ARTICLE_EXTENSIONS].join(', ')})` };
    } else {
      yield { kind: 'file', path: full, source: input };
    }
  }
}

/** Sorted depth-first walk; follows symlinks but never the same folder twice (loops). */
async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<string> {
  let real: string;
  try {
    const { realpath } = await import('node:fs/promises');
    real = await realpath(folder);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const names: string[] = [];
  try {
    for await (const entry of await opendir(folder)) names.push(entry.name);
  } catch {
    return;
  }
  names.sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = path.join(folder, name);
    let info;
    try {
      info = await stat(full);
    } catch {
      continue; // a dangling link or a file that vanished: nothing to read
    }
    if (info.isDirectory()) yield* walkFolder(full, seen);
    else if (info.isFile() && isArticleFile(name)) yield full;
  }
}

/** Node's error codes in words a user understands. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return (error as Error | undefined)?.message ?? String(error);
  }
}
