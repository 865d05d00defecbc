import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/index.js';
import { NameIndex } from '../../../src/core/quotes/full-names.js';
import { parse } from './parsed-fixture.js';

const body = 'Oren Vale runs the harbour. Park Won-gon builds boats. Vale met Park on Monday. Later Vale left.';

function index(text = body, entities: readonly Entity[] = []): { names: NameIndex; text: string } {
  const parsed = parse(text);
  return { names: new NameIndex(parsed, entities), text: parsed.article.text };
}

describe('NameIndex.fullName', () => {
  it('gives a surname the full name an earlier run ends with', () => {
    const { names, text } = index();
    expect(names.fullName(['Vale'], text.indexOf('Vale met'))).toBe('Oren Vale');
  });
  it('gives a first word the full name an earlier run starts with', () => {
    const { names, text } = index();
    expect(names.fullName(['Park'], text.indexOf('Park on'))).toBe('Park Won-gon');
  });
  it('keeps a name the article never gives in full as it is', () => {
    const { names } = index();
    expect(names.fullName(['Marrow'], 0)).toBe('Marrow');
  });
  it('prefers the entity list to the capitalised runs', () => {
    const { names, text } = index(body, [{ name: 'Oren B. Vale', type: 'PERSON', count: 1, mentions: [{ text: 'Oren B. Vale', start: 0, end: 5 }] }]);
    expect(names.fullName(['Vale'], text.indexOf('Vale met'))).toBe('Oren B. Vale');
  });
});

describe('NameIndex.fullOfRun', () => {
  it('resolves a short run to the full name', () => {
    const { names, text } = index();
    const r = names.runs.findIndex((run) => run.start === text.indexOf('Vale met'));
    expect(names.fullOfRun(r)).toBe('Oren Vale');
  });
});

describe('NameIndex.isPerson', () => {
  it('makes no person of a venue the tagger found as a place, though a title follows it after a comma', () => {
    const place: Entity = { name: 'Gull Centre', type: 'PLACE', count: 1, mentions: [] };
    const { names } = index('To a packed audience at the Gull Centre, the chancellor said the cuts were deep.', [place]);
    expect(names.isPerson('Gull Centre')).toBe(false);
  });
  it('takes a speaker the tagger did not type for a person, unless its last word heads a body ("Harbour Office")', () => {
    const { names } = index('The Harbour Office said the wall was safe. Oren Vale said it was not.');
    names.speakers.add('Harbour Office');
    names.speakers.add('Oren Vale');
    expect(names.isPerson('Harbour Office')).toBe(false);
    expect(names.isPerson('Oren Vale')).toBe(true);
  });
  it('takes an entity’s own type', () => {
    const { names } = index(body, [
      { name: 'Harbour Board', type: 'ORGANIZATION', count: 1, mentions: [] },
      { name: 'Ida Fenn', type: 'PERSON', count: 1, mentions: [] },
    ]);
    expect(names.isPerson('Harbour Board')).toBe(false);
    expect(names.isPerson('Ida Fenn')).toBe(true);
  });
  it('takes the entity’s type for a speaker spelled as one of its mentions ("TimeWarner" in "Time Warner")', () => {
    const mentions = [
      { text: 'Harbour Works', start: 0, end: 13 },
      { text: 'HarbourWorks', start: 20, end: 32 },
    ];
    const { names } = index(body, [{ name: 'Harbour Works', type: 'ORGANIZATION', count: 2, mentions }]);
    names.speakers.add('HarbourWorks');
    expect(names.isPerson('HarbourWorks')).toBe(false);
  });
  it('takes a known given name as a person', () => {
    expect(index().names.isPerson('John Vale')).toBe(true);
  });
  it('does not take an unknown name for a person', () => {
    expect(index().names.isPerson('Port Ellin')).toBe(false);
  });
  it('takes a name known to speak as a person', () => {
    const { names } = index();
    names.speakers.add('Port Ellin');
    expect(names.isPerson('Port Ellin')).toBe(true);
  });
});

describe('NameIndex.mentionCount and mentionsOf', () => {
  it('counts every run that gives the name or its surname', () => {
    expect(index().names.mentionCount('Oren Vale')).toBe(3);
  });
  it('lists the subject first and the other mentions after it, each once', () => {
    const { names, text } = index();
    const subject = { text: 'Vale', start: text.indexOf('Vale met'), end: text.indexOf('Vale met') + 4 };
    const mentions = names.mentionsOf('Oren Vale', subject);
    expect(mentions[0]).toEqual(subject);
    expect(mentions.map((m) => m.start)).toEqual([subject.start, text.indexOf('Oren Vale'), text.indexOf('Vale left')]);
  });
});

describe('NameIndex.lastRunBefore', () => {
  it('finds the last run that starts before an offset', () => {
    const { names, text } = index();
    expect(names.runs[names.lastRunBefore(text.indexOf('builds'))]!.text).toBe('Park Won-gon');
  });
  it('gives -1 before the first run', () => {
    expect(index().names.lastRunBefore(0)).toBe(-1);
  });
});

describe('NameIndex.personAfterWords', () => {
  it('finds the person named right after the words', () => {
    const { names } = index('The Harbour Board chairman John Vale spoke. Vale left.');
    expect(names.personAfterWords('Harbour Board')).toBe('John Vale');
  });
  it('finds no one for empty words', () => {
    expect(index().names.personAfterWords('')).toBeNull();
  });
});
