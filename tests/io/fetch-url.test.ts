import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchPage, FetchError } from '../../src/io/fetch-url.js';
import { FIXTURES, fixture, runCli } from '../helpers.js';

const PAGE = fixture('html', 'harbour-page.html');
const LATIN1_PAGE = Buffer.from(
  '<!doctype html><html><head><title>Pier Tolls Rise | Harbour News</title></head><body><article><h1>Pier Tolls Rise</h1>' +
    '<p>The harbour board raised the pier toll to \u00a33 on Monday, the first rise in five years, after repairs to the landing stage were finished.</p>' +
    '<p>Fishermen said the rise would cost them \u00a3150 a year and asked the board to think again before the summer season begins.</p>' +
    '<p>The board will meet again in June to review the tolls for small boats and for visiting yachts.</p></article></body></html>',
  'latin1',
);

// The first CLI run here loads the language model in-process (~2 s idle, over 5 s on a loaded
// machine): vitest's 5 s default made that test fail by load, not by behaviour.
vi.setConfig({ testTimeout: 60_000 });

let server: Server;
let base = '';
const pending = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/article':
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      case '/moved':
        return void res.writeHead(301, { location: '/moved-again' }).end();
      case '/moved-again':
        return void res.writeHead(302, { location: '/article' }).end();
      case '/loop':
        return void res.writeHead(302, { location: '/loop' }).end();
      case '/latin1':
        return void res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(LATIN1_PAGE);
      case '/pdf':
        return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      case '/text':
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('Pier Tolls Rise\n\nThe harbour board raised the pier toll on Monday.\n');
      case '/big':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>' + 'x'.repeat(5000) + '</p>');
      case '/big-chunked': {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 10; i++) res.write('<p>' + 'y'.repeat(1000) + '</p>');
        return void res.end();
      }
      case '/slow':
        pending.add(res);
        return; // never answers
      case '/error':
        return void res.writeHead(500, 'Internal Server Error').end('oops');
      default:
        return void res.writeHead(404, 'Not Found').end('no such page');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of pending) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const options = { timeoutMs: 5000, maxBytes: 1024 * 1024 };

describe('fetchPage', () => {
  it('fetches a page with its media type and charset', async () => {
    const page = await fetchPage(`${base}/article`, options);
    expect(page.mediaType).toBe('text/html');
    expect(page.contentType).toContain('charset=utf-8');
    expect(Buffer.from(page.bytes).toString('utf8')).toContain('Harbour Town');
  });

  it('follows redirects and reports where it ended', async () => {
    const page = await fetchPage(`${base}/moved`, options);
    expect(page.url).toBe(`${base}/article`);
  });

  it('gives up on a redirect loop', async () => {
    await expect(fetchPage(`${base}/loop`, options)).rejects.toThrow(FetchError);
  });

  it('reports an HTTP failure with its status', async () => {
    await expect(fetchPage(`${base}/missing`, options)).rejects.toThrow('HTTP 404 Not Found');
    await expect(fetchPage(`${base}/error`, options)).rejects.toThrow('HTTP 500 Internal Server Error');
  });

  it('refuses content that is not a page', async () => {
    await expect(fetchPage(`${base}/pdf`, options)).rejects.toThrow('not an HTML page (content-type: application/pdf)');
  });

  it('refuses a page over the size cap, by its length or while reading', async () => {
    await expect(fetchPage(`${base}/big`, { ...options, maxBytes: 1000 })).rejects.toThrow(/page too large/);
    await expect(fetchPage(`${base}/big-chunked`, { ...options, maxBytes: 4000 })).rejects.toThrow(/page too large/);
  });

  it('times out', async () => {
    await expect(fetchPage(`${base}/slow`, { ...options, timeoutMs: 200 })).rejects.toThrow('timed out after 0.2 s');
  });

  it('names a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchPage(`http://127.0.0.1:${port}/`, options)).rejects.toThrow('connection refused');
  });
});

describe('precis with URL inputs', () => {
  it('reads the article of a fetched page', async () => {
    const r = await runCli(['read', `${base}/article`]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Harbour Town Votes to Rebuild Its Old Sea Wall');
    expect(r.stdout).toContain('Councillors in Harbour Town');
    expect(r.stdout).not.toContain('ADVERTISEMENT');
  });

  it('follows redirects', async () => {
    const r = await runCli(['read', `${base}/moved`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Storm Damage');
  });

  it('decodes by the charset of the HTTP content-type', async () => {
    const r = await runCli(['read', `${base}/latin1`]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Pier Tolls Rise');
    expect(r.stdout).toContain('£3');
  });

  it('reads a plain-text response as an article', async () => {
    const r = await runCli(['read', `${base}/text`]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Pier Tolls Rise');
  });

  it('summarises a URL like any other input', async () => {
    const r = await runCli(['summary', '-n', '1', `${base}/article`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Harbour Town');
  });

  it('digests fetched pages with the files, a failed fetch reported and passed over', async () => {
    const r = await runCli(['digest', '--json', `${base}/article`, `${base}/missing`, `${base}/latin1`, path.join(FIXTURES, 'digest')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`precis: cannot read ${base}/missing: HTTP 404 Not Found`);
    const sources = r.stdout
      .trim()
      .split('\n')
      .flatMap((l) => (JSON.parse(l) as { articles: { source: string }[] }).articles.map((a) => a.source));
    expect(sources).toEqual(expect.arrayContaining([`${base}/article`, `${base}/latin1`]));
    expect(sources).toHaveLength(10);
  });

  it('reports an HTTP failure on one line and goes on with the batch', async () => {
    const r = await runCli(['read', `${base}/missing`, `${base}/article`]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`precis: cannot read ${base}/missing: HTTP 404 Not Found`);
    expect(r.stdout).toContain('Harbour Town Votes');
  });

  it('reports non-HTML content', async () => {
    const r = await runCli(['read', `${base}/pdf`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not an HTML page (content-type: application/pdf)');
  });

  it.each([['read'], ['summary'], ['quotes'], ['entities'], []])('honours --timeout in every command (%s)', async (...command: string[]) => {
    const r = await runCli([...command, '--timeout', '0.2', `${base}/slow`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('timed out after 0.2 s');
  });

  it('refuses a --timeout that is not a positive number of seconds', async () => {
    const r = await runCli(['summary', '--timeout', '0', `${base}/article`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected a number of seconds above 0');
  });

  it('honours --max-bytes as the size cap', async () => {
    const r = await runCli(['read', '--max-bytes', '1000', `${base}/big`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('page too large');
  });
});
