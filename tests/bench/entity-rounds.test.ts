import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';

/** Runs bench/entities.js on the fixtures folder with `rounds` as its --rounds; its exit code and stderr. */
function runBench(rounds: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bench', 'entities.js'), FIXTURES, '--rounds', rounds], (error, _stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stderr });
    });
  });
}

describe('the entity benches’ arguments', () => {
  // Before, a --rounds that was no number ran no round and printed NaN and null as its figures.
  it.each(['x', '0', '2.5'])('refuse --rounds %s with the usage line and exit 2', async (rounds) => {
    const run = await runBench(rounds);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^usage: node bench\/entities\.js FOLDER/);
  });
});
