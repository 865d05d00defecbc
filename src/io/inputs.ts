import { fstatSync, statSync, type Dirent, type Stats } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isUrl } from './fetch-url.js';
import { expandGlob, hasGlobMagic, matchSource } from './glob.js';
import { isStreamStats } from './pipes.js';

/** How standard input is named in records and messages: `-` is what was typed, not a name. */
export const STDIN_SOURCE = '(stdin)';

/** One thing to analyse: a file found on disk, or standard input. */
export type ArticleInput =
  /** `stream`: a named pipe or a device, read once, as standard input is (see pipes.ts). */
  /** `size`: its bytes when discovery stat'ed it (a file named on the command line), so reading it need not stat it again. */
  | { readonly kind: 'file'; readonly path: string; readonly source: string; readonly stream?: boolean; readonly size?: number }
  | { readonly kind: 'stdin'; readonly source: typeof STDIN_SOURCE }
  | { readonly kind: 'url'; readonly url: string; readonly source: string };

/** An input that could not be listed (missing path, empty folder), reported and skipped. */
export interface InputProblem {
  readonly kind: 'problem';
  readonly source: string;
  readonly message: string;
}

/** A file of earlier `precis --json` records found in a folder or by a glob, for `precis digest` (see `DiscoverOptions`). */
export interface RecordsInput {
  readonly kind: 'records';
  readonly path: string;
  readonly source: string;
}

export interface DiscoverOptions {
  /**
   * A folder's .ndjson and .jsonl files (and a glob's) are records to read, not files to pass over:
   * `precis digest day/` reads `day/monday.ndjson` as `precis digest day/monday.ndjson` does.
   */
  readonly records?: boolean;
}

/** NDJSON by either of its usual names (JSON Lines is the same format). */
export const isRecordFile = (arg: string): boolean => /\.(ndjson|jsonl)$/i.test(arg);

/** A file in a folder (or matched by a glob) that is not an article (an image, a binary): noted, not read. */
export interface InputSkipped {
  readonly kind: 'skipped';
  readonly source: string;
}

/** Article files read as Markdown, and as HTML pages; any other article file is plain text. */
export const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown']);
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm']);
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', ...MARKDOWN_EXTENSIONS, '.text', ...HTML_EXTENSIONS]);

function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/**
 * Expands the command-line inputs, in order: `-` is stdin, a file is itself, a folder is
 * every article file under it, recursively, sorted by path (other files come out as
 * `skipped`), a glob the shell left alone is the files it matches. Folders are walked lazily
 * so a folder of 100,000 files costs no memory up front.
 */
export async function* discoverInputs(
  inputs: readonly string[],
  cwd: string,
  options: DiscoverOptions = {},
): AsyncGenerator<ArticleInput | InputProblem | InputSkipped | RecordsInput> {
  const found = (file: string, source: string): ArticleInput | InputSkipped | RecordsInput =>
    isArticleFile(file)
      ? { kind: 'file', path: file, source }
      : options.records === true && isRecordFile(file)
        ? { kind: 'records', path: file, source }
        : { kind: 'skipped', source };
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin', source: STDIN_SOURCE };
      continue;
    }
    if (isUrl(input)) {
      yield { kind: 'url', url: input, source: input };
      continue;
    }
    const full = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      if (hasGlobMagic(input)) {
        // A pattern the shell did not expand (quoted, or on Windows).
        let matched = 0;
        for await (const file of expandGlob(input, cwd)) {
          matched++;
          yield found(file, matchSource(input, cwd, file));
        }
        if (matched === 0) yield { kind: 'problem', source: input, message: `no files match ${input}` };
        continue;
      }
      yield { kind: 'problem', source: input, message: `cannot read ${input}: ${describeFsError(error)}` };
      continue;
    }
    if (info.isDirectory()) {
      let articles = 0;
      for await (const { file, stream } of walkFolder(full, new Set())) {
        const source = path.join(input, path.relative(full, file));
        const entry = stream ? streamInFolder(found(file, source)) : found(file, source);
        if (entry.kind !== 'skipped') articles++;
        yield entry;
      }
      if (articles === 0) {
        const looked = [...ARTICLE_EXTENSIONS, ...(options.records === true ? ['.ndjson', '.jsonl'] : [])].join(', ');
        yield { kind: 'problem', source: input, message: `no articles in ${input} (looked for ${looked})` };
      }
    } else if (isStreamStats(info)) {
      yield { kind: 'file', path: full, source: input, stream: true };
    } else {
      yield { kind: 'file', path: full, source: input, size: info.size };
    }
  }
}

/**
 * A named pipe or a device met in a folder is never opened: a pipe with no writer, or a silent one,
 * would hold the whole batch for ever. One named like an input is said to be passed over (named on
 * the command line, it is read, as standard input is); any other is not an article, as an image is.
 */
const streamInFolder = (entry: ArticleInput | InputSkipped | RecordsInput): InputProblem | InputSkipped =>
  entry.kind === 'skipped'
    ? entry
    : {
        kind: 'problem',
        source: entry.source,
        message: `cannot read ${entry.source}: a named pipe or device inside a folder is not opened; name it to read it`,
      };

/** A file a folder walk found; `stream`: a named pipe or a device (see `streamInFolder`). */
interface FoundFile {
  readonly file: string;
  readonly stream?: true;
}

/** Sorted depth-first walk; follows symlinks but never the same folder twice (loops). */
async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<FoundFile> {
  let real: string;
  try {
    real = await realpath(folder);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const entries: Dirent[] = [];
  try {
    for await (const entry of await opendir(folder)) entries.push(entry);
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    // The listing says what most entries are; only links (and entries of file systems that do not
    // say) need a stat, which costs the main thread ~0.2 ms of CPU a file. (A socket or a block
    // device, rare in a folder of news, is stat'ed too, and is neither file, folder nor stream.)
    if (entry.isDirectory()) yield* walkFolder(full, seen);
    else if (entry.isFile()) yield { file: full };
    else if (entry.isFIFO() || entry.isCharacterDevice()) yield { file: full, stream: true };
    else {
      let info;
      try {
        info = await stat(full);
      } catch {
        // A dangling link or a file that vanished since the listing: an article-named one is
        // passed on, so reading it fails with a line saying why; anything else is not ours.
        if (isArticleFile(entry.name)) yield { file: full };
        continue;
      }
      if (info.isDirectory()) yield* walkFolder(full, seen);
      else if (info.isFile()) yield { file: full };
      else if (isStreamStats(info)) yield { file: full, stream: true };
    }
  }
}

/** Names of standard input on Linux and macOS, besides `-`. */
const STDIN_PATHS: ReadonlySet<string> = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/**
 * What an input reads that can be read only once: `'stdin'` for standard input under any of its
 * names (also the pipe it reads, named by its path), `dev:inode` for another pipe or socket
 * (`<(cmd)`, a FIFO), else undefined (a file, a device, a folder or a URL reads the same again).
 * `stdinFd` is standard input's descriptor.
 */
export function readOnceKey(input: string, cwd: string, stdinFd?: number): string | undefined {
  if (input === '-' || STDIN_PATHS.has(path.resolve(cwd, input))) return 'stdin';
  if (isUrl(input)) return undefined;
  const info = statOrUndefined(path.resolve(cwd, input));
  if (!info || !(info.isFIFO() || info.isSocket())) return undefined;
  const key = `${info.dev}:${info.ino}`;
  return stdinFd !== undefined && key === keyOf(stdinFd) ? 'stdin' : key;
}

/** (A path that cannot be looked at, `a.txt/x` or a symlink loop, is said when it is read, with the others.) */
function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function keyOf(fd: number): string | undefined {
  try {
    const info = fstatSync(fd);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/** Node's error codes in words a user understands. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}
