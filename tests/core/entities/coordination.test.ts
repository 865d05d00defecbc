import { describe, expect, it } from 'vitest';
import { getNerModel } from '../../../src/core/entities/index.js';
import { withCoordinatedCompanies } from '../../../src/core/entities/coordination.js';
import type { TokenSpan } from '../../../src/core/entities/labels.js';

const g = () => getNerModel().gazetteer;
const span = (type: TokenSpan['type'], start: number, end = start + 1): TokenSpan => ({ type, start, end });

describe('names coordinated with companies', () => {
  it('reads a place listed only as a company, beside a company, as a company', () => {
    const words = ['backed', 'by', 'Amazon', 'and', 'Google', '.'];
    expect(withCoordinatedCompanies([span('LOC', 2), span('ORG', 4)], words, g())).toEqual([span('ORG', 2), span('ORG', 4)]);
  });

  it('follows a comma only inside a list', () => {
    const list = ['firms', 'such', 'as', 'Google', ',', 'Amazon', ',', 'Intel', 'and', 'Yahoo'];
    expect(withCoordinatedCompanies([span('ORG', 3), span('LOC', 5)], list, g())[1]!.type).toBe('ORG');
    const clause = ['In', 'the', 'Amazon', ',', 'Google', 'is', 'mapping', 'roads'];
    const spans = [span('LOC', 2), span('ORG', 4)];
    expect(withCoordinatedCompanies(spans, clause, g())).toBe(spans);
  });

  it('leaves a listed place alone ("Georgia and Google")', () => {
    const spans = [span('LOC', 0), span('ORG', 2)];
    expect(withCoordinatedCompanies(spans, ['Georgia', 'and', 'Google', 'agreed'], g())).toBe(spans);
  });
});
