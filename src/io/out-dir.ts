import { statSync } from 'node:fs';
import path from 'node:path';

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
    return statSync(output).mtimeMs >= statSync(input).mtimeMs;
  } catch {
    return false;
  }
}
