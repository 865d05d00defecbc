import { describe, expect, it } from 'vitest';
import { runCli, SEED } from '../helpers.js';

const ESC = '\u001b[';

// Colour guards no other test walked (hand mutation testing): each case goes red with its guard removed.
describe('colour from the environment, edge values', () => {
  it('colours a terminal when NO_COLOR is set but empty (no-color.org: only a non-empty value turns colour off)', async () => {
    expect((await runCli([SEED], { tty: true, env: { NO_COLOR: '' } })).stdout).toContain(ESC);
  });

  it.each(['0', 'false'])('does not colour a pipe with FORCE_COLOR=%s', async (value) => {
    expect((await runCli([SEED], { env: { FORCE_COLOR: value } })).stdout).not.toContain(ESC);
  });
});
