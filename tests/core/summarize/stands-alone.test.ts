import { describe, expect, it } from 'vitest';
import { standsAlone } from '../../../src/core/summarize/stands-alone.js';

describe('standsAlone', () => {
  it('rejects a bare quote continuation and a cut-off quote tail', () => {
    expect(standsAlone("'Which is remarkable when you think what it is she does.'")).toBe(false);
    expect(standsAlone("' she said .")).toBe(false);
  });

  it('rejects a caption run into the quote after it', () => {
    expect(standsAlone('Harbour Town will name Tom Lee as coach on Monday ‘I’d be thrilled to take the job after so many years,’ said Lee.')).toBe(false);
  });

  it('keeps quotes a cue introduces, titles in marks and scare quotes', () => {
    expect(standsAlone('Lee said ‘I’d be thrilled to take the job after so many years.’')).toBe(true);
    expect(standsAlone('“We will win the vote on the sea wall,” she said.')).toBe(true);
    expect(standsAlone('He called it ‘A disaster’ on Monday.')).toBe(true);
    expect(standsAlone('His hits included "Sea Shanty for the Harbour Board," a 1953 send-up.')).toBe(true);
  });

  it('rejects a line with no end punctuation that a sentence follows in its paragraph: a caption glued on', () => {
    expect(standsAlone('Ferry captain Ada Moss waves to the crowd on the quay after the first crossing', false)).toBe(false);
    expect(standsAlone('Ferry captain Ada Moss waved to the crowd on the quay after the first crossing.', false)).toBe(true);
    expect(standsAlone('‘We will sail every day of the year. ’', false)).toBe(true);
  });

  it('keeps a paragraph-ending sentence that lost its full stop, not a list item, lead-in or heading', () => {
    expect(standsAlone('The harbour board raised ferry fares by more than expected in March, figures have shown', true)).toBe(true);
    expect(standsAlone('- Raised the fare for a single crossing to four pounds and ten pence', true)).toBe(false);
    expect(standsAlone('The main points of the harbour board plan for the new ferry include:', true)).toBe(false);
    expect(standsAlone('Quayside Park, Harbour Town', true)).toBe(false);
  });
});
