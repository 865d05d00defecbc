import { describe, expect, it } from 'vitest';
import type { PolnearDocument } from '../../../src/core/eval/polnear-format.js';
import { matchDocument } from '../../../src/core/eval/polnear-match.js';
import { formatMiss, polnearMisses } from '../../../src/core/eval/polnear-misses.js';
import type { Quote } from '../../../src/core/types.js';

function quote(start: number, end: number, text: string): Quote {
  const part = { start, end, text: text.slice(start, end) };
  return { text: part.text, start, end, kind: 'indirect', cue: 'said', cueSpan: null, speaker: null, via: null, parts: [part] };
}

describe('polnearMisses', () => {
  const text = 'Ada Quill said the bridge would open in May. Bo Renn wrote that tolls stay low. Rain fell.';
  const span = (from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(to) });
  const doc: PolnearDocument = {
    id: 'fixture',
    text,
    attributions: [
      { cue: 'said', sources: [{ text: 'Ada Quill', start: 0, end: 9 }], contents: [span('the bridge', '. Bo')], hasQuoteMark: false },
      {
        cue: 'wrote',
        sources: [{ text: 'Bo Renn', start: text.indexOf('Bo'), end: text.indexOf('Bo') + 7 }],
        contents: [span('tolls', '. Rain')],
        hasQuoteMark: false,
      },
      { cue: 'found', sources: [], contents: [span('Rain', '.')], hasQuoteMark: false },
    ],
  };

  it('lists unmatched speech attributions with the nearest quote, or none', () => {
    // Our quote covers only "the bridge" (too short to match the first attribution); nothing overlaps the second.
    const short = quote(text.indexOf('the bridge'), text.indexOf(' would'), text);
    const misses = polnearMisses(doc, matchDocument(doc, [short], text));
    expect(misses.map((m) => m.cue)).toEqual(['said', 'wrote']);
    expect(misses[0]!.nearest?.text).toBe('the bridge');
    expect(misses[0]!.nearest?.insideGold).toBe(1);
    expect(misses[0]!.nearest?.matchedElsewhere).toBe(false);
    expect(misses[1]!.nearest).toBeNull();
    expect(formatMiss(misses[1]!)).toContain('ours: —');
  });

  it('lists nothing when every speech attribution is matched', () => {
    const quotes = [quote(text.indexOf('the bridge'), text.indexOf('. Bo'), text), quote(text.indexOf('tolls'), text.indexOf('. Rain'), text)];
    expect(polnearMisses(doc, matchDocument(doc, quotes, text))).toEqual([]);
  });
});
