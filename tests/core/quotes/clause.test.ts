import { describe, expect, it } from 'vitest';
import { clauseEnd, hasComma, hasVerb, lastContentToken, statementStart, verbWithin } from '../../../src/core/quotes/clause.js';
import { parse, quotePairs, sentenceOf, tokenIndex, tokenText } from './parsed-fixture.js';

/** The reported content from the token after `that` to where clauseEnd stops it (given the cue word, if any). */
function contentAfterThat(body: string, cue?: string): string {
  const p = parse(body);
  const s = sentenceOf(p, 'that');
  const from = tokenIndex(p, 'that') + 1;
  return tokenText(p, from, clauseEnd(p.tokens, from, lastContentToken(p.tokens, s), false, cue ? p.tokens[tokenIndex(p, cue)] : undefined));
}

describe('clauseEnd', () => {
  it('runs to the end of the sentence when nothing cuts the content short', () => {
    expect(contentAfterThat('Oren Vale said that the new wall would hold against the storms.')).toBe('the new wall would hold against the storms');
  });
  it('stops before a second cue joined by "and"', () => {
    expect(contentAfterThat('Oren Vale said that the new wall would hold and warned that repairs were overdue.')).toBe('the new wall would hold');
  });
  it('stops before ", adding" that starts a statement of its own', () => {
    expect(contentAfterThat('Oren Vale said that the new wall would hold, adding that repairs were overdue.')).toBe('the new wall would hold');
  });
  it('stops before a relative clause after a preposition or quantifier that runs to the end ("…, for whom …", "…, some of which …")', () => {
    expect(contentAfterThat('Oren Vale said that he backs Ana Ruiz, for whom he will host a dinner in Dover on Friday.')).toBe('he backs Ana Ruiz');
    expect(contentAfterThat('Oren Vale said that the board got $9m from donors, some of which goes to the sea wall.')).toBe('the board got $9m from donors');
  });
  it('stops before a relative clause after a preposition that reports a statement of its own, listed apart ("…, for which Acme argues …", bnd11)', () => {
    expect(quotePairs('Acme said the port had told it to pay a landing fee, for which Acme argues it is not liable.')).toEqual([
      ['Acme', 'the port had told it to pay a landing fee'],
      ['Acme', 'it is not liable'],
    ]);
    expect(contentAfterThat('Oren Vale said that he backs the levy, with which the mayor agrees.')).toBe('he backs the levy, with which the mayor agrees');
    expect(contentAfterThat('Oren Vale said that he saw a film of the quay, in which Ada Lee said: "It is ours" to a crowd.')).toBe(
      'he saw a film of the quay, in which Ada Lee said: "It is ours" to a crowd',
    );
  });
  it('goes on past such a clause between commas when a clause of its own follows', () => {
    expect(contentAfterThat('Oren Vale said that once he saw the letters, some of which are ten feet wide, he knew the sign was too big.')).toBe(
      'once he saw the letters, some of which are ten feet wide, he knew the sign was too big',
    );
  });
  it('stops at a semicolon, where the writer takes over', () => {
    expect(contentAfterThat('Oren Vale said that the new wall would hold; the council was less sure.')).toBe('the new wall would hold');
  });
  it('goes on past a comma or dash that comes before the clause has its verb (an aside inside the subject)', () => {
    expect(contentAfterThat('Oren Vale said that a deal with the port, however messy, was worth the risk.')).toBe(
      'a deal with the port, however messy, was worth the risk',
    );
    expect(contentAfterThat('Oren Vale said that the harbour master — a former sailor — was asleep at the time.')).toBe(
      'the harbour master — a former sailor — was asleep at the time',
    );
  });
  it('a participle modifying a noun is no verb of the clause yet (`her perceived loyalty …, however …, was`)', () => {
    expect(contentAfterThat("Oren Vale said that Mrs. Roe's perceived loyalty to the board, however quiet, was the reason for the vote.")).toBe(
      "Mrs. Roe's perceived loyalty to the board, however quiet, was the reason for the vote",
    );
  });
  it('waits for the verb only when a comma or dash further on hands back to it: else the tagger missed the verb', () => {
    expect(contentAfterThat('Oren Vale said that donations call into question the whole plan, prompting an angry reply from the mayor.')).toBe(
      'donations call into question the whole plan',
    );
  });
  it('goes on past the commas of a list subject to its verb after the last item', () => {
    expect(contentAfterThat('Oren Vale said that his tool bag, a coat, and some rope and tools were stolen in the night.')).toBe(
      'his tool bag, a coat, and some rope and tools were stolen in the night',
    );
  });
  it("stops at a dash before a clause of its own that runs to the end (run9: the writer's next sentence in all but its stop)", () => {
    expect(contentAfterThat('Oren Vale said that the ferry fares were too high — the mayor also pointed out that the board had set them.')).toBe(
      'the ferry fares were too high',
    );
    expect(contentAfterThat('Oren Vale said that the tide was turning his way — and the council is holding talks on the pier this week.')).toBe(
      'the tide was turning his way',
    );
    expect(contentAfterThat('Oren Vale said that Lee had begun calling ward captains - there are two in each of the nine wards.')).toBe(
      'Lee had begun calling ward captains',
    );
  });
  it('goes on past a dash before a second that-clause, a noun with its participle, or the close of an aside the content opened', () => {
    expect(contentAfterThat('Oren Vale said that he backs the plan - and that he will campaign for it in Dover.')).toBe(
      'he backs the plan - and that he will campaign for it in Dover',
    );
    expect(contentAfterThat('Oren Vale said that ferry sales fell 25% to 8,000 - the lowest total seen since 2003.')).toBe(
      'ferry sales fell 25% to 8,000 - the lowest total seen since 2003',
    );
    expect(contentAfterThat('Oren Vale said that if anyone is caught with the stolen nets - they could face a fine.')).toBe(
      'if anyone is caught with the stolen nets - they could face a fine',
    );
    expect(contentAfterThat('Oren Vale said that the pier — a wreck by any measure — the board bought was a bargain.')).toBe(
      'the pier — a wreck by any measure — the board bought was a bargain',
    );
  });
  it('goes on past the dash closing an aside the content opened, also before a name and its verb (rvb9)', () => {
    expect(contentAfterThat('Oren Vale said that the lido — a ruin for a decade — Nia Holt restored is now a jewel.')).toBe(
      'the lido — a ruin for a decade — Nia Holt restored is now a jewel',
    );
  });
  it('in a clause that opens the sentence, stops at a dash aside before the main clause (run9)', () => {
    const p = parse('While she has said that she will take the advice of the staff – the pilots Pell named – her rivals are crying foul.');
    const from = tokenIndex(p, 'that') + 1;
    const last = lastContentToken(p.tokens, sentenceOf(p, 'that'));
    expect(tokenText(p, from, clauseEnd(p.tokens, from, last, true))).toBe('she will take the advice of the staff');
  });
  it('in a clause that opens the sentence, stops at a dash aside also before a main clause in the past, which a leading clause needs (bnd11)', () => {
    expect(quotePairs('Although Pell said the ferry was safe – it was not – the board closed the route on Monday.')).toEqual([['Pell', 'the ferry was safe']]);
  });
  it('goes on past a dash before "the first" or "the other" that picks out one of what the content named (bnd11)', () => {
    expect(contentAfterThat('Oren Vale said that the plan had two parts — the first would widen the quay and the second would dredge the bay.')).toBe(
      'the plan had two parts — the first would widen the quay and the second would dredge the bay',
    );
    expect(contentAfterThat('Oren Vale said that the town had bought two boats - the other was sold last year.')).toBe(
      'the town had bought two boats - the other was sold last year',
    );
  });
  it('but ends at a dash before "the other" or "the first" with a noun of its own, an ordinary subject of the writer\'s clause', () => {
    expect(contentAfterThat('Oren Vale said that the ferry was safe - the other ferries were never checked by the board.')).toBe('the ferry was safe');
    expect(contentAfterThat('Oren Vale said that the pier would reopen in May — the first time the council had named a date.')).toBe(
      'the pier would reopen in May',
    );
  });
  it('but a prepositional object still ends at such a comma', () => {
    expect(contentAfterThat('Oren Vale asked that about the tolls on the old pier, and the mayor did her best to change the subject.')).toBe(
      'about the tolls on the old pier',
    );
  });
});

describe('statementStart', () => {
  it('starts a statement after the last colon before its cue', () => {
    const p = parse('The vote was close: the wall will be built next spring, according to Oren Vale.');
    const s = sentenceOf(p, 'vote');
    const start = statementStart(p.tokens, s.firstToken, tokenIndex(p, ','));
    expect(p.tokens[start]!.value).toBe('the');
    expect(start).toBe(tokenIndex(p, ':') + 1);
  });
  it('starts at the sentence start when there is no colon or semicolon', () => {
    const p = parse('The wall will be built next spring, according to Oren Vale.');
    const s = sentenceOf(p, 'wall');
    expect(statementStart(p.tokens, s.firstToken, tokenIndex(p, ','))).toBe(s.firstToken);
  });
});

describe('lastContentToken', () => {
  it('skips the closing full stop', () => {
    const p = parse('The wall will hold.');
    expect(p.tokens[lastContentToken(p.tokens, sentenceOf(p, 'wall'))]!.value).toBe('hold');
  });
});

describe('verbWithin', () => {
  const p = parse('The wall, sadly, will hold.');
  it('finds a verb within the next few tokens', () => {
    expect(verbWithin(p.tokens, tokenIndex(p, 'sadly') + 2, 3)).toBe(true);
  });
  it('stops looking at a comma', () => {
    expect(verbWithin(p.tokens, tokenIndex(p, 'wall'), 10)).toBe(false);
  });
});

describe('hasVerb and hasComma', () => {
  const p = parse('The old harbour wall, built in stone, will hold.');
  const wall = tokenIndex(p, 'wall');
  it('find no verb and no comma in a bare noun phrase', () => {
    expect(hasVerb(p.tokens, 0, wall + 1)).toBe(false);
    expect(hasComma(p.tokens, 0, wall + 1)).toBe(false);
  });
  it('find the verb and the comma of a longer stretch', () => {
    expect(hasVerb(p.tokens, 0, p.tokens.length)).toBe(true);
    expect(hasComma(p.tokens, 0, p.tokens.length)).toBe(true);
  });
});

describe("clauseEnd: the writer's consequence after a statement", () => {
  it('stops before ", throwing …", ", highlighting …", ", conceding …"', () => {
    expect(contentAfterThat('Oren Vale said that he could not back the plan, throwing the harbour talks into doubt.')).toBe('he could not back the plan');
    expect(contentAfterThat('Oren Vale said that he would not ask for a recount, conceding the race to Mara Quill.')).toBe('he would not ask for a recount');
  });
});

describe("clauseEnd: the speaker's next action with a pronoun", () => {
  it('stops at "and she accused …" after a past cue', () => {
    expect(contentAfterThat('Mara Quill said that storm crews had flooded the lower harbour and she accused the council of hiding the damage.', 'said')).toBe(
      'storm crews had flooded the lower harbour',
    );
  });
  it('goes on when the statement already used that pronoun ("that she was tired and she wanted …")', () => {
    expect(contentAfterThat('Mara Quill said that she was tired of the harbour and she wanted a quieter post.', 'said')).toBe(
      'she was tired of the harbour and she wanted a quieter post',
    );
  });
});

describe('clauseEnd: a comma inside content whose cue sits in a subordinate clause (bnd9)', () => {
  it('goes on past an adjunct that opens the content ("after he told X that despite …, he …")', () => {
    expect(
      quotePairs(
        'Tom Pell drew the mayor’s ire after he told the Gazette that despite the crowds filling the pier on opening day, he did not think the ferry would last.',
      ),
    ).toContainEqual(['he', 'despite the crowds filling the pier on opening day, he did not think the ferry would last']);
  });
  it('goes on past an aside in the subject after a hyphened participle ("the well-funded Quay Trust, or QT, has …")', () => {
    expect(
      quotePairs('Ann Roe misled the council at the hearing, when she argued that the well-funded Quay Trust, or QT, has paid for the ferry strike.'),
    ).toContainEqual(['she', 'the well-funded Quay Trust, or QT, has paid for the ferry strike']);
  });
  it('still stops at the comma after what was asked ("When asked if …, Roe deflected")', () => {
    const texts = quotePairs('When a reporter asked if the pier would reopen in the spring, Ann Roe deflected.').map(([, text]) => text);
    expect(texts).toContain('if the pier would reopen in the spring');
  });
  it('but stops at the comma when the content has its own clause before it ("after he told X that in his view the ferry was safe, the board …"; rvb9)', () => {
    expect(quotePairs('After he told the Courier that in his view the ferry was safe, the board reopened the slipway.')).toContainEqual([
      'he',
      'in his view the ferry was safe',
    ]);
    expect(quotePairs('When Nia Holt claimed that if the levy failed the lido would close, the crowd booed.')).toContainEqual([
      'Nia Holt',
      'if the levy failed the lido would close',
    ]);
  });
  it('in a main clause too stops at a colon before a quote with a cue of its own (bnd12)', () => {
    expect(quotePairs('Oren Vale said the fares were fair: “Nobody pays more than a pound,” he added.').map(([, content]) => content)).toEqual([
      'the fares were fair',
      'Nobody pays more than a pound',
    ]);
  });
  it('stops at a colon that hands over to a quote with a cue of its own', () => {
    expect(
      quotePairs(
        'Tom Pell drew the mayor’s ire after he told the Gazette that despite the crowds filling the pier, he did not think the ferry would last: “Once winter comes, it is over,” Pell predicted.',
      ),
    ).toContainEqual(['he', 'despite the crowds filling the pier, he did not think the ferry would last']);
  });
});

describe('clauseEnd: a cue in a relative clause after a comma (bnd9)', () => {
  it('goes on past a comma when the cue after it sits in a relative clause on a noun ("…, 2015, letter that she said …")', () => {
    expect(contentAfterThat('Oren Vale said that the ruling raised doubts about her claim in a March 3, 2015, letter that she said was lost.')).toBe(
      'the ruling raised doubts about her claim in a March 3, 2015, letter that she said was lost',
    );
  });
});
