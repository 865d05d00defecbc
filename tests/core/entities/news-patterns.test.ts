import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';

// Made-up stories for patterns of today's news the tagger and its rules must keep getting
// right (issue 12): each a regression guard, checked end to end.
const grouped = (raw: string) =>
  extractEntities(parseArticle(cleanArticle(raw)))
    .filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION' || e.type === 'PLACE')
    .map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe("patterns of today's news", () => {
  it("reads a wire headline's kicker written onto its first name as apart from it", () => {
    const update = grouped(`UPDATE 1-Halvik Motors to cut 2,000 jobs\n\nBERLIN, Dec 7 (Reuters) - Halvik Motors said on Monday it would cut jobs.`);
    expect(update).toContain('ORGANIZATION Halvik Motors: Halvik Motors | Halvik Motors');
    const sport = grouped(`Tennis-Varn, Djokovic named in Spain squad\n\nMADRID, Dec 7 (Reuters) - Tom Varn and Novak Djokovic will lead the teams.`);
    expect(sport.some((n) => n.includes('Tennis'))).toBe(false);
    expect(sport).toContain('PERSON Tom Varn: Varn | Tom Varn');
    // A hyphenated name opening a sentence is no kicker.
    expect(grouped(`Halvik-Tarsk Airlines said on Monday it would add routes.`)).toContain('ORGANIZATION Halvik-Tarsk Airlines: Halvik-Tarsk Airlines');
  });

  it('reads "President Lee Jae-myung" as one person, without the office', () => {
    expect(grouped(`President Lee Jae-myung met Tova Lind in Halvik on Monday.`)).toContain('PERSON Lee Jae-myung: Lee Jae-myung');
  });

  it('joins "Mr Balls" to "Ed Balls"', () => {
    expect(grouped(`Budget row\n\nShadow chancellor Ed Balls attacked the plan in Halvik on Monday. Mr Balls said it would fail.`)).toContain(
      'PERSON Ed Balls: Ed Balls | Balls',
    );
  });

  it('confirms a subhead in capitals by the body without regard to case ("ITALY" by "Italy")', () => {
    const found = grouped(`Storm report\n\nFloods hit Varnia and Italy on Monday.\n\nITALY\n\nIn Italy, rivers rose in the north, officials said.`);
    expect(found).toContain('PLACE Italy: Italy | ITALY | Italy');
  });

  it("reads a wire dateline's place as a place and its month as no name", () => {
    const found = grouped(`BERLIN, Jan 12 (Reuters) - German exports rose in November, the statistics office in Berlin said.`);
    expect(found).toContain('PLACE BERLIN: BERLIN | Berlin');
    expect(found.some((n) => n.includes('Jan'))).toBe(false);
  });

  it('reads no person in a headline\'s "AI", and "Amazon" beside "Google" as a company', () => {
    expect(grouped(`Rivals Race to Build AI\n\nThe companies are racing to build AI systems, Tova Lind said in Halvik.`)).toEqual([
      'PERSON Tova Lind: Tova Lind',
      'PLACE Halvik: Halvik',
    ]);
    expect(grouped(`Investors led by Amazon and Google put money into Halvik Labs.`)).toContain('ORGANIZATION Amazon: Amazon');
  });
});
