import { describe, expect, it } from 'vitest';
import { cleanArticle, extractEntities, parseArticle } from '../../../src/index.js';

// A made-up story case-folded as a third of cnndm-dev's are: lower case but for sentence starts.
const STORY =
  "( varnia news ) -- tova lind , the mayor of halvik , said on monday that the city would close the park near the river . Lind said the plan would save money . The council in halvik agreed with her . `` i don 't know , '' said one resident , who asked not to be named . The plan was backed by berlin and paris , and by ruth quorley , a local teacher . Quorley said the park had been neglected for years and the channel was dirty . Halvik has about 40,000 people . ";

const names = (raw: string) =>
  extractEntities(parseArticle(cleanArticle(raw)))
    .filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION' || e.type === 'PLACE')
    .map((e) => `${e.type} ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('a case-folded story', () => {
  it('finds its people and places from the case evidence it keeps and the lists of names', () => {
    const found = names(STORY + STORY);
    expect(found).toContain('PERSON tova lind | Lind | tova lind | Lind');
    expect(found).toContain('PERSON ruth quorley | Quorley | ruth quorley | Quorley');
    expect(found).toContain('PLACE berlin | berlin');
    expect(found.some((n) => n.startsWith('PLACE halvik'))).toBe(true);
  });

  it('lists the names capitalised, their mentions as written', () => {
    const people = extractEntities(parseArticle(cleanArticle(STORY + STORY))).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual(['Tova Lind', 'Ruth Quorley']);
    expect(people[0]!.mentions[0]!.text).toBe('tova lind');
  });

  it('gives no capital to a common word, a contraction or a noun after an article', () => {
    const found = names(STORY + STORY).join(' ');
    expect(found).not.toMatch(/\b(?:park|channel|don|monday)\b/);
  });

  it('leaves a short lower-case text alone', () => {
    expect(names('Tova lind said berlin was cold .').join(' ')).not.toMatch(/berlin/);
  });
});
