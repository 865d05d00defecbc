import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article.js';
import { fixture, seedText } from '../../helpers.js';

const blockTexts = (a: ReturnType<typeof cleanArticle>, kind?: string) =>
  a.blocks.filter((b) => !kind || b.kind === kind).map((b) => a.text.slice(b.start, b.end));

describe('cleanArticle on the seed article', () => {
  const a = cleanArticle(seedText());

  it('takes the first line as the title', () => {
    expect(a.title).toBe('Leaders of China and North Korea Pledged to Strengthen Ties');
    expect(a.text.startsWith(a.title + '\n\n')).toBe(true);
  });

  it('keeps its two section headings', () => {
    expect(blockTexts(a, 'heading')).toEqual(['History of The Pact', 'Marriage of Convenience']);
  });

  it('drops the four trailing boilerplate lines', () => {
    for (const line of ['Related Articles', 'Stay Connected', 'Advertisement', 'Latest Articles', 'spot_img']) expect(a.text).not.toContain(line);
    expect(a.text.endsWith('completely denuclearise North Korea.')).toBe(true);
  });

  it('keeps every paragraph of the body', () => {
    expect(blockTexts(a, 'paragraph')).toHaveLength(7);
  });
});

describe('cleanArticle', () => {
  it('finds the byline and removes share/related/advert lines', () => {
    const a = cleanArticle(fixture('articles', 'harbour-bridge.txt'));
    expect(a.title).toBe('City Council Approves New Harbour Bridge');
    expect(a.byline).toBe('Maria Lopez');
    expect(a.text).not.toMatch(/Share this|Related Articles|Advertisement/);
    expect(blockTexts(a, 'heading')).toEqual(['Opposition and Costs']);
  });

  it('joins hard-wrapped lines and reads Markdown headings', () => {
    const a = cleanArticle(fixture('articles', 'wrapped-lines.md'), { markdown: true });
    expect(a.title).toBe('Rain Returns to the Valley');
    expect(blockTexts(a, 'heading')).toEqual(['What Comes Next']);
    expect(blockTexts(a, 'paragraph')[0]).toBe(
      'Farmers in the Green Valley welcomed the first heavy rain in six months on Sunday, after a drought that cut the wheat harvest by a third.',
    );
  });

  it('gives a one-line story no title, so every sentence stays in play', () => {
    const a = cleanArticle(fixture('articles', 'one-line-wire.txt'));
    expect(a.title).toBe('');
    expect(a.titleSpan).toBeNull();
    expect(a.blocks).toHaveLength(1);
    expect(a.text.startsWith('(WIRE) -- Shares')).toBe(true);
  });

  it('normalises CRLF, BOM and runs of white space without touching words or quote marks', () => {
    const a = cleanArticle('\ufeffA Headline Here\r\n\r\n“Quoted,”\t she   said.\r\nNext line.\r\n');
    expect(a.text).toBe('A Headline Here\n\n“Quoted,” she said.\n\nNext line.');
  });

  it('reads the invisible direction marks web copy leaves (U+200E/F, U+202A-E, U+2066-9) as white space', () => {
    for (const mark of ['\u200e', '\u200f', '\u202a', '\u202c', '\u202e', '\u2066', '\u2069']) {
      const a = cleanArticle(`A Headline Here\n\nShe said,${mark}“We sail at dawn.”`);
      expect(a.text).toBe('A Headline Here\n\nShe said, “We sail at dawn.”');
    }
  });

  it('never removes a real sentence that mentions newsletters or sharing', () => {
    const line = 'Readers who sign up for our newsletter will get the full report on Friday, the editor said.';
    expect(cleanArticle(`Title Line\n\n${line}`).text).toContain(line);
  });

  it('drops Markdown headings that trail the last paragraph, and is linear in how many there are', () => {
    const a = cleanArticle('# Title\n\nThe only paragraph.\n\n## More From Us\n\n## Partners\n', { markdown: true });
    expect(blockTexts(a)).toEqual(['The only paragraph.']);
    const many = cleanArticle('# Title\n\nThe only paragraph.\n\n' + '## Widget\n\n'.repeat(50_000), { markdown: true });
    expect(many.blocks).toHaveLength(1);
  });

  // Before: dropped as a trailing heading, so the file read as nothing at all ('(untitled)', 0 words).
  it('keeps a Markdown heading that is the whole file, as its title', () => {
    const a = cleanArticle('# Council Approves New Budget\n', { markdown: true });
    expect(a.title).toBe('Council Approves New Budget');
    expect(a.text).toBe('Council Approves New Budget');
    expect(a.blocks).toEqual([]);
  });

  it('reads a line ending in a run of title-case words as a heading, as a live blog heads its posts', () => {
    // Each post's heading is glued to furniture (poster, time) on one line too long to read as a heading.
    const raw = [
      'Harbour Vote Live',
      '',
      'Posted by Nell Varga 5pts 9:41PMMayor Ada Pell Says She Would Fund The Northern Ferry Line',
      'Mayor Ada Pell said on Tuesday that the ferry line would get new money.',
      'Posted by Nell Varga 5pts 9:30PM Council Leader Tom Brisk Rejects The Tunnel Plan',
      'Tom Brisk called the tunnel plan too costly.',
    ].join('\n');
    const a = cleanArticle(raw);
    expect(blockTexts(a, 'heading')).toEqual([
      'Posted by Nell Varga 5pts 9:41PMMayor Ada Pell Says She Would Fund The Northern Ferry Line',
      'Posted by Nell Varga 5pts 9:30PM Council Leader Tom Brisk Rejects The Tunnel Plan',
    ]);
    expect(blockTexts(a, 'paragraph')).toEqual([
      'Mayor Ada Pell said on Tuesday that the ferry line would get new money.',
      'Tom Brisk called the tunnel plan too costly.',
    ]);
  });

  it('keeps a body paragraph that lacks its full stop and ends in a name as a paragraph, ending it there', () => {
    // Prose before the capitalised words (lower-case words, a verb) is no furniture a heading is glued to.
    const raw = [
      'Ferry News',
      '',
      'The council voted on Tuesday to keep the ferry running for ten more years, said a spokesman for the Harbour Town Ferry Trust',
      'The first new boat will sail in May.',
    ].join('\n');
    const a = cleanArticle(raw);
    expect(blockTexts(a, 'heading')).toEqual([]);
    expect(blockTexts(a, 'paragraph')).toEqual([
      'The council voted on Tuesday to keep the ferry running for ten more years, said a spokesman for the Harbour Town Ferry Trust',
      'The first new boat will sail in May.',
    ]);
    // A photo caption ending the post before the next post's furniture is no prose before that heading.
    const post =
      'Posted 9:31PMFerry VotePHOTO DESKMayor Ada Pell answers a question as the council listens during the ferry debate in Harbour Town.Share Posted 9:26PMCouncil Leader Tom Brisk Rejects The Tunnel Plan';
    const live = cleanArticle(['Harbour Vote Live', '', post, 'Tom Brisk called the tunnel plan too costly.'].join('\n'));
    expect(blockTexts(live, 'heading')).toEqual([post]);
  });

  it('reads a glued title-case heading with many small words (the, on, for) as a heading, not prose', () => {
    const post = 'Posted 9:26PMMayor Says the Vote on the Ferry Is a Matter for the Town';
    const a = cleanArticle(['Harbour Vote Live', '', post, 'Mayor Ada Pell spoke at noon.'].join('\n'));
    expect(blockTexts(a, 'heading')).toEqual([post]);
  });

  it('still joins a hard-wrapped line that happens to end inside a name', () => {
    // The text wraps its lines (one goes on in lower case), so a line ending "… Chief Executive Ada" is a wrap too.
    const raw = [
      'Ferry Talks',
      '',
      'On Monday the members of the board met in the old town hall with Harbour Authority Chief Executive Ada',
      'Pell, who said the ferry line would get new money',
      'next year.',
    ].join('\n');
    expect(blockTexts(cleanArticle(raw))).toEqual([
      'On Monday the members of the board met in the old town hall with Harbour Authority Chief Executive Ada Pell, who said the ferry line would get new money next year.',
    ]);
  });

  it('returns an empty article for white space only', () => {
    const a = cleanArticle(' \n\n\t\n');
    expect(a.text).toBe('');
    expect(a.blocks).toEqual([]);
  });

  it('gives block offsets that slice the text exactly', () => {
    const a = cleanArticle(seedText());
    for (const b of a.blocks) {
      const s = a.text.slice(b.start, b.end);
      expect(s).toBe(s.trim());
      expect(s).not.toContain('\n\n');
    }
  });
});
