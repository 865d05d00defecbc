import { stat } from 'node:fs/promises';
import path from 'node:path';
import { globBase, hasGlobMagic } from './glob.js';
import { discoverInputs, type ArticleInput, type DiscoverOptions, type InputProblem, type RecordsInput } from './inputs.js';
import { inShard, type Shard } from './shard.js';

/**
 * An input of a batch with its name: its path relative to the folder (or glob base) it was
 * found under, `/`-separated. The name is where `--out` puts its output and what `--shard`
 * hashes, so both are the same on every machine, wherever the corpus is mounted.
 */
export type BatchInput =
  | { readonly kind: 'input'; readonly input: ArticleInput; readonly name: string }
  | InputProblem
  | RecordsInput
  /** Files that are not articles in one folder or glob: `count` of them, such as `example`. */
  | { readonly kind: 'skipped'; readonly count: number; readonly example: string };

/** The command-line inputs expanded lazily, in order, keeping only those in `shard`. */
export async function* listBatchInputs(inputs: readonly string[], cwd: string, shard?: Shard, options?: DiscoverOptions): AsyncGenerator<BatchInput> {
  const wanted = (key: string) => !shard || inShard(key, shard);
  for (const arg of inputs) {
    const root = await rootOf(arg, cwd);
    let skipped = 0;
    let example = '';
    let empty = false;
    for await (const found of discoverInputs([arg], cwd, options)) {
      if (found.kind === 'skipped') {
        if (wanted(found.source) && skipped++ === 0) example = found.source;
      } else if (found.kind === 'problem') {
        // (A problem with one file in it, a pipe, is not one with the whole argument.)
        if (found.source === arg) empty = true;
        if (wanted(found.source)) yield found;
      } else if (found.kind === 'records') {
        if (wanted(found.source)) yield found;
      } else {
        const name = nameOf(found, root);
        if (wanted(name)) yield { kind: 'input', input: found, name };
      }
    }
    // One note per folder, after its articles; none when the folder has no articles at all,
    // which is already reported as a problem.
    if (skipped > 0 && !empty) yield { kind: 'skipped', count: skipped, example };
  }
}

/** The folder names are relative to: the folder itself, a glob's fixed part, a file's folder. */
async function rootOf(arg: string, cwd: string): Promise<string> {
  const full = path.resolve(cwd, arg);
  try {
    return (await stat(full)).isDirectory() ? full : path.dirname(full);
  } catch {
    return hasGlobMagic(arg) ? path.resolve(cwd, globBase(arg.replace(/\\/g, '/'))) : path.dirname(full);
  }
}

function nameOf(input: ArticleInput, root: string): string {
  switch (input.kind) {
    case 'file':
      return path.relative(root, input.path).split(path.sep).join('/');
    case 'stdin':
      return 'stdin';
    case 'url':
      return urlName(input.url);
  }
}

/** https://example.com/news/story.html → example.com/news/story.html; the bare site → example.com/index. */
function urlName(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const parts = [hostname, ...pathname.split('/')]
      .map((p) => decodeURIComponent(p).replace(/[^\w.-]+/g, '_'))
      .filter((p) => p !== '' && p !== '.' && p !== '..');
    return parts.length > 1 ? parts.join('/') : `${parts[0] ?? 'url'}/index`;
  } catch {
    return url.replace(/[^\w.-]+/g, '_');
  }
}
