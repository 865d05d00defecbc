/**
 * A league's name written before a club's, as sports reports do ("Premiership Leicester",
 * not "Premiership side Leicester"): two names, the competition (MISC, as CoNLL types a league)
 * and the club. The tagger ran them into one organisation ("Premiership Leicester"). The club
 * is a capitalised word the training text does not write in lower case: "Premiership Rugby",
 * the league's own body, stays whole.
 */
import { writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import type { TokenSpan } from './labels.js';

/** Leagues' names, as words, that open a club's name in a report. */
const LEAGUES: readonly (readonly string[])[] = [
  ['Premiership'],
  ['Bundesliga'],
  ['Eredivisie'],
  ['Premier', 'League'],
  ['Serie', 'A'],
  ['La', 'Liga'],
  ['Ligue', '1'],
];

const CAPITALISED = /^\p{Lu}/u;

/** How many words of the span's start name a league before a club, or 0. */
function leagueLength(s: TokenSpan, words: readonly string[], g: Gazetteer | undefined): number {
  for (const league of LEAGUES) {
    const n = league.length;
    if (s.end - s.start <= n || !league.every((w, i) => words[s.start + i] === w)) continue;
    const club = words[s.start + n]!;
    return CAPITALISED.test(club) && (g === undefined || !writtenLowerInTraining(g, club)) ? n : 0;
  }
  return 0;
}

/** Organisations opening on a league's name, split into the league (MISC) and the club. */
export function withLeagueClubs(spans: readonly TokenSpan[], words: readonly string[], g: Gazetteer | undefined): readonly TokenSpan[] {
  if (!spans.some((s) => s.type === 'ORG' && leagueLength(s, words, g) > 0)) return spans;
  return spans.flatMap((s) => {
    const n = s.type === 'ORG' ? leagueLength(s, words, g) : 0;
    return n === 0 ? [s] : [{ type: 'MISC', start: s.start, end: s.start + n } as const, { type: 'ORG', start: s.start + n, end: s.end } as const];
  });
}
