import { describe, expect, it } from 'vitest';
import { clauseAfter } from './parsed-fixture.js';

describe('contentStart: a clause whose subject is denied with "no"', () => {
  it('takes "no" and a noun phrase with a finite verb as the clause', () => {
    expect(clauseAfter('Ann Roe said no decision had been taken on the pier.', 'said', 'say')).toBe('no decision had been taken on the pier');
    expect(clauseAfter('Ann Roe said no one was hurt in the blaze.', 'said', 'say')).toBe('no one was hurt in the blaze');
    expect(clauseAfter('Harbour staff say no such offer has been made.', 'say', 'say')).toBe('no such offer has been made');
  });
  it('takes no clause after "said no" with no subject and verb after it', () => {
    expect(clauseAfter('Ann Roe said no to the pier plan on Monday.', 'said', 'say')).toBeNull();
    expect(clauseAfter('Ann Roe said no more about the pier.', 'said', 'say')).toBeNull();
  });
});
