import { describe, expect, it } from 'vitest';
import { isSpeechCue } from '../../../src/core/eval/polnear-cues.js';

describe('isSpeechCue', () => {
  it('counts the speech cues of the issue, "according to" included', () => {
    for (const cue of ['said', 'told', 'added', 'wrote', 'said in a statement', 'According to', 'tweeted', 'replied']) expect(isSpeechCue(cue)).toBe(true);
    for (const cue of ['called', 'found', ':', 'believes']) expect(isSpeechCue(cue)).toBe(false);
  });
});
