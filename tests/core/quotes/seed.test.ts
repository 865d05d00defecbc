import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.js';

// The seed article ships with precis; issue 5 names the four statements it must give.
const raw = readFileSync(new URL('../../../articles/china-north-korea-ties.txt', import.meta.url), 'utf8');

describe('quotes of the seed article', () => {
  const record = analyze(raw, { parts: { summary: false, quotes: true, entities: true } });
  const bySpeaker = (name: string) => record.quotes.filter((q) => q.speaker?.name === name);

  it('gives what Kim Jong Un wrote', () => {
    const [q] = bySpeaker('Kim Jong Un');
    expect(q?.cue).toBe('wrote');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toMatch(/^despite the complicated international situation, the trust and militant friendship/);
  });

  it('gives what Xi Jinping wrote once, with the outer "KCNA said" as its via', () => {
    const [q] = bySpeaker('Xi Jinping');
    expect(q?.cue).toBe('wrote');
    expect(q?.text).toMatch(/^he has planned to bring more happiness .* cooperation and friendship$/);
    expect(q?.via?.name).toBe('KCNA');
    expect(bySpeaker('KCNA')).toEqual([]);
  });

  it("gives the experts' statement with its subject, the ties it is about", () => {
    const [q] = bySpeaker('experts');
    expect(q?.parts.map((p) => p.text)).toEqual(['the recent sign of the ties between the nations', 'is targeted at the US amid nuclear talks']);
  });

  it('gives both statements of Park Won-gon, the second from his surname alone', () => {
    const qs = bySpeaker('Park Won-gon');
    expect(qs.map((q) => q.cue)).toEqual(['said', 'added']);
    expect(qs[0]!.text).toBe('it is nothing more than a marriage of convenience');
    expect(qs[1]!.text).toBe('yet both the allies need each other to tackle Washington');
    expect(qs[1]!.speaker!.mentions[0]!.text).toBe('Park');
  });

  it('points every speaker mention at the text that names it', () => {
    const mentions = record.quotes.flatMap((q) => q.speaker?.mentions ?? []);
    expect(mentions.length, 'the loop below checks something').toBeGreaterThan(0);
    for (const m of mentions) expect(record.text.slice(m.start, m.end)).toBe(m.text);
  });
});
