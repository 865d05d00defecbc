import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BinaryInputError, charsetFromContentType, decodeHtml, decodeText, sniffMetaCharset } from '../../src/io/decode.js';
import { FIXTURES, runCli } from '../helpers.js';

const bytes = (name: string) => readFileSync(path.join(FIXTURES, 'encodings', name));
const EXPECTED = 'The harbour board raised the pier toll to £3 on Monday. “It is a fair price,” said Ada Brook, the board’s chair.';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(bytes('utf8.txt'))).toContain(EXPECTED);
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const text = decodeText(bytes('utf8-bom.txt'));
    expect(text.startsWith('Pier Tolls')).toBe(true);
    expect(text).toContain(EXPECTED);
  });

  it('reads UTF-16 little-endian with a BOM', () => {
    const text = decodeText(bytes('utf16le-bom.txt'));
    expect(text.startsWith('Pier Tolls')).toBe(true);
    expect(text).toContain(EXPECTED);
  });

  it('reads UTF-16 big-endian with a BOM', () => {
    expect(decodeText(bytes('utf16be-bom.txt'))).toContain(EXPECTED);
  });

  it('reads UTF-16 without a BOM, either byte order, by where its NUL bytes fall', () => {
    expect(decodeText(bytes('utf16le.txt')).startsWith('Pier Tolls')).toBe(true);
    expect(decodeText(bytes('utf16le.txt'))).toContain(EXPECTED);
    expect(decodeText(bytes('utf16be.txt'))).toContain(EXPECTED);
  });

  it('still refuses binary data with NUL bytes in every other place (16-bit numbers)', () => {
    const samples = Uint8Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 1 + (i % 7) : 0));
    expect(() => decodeText(samples)).toThrow(BinaryInputError);
  });

  // Review rv4c: numbers under 256 put a NUL in every high byte, as Latin text does, and read as Latin-1 symbols
  // and C1 controls (a bright 8-bit image in 16-bit samples, counts, levels) with few control characters below 0x20.
  it('refuses 16-bit numbers under 256 (NULs where UTF-16 text has them, but no text)', () => {
    const le = Uint8Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? 100 + ((i * 37) % 156) : 0));
    const be = Uint8Array.from({ length: 2000 }, (_, i) => (i % 2 === 1 ? 32 + ((i * 53) % 224) : 0));
    expect(() => decodeText(le)).toThrow(BinaryInputError);
    expect(() => decodeText(be)).toThrow(BinaryInputError);
  });

  it('decodes a latin-1 pound sign (0xA3) as £', () => {
    const text = decodeText(bytes('latin1.txt'));
    expect(text).toContain('toll to £3 on Monday');
    expect(text).not.toContain('\ufffd');
  });

  it('decodes Windows-1252 curly quotes (0x93, 0x94, 0x92)', () => {
    expect(decodeText(bytes('windows1252.txt'))).toContain(EXPECTED);
  });

  it('keeps CRLF line endings for the cleaner to split on', () => {
    expect(decodeText(bytes('crlf.txt'))).toContain('Pier Tolls Rise Again\r\n\r\nThe harbour');
  });

  it('honours a declared charset over its own guess', () => {
    // 0xE9 is é in Windows-1252 but й in Windows-1251.
    expect(decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), 'windows-1251')).toBe('Cafй');
    expect(decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
  });

  it('falls back to Windows-1252 when bytes declared UTF-8 are not', () => {
    expect(decodeText(Uint8Array.from([0xa3, 0x35]), 'utf-8')).toBe('£5');
  });

  it('refuses binary data', () => {
    expect(() => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))).toThrow(BinaryInputError);
  });
});

describe('decodeHtml', () => {
  it('honours <meta charset="iso-8859-1">', () => {
    expect(decodeHtml(bytes('latin1-meta.html'))).toContain('pier toll to £3');
  });

  it('honours <meta charset="windows-1251"> for Cyrillic', () => {
    expect(decodeHtml(bytes('cp1251-meta.html'))).toContain('Совет гавани поднял плату');
  });

  it('lets the HTTP charset win over the page', () => {
    const page = Buffer.from('<html><head><meta charset="windows-1251"></head><body>Caf\u00e9</body></html>', 'latin1');
    expect(decodeHtml(page, 'iso-8859-1')).toContain('Café');
    expect(decodeHtml(page)).toContain('Cafй');
  });

  it('reads a page that declares UTF-16 in ASCII bytes as UTF-8', () => {
    expect(decodeHtml(Buffer.from('<meta charset="utf-16"><p>£3</p>'))).toContain('£3');
  });

  it('ignores an unknown charset label', () => {
    expect(decodeHtml(Buffer.from('<meta charset="klingon"><p>£3</p>'))).toContain('£3');
  });
});

describe('charset sniffing helpers', () => {
  it('reads the charset of a content-type header', () => {
    expect(charsetFromContentType('text/html; charset=ISO-8859-1')).toBe('ISO-8859-1');
    expect(charsetFromContentType('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
  });

  it('finds the http-equiv form of the meta declaration', () => {
    const head = Buffer.from('<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>');
    expect(sniffMetaCharset(head)).toBe('windows-1252');
  });
});

describe('precis read on each encoding', () => {
  for (const name of ['utf8.txt', 'utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'crlf.txt', 'windows1252.txt']) {
    it(`shows ${name} with its title and £ sign intact`, async () => {
      const r = await runCli(['read', '--width', '200', path.join(FIXTURES, 'encodings', name)]);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe('Pier Tolls Rise Again');
      expect(r.stdout).toContain('toll to £3 on Monday. “It is a fair price,” said Ada Brook');
    });
  }

  it("shows a latin-1 article's pound signs as £", async () => {
    const r = await runCli(['read', path.join(FIXTURES, 'encodings', 'latin1.txt')]);
    expect(r.stdout).toContain('£150 a year');
  });

  it('shows an HTML page in latin-1 with its pound signs', async () => {
    const r = await runCli(['read', path.join(FIXTURES, 'encodings', 'latin1-meta.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('£3');
    expect(r.stdout).not.toContain('\ufffd');
  });
});
