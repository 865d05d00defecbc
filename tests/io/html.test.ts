import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, stripSiteName } from '../../src/io/html.js';
import { fixture, FIXTURES, runCli } from '../helpers.js';

describe('extractArticle on a news page with nav, ads, asides, footer and scripts', async () => {
  const page = (await extractArticle(fixture('html', 'harbour-page.html')))!;

  it('finds the article', () => {
    expect(page).not.toBeNull();
    expect(page.text).toContain('Councillors in Harbour Town voted on Tuesday');
    expect(page.text).toContain('A public meeting about the building work');
  });

  it('takes the title from og:title', () => {
    expect(page.title).toBe('Harbour Town Votes to Rebuild Its Old Sea Wall');
  });

  it('takes the byline and the publication date from the page', () => {
    expect(page.byline).toBe('Marta Quill');
    expect(page.date).toBe('2026-03-14T09:30:00Z');
  });

  it('drops navigation, header and footer', () => {
    for (const text of ['Subscribe today', 'Weather', 'All rights reserved', 'Cookie settings']) expect(page.text).not.toContain(text);
  });

  it('drops ads, the related-articles box and the sidebar', () => {
    for (const text of ['ADVERTISEMENT', 'Seaview Deluxe Kettle', 'Cheap ferry tickets', 'Related Articles', 'Lifeboat crew', 'Most Read', 'Seagull steals'])
      expect(page.text).not.toContain(text);
  });

  it('drops scripts and styles', () => {
    for (const text of ['TRACKING-SCRIPT-TEXT', 'INLINE-SCRIPT-OUTPUT', 'font-family']) expect(page.text).not.toContain(text);
  });

  it('does not repeat the headline, the byline or the date line in the text', () => {
    expect(page.text).not.toContain('Harbour Town Votes to Rebuild');
    expect(page.text).not.toContain('By Marta Quill');
    expect(page.text).not.toContain('14 March 2026');
  });

  it('marks section headings and keeps the block quote as a quote', () => {
    const lines = page.text.split('\n\n');
    expect(lines).toContain('## Storm Damage');
    expect(lines).toContain('## What Happens Next');
    expect(lines).toContain('> We have patched that wall with sandbags and hope for forty years. This time it has to be done properly.');
  });

  it('keeps the paragraphs in page order', () => {
    const at = (s: string) => page.text.indexOf(s);
    expect(at('Councillors')).toBeLessThan(at('## Storm Damage'));
    expect(at('## Storm Damage')).toBeLessThan(at('> We have patched'));
    expect(at('> We have patched')).toBeLessThan(at('## What Happens Next'));
  });
});

describe('extractArticle on other pages', () => {
  it('takes the title from <title> without the site name when there is no og:title or h1', async () => {
    const page = await extractArticle(fixture('html', 'title-only.html'));
    expect(page?.title).toBe('Night Buses Return to the Valley Towns');
  });

  it('drops share bars and newsletter boxes inside the content', async () => {
    const page = (await extractArticle(fixture('html', 'title-only.html')))!;
    expect(page.text).toContain('The number 40 service');
    expect(page.text).not.toContain('Share on Facebook');
    expect(page.text).not.toContain('newsletter');
    expect(page.byline).toBeNull();
    expect(page.date).toBeNull();
  });

  it("reads a page whose whole article is its one-sentence headline as that sentence, without the page's furniture", async () => {
    const page = (await extractArticle(fixture('html', 'one-sentence.html')))!;
    expect(page.text).toBe("Police in Dunmere have charged a 58-year-old man with the 1994 burglary of the town's museum.");
    expect(page.title).toBe(page.text);
  });

  it('returns null for a page without an article', async () => {
    expect(await extractArticle(fixture('html', 'no-article.html'))).toBeNull();
  });
});

describe('stripSiteName', () => {
  it('drops the named site from either end', () => {
    expect(stripSiteName('Tolls Rise | The Harbour News', 'Harbour News')).toBe('Tolls Rise');
    expect(stripSiteName('Harbour News: Tolls Rise Again at the Pier', 'The Harbour News')).toBe('Tolls Rise Again at the Pier');
  });

  it('drops a short last part when the site is not named', () => {
    expect(stripSiteName('Tolls Rise Again at the Pier – Harbour News', null)).toBe('Tolls Rise Again at the Pier');
  });

  it('keeps a title without a separator whole', () => {
    expect(stripSiteName('Tolls Rise Again', null)).toBe('Tolls Rise Again');
  });
});

describe('HTML inputs on the command line', () => {
  const page = path.join(FIXTURES, 'html', 'harbour-page.html');

  it('reads an .html file with its title, byline and date', async () => {
    const r = await runCli(['read', page]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Harbour Town Votes to Rebuild Its Old Sea Wall');
    expect(lines[1]).toMatch(/^By Marta Quill · 14 March 2026 · \d+ words · \d+ min read$/);
  });

  it('reads HTML from standard input', async () => {
    const r = await runCli(['read', '-'], { stdin: fixture('html', 'harbour-page.html') });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Harbour Town Votes to Rebuild Its Old Sea Wall');
    expect(r.stdout).not.toContain('<p>');
  });

  it('gives the brief of an HTML page', async () => {
    const r = await runCli([page]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Harbour Town Votes to Rebuild Its Old Sea Wall');
    expect(r.stdout).toContain('Summary');
    expect(r.stdout).not.toContain('ADVERTISEMENT');
  });

  it("puts the page's title, byline and date in the JSON record", async () => {
    const r = await runCli(['summary', '--json', page]);
    const record = JSON.parse(r.stdout.split('\n')[0]!);
    expect(record).toMatchObject({ title: 'Harbour Town Votes to Rebuild Its Old Sea Wall', byline: 'Marta Quill', date: '2026-03-14T09:30:00Z' });
  });

  it('reports a page without an article as a one-line error and exit code 1', async () => {
    const r = await runCli(['read', path.join(FIXTURES, 'html', 'no-article.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^precis: cannot read .*no-article\.html: no article text found in the page$/);
  });
});

describe('stripSiteName keeps the headline as written', () => {
  it('keeps a colon inside the headline', () => {
    expect(stripSiteName('Floods: What Happens Next | Harbour News', 'Harbour News')).toBe('Floods: What Happens Next');
  });
});

describe('extractArticle metadata from JSON-LD', () => {
  it("takes the byline and date from the page's JSON-LD when it has no meta tags", async () => {
    const page = await extractArticle(fixture('html', 'json-ld-page.html'));
    expect(page?.byline).toBe('Omar Field');
    expect(page?.date).toBe('2026-05-02T08:00:00+01:00');
    expect(page?.text).not.toContain('schema.org');
  });
});

describe('a page whose article opens with "By Mina Calder · July 12, 2021"', () => {
  const page = path.join(FIXTURES, 'html', 'byline-line-page.html');

  it('reads the byline and the date from that line and leaves it out of the text', async () => {
    const r = await runCli(['read', '--json', page]);
    const record = JSON.parse(r.stdout);
    expect(record.byline).toBe('Mina Calder');
    expect(record.date).toBe('2021-07-12');
    expect(record.text).not.toContain('Mina Calder');
    expect(record.text).not.toContain('2021');
    // The title and the four paragraphs: the furniture is not counted.
    expect(record.stats.words).toBe(record.text.split(/\s+/).length);
  });

  it('shows the byline once in the terminal view', async () => {
    const r = await runCli(['read', page]);
    expect(r.stdout.match(/Mina Calder/g)).toHaveLength(1);
    expect(r.stdout.split('\n')[1]).toBe('By Mina Calder · 12 July 2021 · 102 words · 1 min read');
  });
});
