import { describe, expect, it } from 'vitest';
import { readsAsProse } from '../../../src/core/clean/headline.js';

describe('readsAsProse', () => {
  it("counts no title's small words (the, of, for …) as prose", () => {
    expect(readsAsProse('Posted 9:26PMMayor Says the Vote on the Ferry Is a Matter for the Town')).toBe(false);
  });

  it('reads five lower-case words besides the small ones as prose, four not', () => {
    // says, ferry, will, sail: four ("the", "to" are a title's small words).
    expect(readsAsProse('Posted 9:26PMMayor Ada Pell says the ferry will sail to the Harbour Town Trust')).toBe(false);
    // says, ferry, will, sail, again: five.
    expect(readsAsProse('Posted 9:26PMMayor Ada Pell says the ferry will sail again to the Harbour Town Trust')).toBe(true);
  });
});
