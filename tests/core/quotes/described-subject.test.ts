import { describe, expect, it } from 'vitest';
import { speakersOf as speakers } from './parsed-fixture.js';

// Our own invented articles: a definite description of a person goes on with the sentence before's subject.

describe('a definite description speaker that stands for the person just spoken of', () => {
  it('"Tom Marlow … said …. “…,” the British actor said." is Tom Marlow', () => {
    const text = [
      'Festival opens',
      'The harbour festival opened on Monday with a screening.',
      'Tom Marlow, whose film is in competition, said he had wondered whether to attend. “I questioned whether I should come,” the British actor said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Marlow', 'Tom Marlow']);
  });

  it('an office goes on with the subject of the opening sentence', () => {
    const text = [
      'Vale backs harbour plan',
      'Oren Vale has backed the harbour plan of the council.',
      'In a speech in Dover, the prime minister said the plan would bring jobs.',
    ].join('\n\n');
    expect(speakers(text)).toContain('Oren Vale');
  });

  it('leaves an office further on to the office holder the article has not named', () => {
    const text = [
      'Harbour row',
      'The harbour plan was debated on Monday.',
      'Mr Tom Pell said he would sue the council. The home secretary said he saw no case to answer.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Pell', 'home secretary']);
  });

  it('not after "But", nor "the woman" for a man', () => {
    const text = [
      'Harbour row',
      'The harbour plan was debated on Monday.',
      'Tom Pell said the plan would fail. But the singer said it would work.',
      'Mr Carl Ruiz said the talks had ended. The woman said she was surprised.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Pell', 'singer', 'Carl Ruiz', 'woman']);
  });

  it('not "the man" alone, nor past an owner named in its own sentence', () => {
    const text = [
      'Harbour row',
      'The harbour plan was debated on Monday.',
      'Mr Carl Ruiz met a fisherman on the quay. The man said the fish had gone.',
      'Tom Pell spoke at noon. The plan, which Pell blamed on Carl Ruiz’s office, will fail, the singer said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['man', 'singer']);
  });
});

describe('a definite description that goes on with someone else than the subject', () => {
  it('not when the head noun named someone in the sentence before ("met a rival actor", "fouled by a defender")', () => {
    const text = [
      'Actor sues paper',
      'Tom Marlow said he would sue the newspaper over the story.',
      'Marlow hired a lawyer and met a rival actor at a hotel. “He is wrong,” the actor said.',
      'Carl Ruiz was fouled by a defender in the second half. The defender said he had not meant it.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Marlow', 'actor', 'defender']);
  });

  it('not when the subject’s own phrase gave them another occupation ("Marlow, a lawyer, … the singer")', () => {
    const text = [
      'Talks collapse',
      'The harbour talks ended on Monday without a deal.',
      'Tom Marlow, a lawyer for the fishermen, said the talks had failed. “We tried everything,” the singer said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Marlow', 'singer']);
  });

  it('not a spokesman, even after the article’s opening subject', () => {
    const text = ['Vale backs harbour plan', 'Mr Tom Vale said the harbour plan would bring jobs. The spokesman said talks would go on.'].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Vale', 'spokesman']);
  });

  it('not a woman of another sex, a possessive, nor a subject two sentences back', () => {
    const text = [
      'Harbour row',
      'The harbour plan was debated on Monday.',
      'Mr Carl Ruiz said the talks had ended. The Dover woman said she was surprised.',
      'Tom Pell said the levy was unfair. The club’s striker said an appeal was planned.',
      'Mr Ted Lamb said the pier was safe. The ferries ran late on Monday. The actor said he would sail.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Carl Ruiz', 'Dover woman', 'Tom Pell', 'club’s striker', 'Ted Lamb', 'actor']);
  });
});
