import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from './inputs.js';

/**
 * `--out DIR`: one output file per article, at the article's path relative to the folder (or
 * glob base) it was found under, so `precis --out briefs corpus/` turns corpus/tech/001.txt
 * into briefs/tech/001.md. A file named on its own lands at the top: briefs/story.md.
 */
export function outputPath(outDir: string, relative: string, extension: '.md' | '.txt' | '.json'): string {
  const parsed = path.parse(relative);
  return path.join(outDir, parsed.dir, parsed.name + extension);
}

/**
 * Whether `output` was written after `input` last changed, so a rerun can skip it: a large job
 * resumes where it stopped. Outputs are written atomically, so one that exists is complete.
 */
export function isUpToDate(input: string, output: string): boolean {
  try {
    const written = statSync(output);
    // A folder where the output file should be is no output (the write then fails with 'is a folder').
    return written.isFile() && written.mtimeMs >= statSync(input).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Why no file can be written under `dir`, or undefined when one can: checked before a batch
 * starts, so `--out` onto a file or into a read-only folder costs one line instead of one per
 * article after analysing them all. `dir` need not exist yet: its nearest existing ancestor
 * must be a folder we may write in (or, when `dir` itself exists, not be empty).
 */
export function outDirProblem(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    let isFolder: boolean;
    try {
      isFolder = statSync(at).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path.dirname(at) !== at) continue;
      return describeFsError(error);
    }
    if (!isFolder) return 'not a folder';
    try {
      accessSync(at, constants.W_OK | constants.X_OK);
      return undefined;
    } catch (error) {
      // Only a certain failure is refused: an earlier run's sub-folders in a read-only `dir` may
      // still be writable, and its outputs up to date.
      return at === path.resolve(dir) && hasEntries(at) ? undefined : describeFsError(error);
    }
  }
}

function hasEntries(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}
