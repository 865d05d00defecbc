import { accessSync, constants, readdirSync, statfsSync, statSync } from 'node:fs';
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
    const kernel = kernelFileSystem(at);
    if (kernel !== undefined) return `a kernel file system (${kernel}), where no files can be made`;
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

/**
 * Linux's views of the kernel (statfs magic numbers): their folders may look writable, to root
 * above all, yet refuse new files, and Node 20's recursive mkdir spun for ever on /proc.
 */
const KERNEL_FILE_SYSTEMS = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x1cd1, 'devpts'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
]);

function kernelFileSystem(dir: string): string | undefined {
  try {
    return KERNEL_FILE_SYSTEMS.get(statfsSync(dir).type);
  } catch {
    return undefined;
  }
}

function hasEntries(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}
