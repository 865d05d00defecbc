import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { peekRecords, readRecords, readRecordStream } from '../../src/io/read-records.js';

/** A stream handing out the given chunks one by one, as a pipe does. */
const piped = (...chunks: string[]): Readable => Readable.from(chunks.map((c) => Buffer.from(c)));

async function peek(...chunks: string[]): Promise<{ records: boolean; text: string }> {
  const { records, stream } = await peekRecords(piped(...chunks));
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return { records, text };
}

describe('peekRecords', () => {
  it('tells records by a first line that is a JSON object, and gives back everything it read', async () => {
    const line = JSON.stringify({ source: 'a.txt', title: 'Ferry fares rise' });
    expect(await peek('\ufeff\n', `${line}\n`, line)).toEqual({ records: true, text: `\ufeff\n${line}\n${line}` });
  });

  // A record line of a long article spans many chunks of a pipe: cut at the first, it is no JSON.
  it('reads the first record to its line end across chunks', async () => {
    const line = JSON.stringify({ source: 'a.txt', title: 'Ferry fares rise', text: 'x'.repeat(200) });
    const chunks = line.match(/.{1,64}/gs)!;
    expect(chunks.length).toBeGreaterThan(3);
    expect(await peek(...chunks, '\n{"source":"b.txt"}\n')).toEqual({ records: true, text: `${line}\n{"source":"b.txt"}\n` });
  });

  it('reads text that opens with a brace as an article', async () => {
    expect((await peek("{Editor's note} The ferry ", 'fares rise.\n')).records).toBe(false);
    expect((await peek('[1, 2]\n')).records).toBe(false);
    expect((await peek('The ferry fares rise.\n')).records).toBe(false);
  });

  // A pipe that has not ended: the answer must not wait for a line end that may never come.
  it('decides on text opening with a brace but no key at its first chunk', async () => {
    const open = new Readable({ read() {} });
    open.push("{Editor's note} The ferry ");
    expect((await peekRecords(open)).records).toBe(false);
    open.destroy();
  });

  // Before: read as one article of JSON text, titled "(stdin)", though the same file named was read as records.
  it('tells records saved as UTF-16 with a byte order mark, as a named record file is read', async () => {
    const line = JSON.stringify({ source: 'a.txt', title: 'Ferry fares rise', text: 'Ferry fares rise.', summary: [], quotes: [], entities: [] });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line}\r\n`, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${line}\n`, 'utf16le').swap16()]);
    for (const bytes of [le, be]) {
      const { records, stream } = await peekRecords(Readable.from([bytes.subarray(0, 40), bytes.subarray(40)]));
      expect(records).toBe(true);
      const titles: string[] = [];
      for await (const read of readRecordStream(stream, '(stdin)')) titles.push(read.kind === 'record' ? read.record.title : read.message);
      expect(titles).toEqual(['Ferry fares rise']);
    }
  });

  // A pipe may hand out the byte order mark alone, or half of it: before, the next chunk was decoded
  // on its own, as UTF-8, and the records were read as one article of JSON text.
  it('tells UTF-16 records whose byte order mark comes alone or split in the first chunk', async () => {
    const line = JSON.stringify({ source: 'a.txt', title: 'Dover ferry fares', text: 'Dover ferry fares rise.', summary: [], quotes: [], entities: [] });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`\n ${line}\n`, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${line}\n`, 'utf16le').swap16()]);
    for (const bytes of [le, be])
      for (const cut of [1, 2]) {
        const { records, stream } = await peekRecords(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]));
        expect(records).toBe(true);
        const titles: string[] = [];
        for await (const read of readRecordStream(stream, '(stdin)')) titles.push(read.kind === 'record' ? read.record.title : read.message);
        expect(titles).toEqual(['Dover ferry fares']);
      }
  });

  // Before (rvi12): the first record's line was taken to end at the first chunk holding a byte 0x0a, a
  // newline in UTF-8 but in UTF-16 also half of a character such as Ċ (U+010A), or half a newline cut
  // in two; the line, cut short, was no JSON, and the records were read as one article.
  it('reads a UTF-16 record line to its end past a 0x0a byte that is no newline, or half of one', async () => {
    const line = JSON.stringify({ source: 'a.txt', title: 'Ċirkewwa ferry', text: 'The Ċirkewwa ferry sails at noon.', summary: [], quotes: [], entities: [] });
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line}\n`, 'utf16le')]);
    // (The first chunk holds the line's start; the second, the Ċ and not the line's end, or half of that end.)
    const at = bytes.indexOf(0x0a);
    for (const [from, to] of [
      [at - 2, at + 2],
      [at + 2, bytes.length - 1],
    ] as const) {
      const chunks = [bytes.subarray(0, from), bytes.subarray(from, to), bytes.subarray(to)];
      const { records, stream } = await peekRecords(Readable.from(chunks));
      expect(records).toBe(true);
      const titles: string[] = [];
      for await (const read of readRecordStream(stream, '(stdin)')) titles.push(read.kind === 'record' ? read.record.title : read.message);
      expect(titles).toEqual(['Ċirkewwa ferry']);
    }
  });

  it('gives up a first line longer than a record of the largest article allowed', async () => {
    // (64 KiB of one line, then a pipe left open: without a cap it waits for more.)
    let pushed = 0;
    const endless = new Readable({
      read() {
        if (pushed++ < 64) this.push('x'.repeat(1024));
      },
    });
    endless.push('{"source": "');
    expect((await peekRecords(endless, 1000)).records).toBe(false);
    endless.destroy();
  });
});

describe('readRecords', () => {
  const lines = async (bytes: Buffer): Promise<string[]> => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'precis-records-')), 'day.ndjson');
    writeFileSync(file, bytes);
    const out: string[] = [];
    for await (const line of readRecords(file, 'day.ndjson')) out.push(line.kind === 'record' ? line.record.title : line.message);
    return out;
  };
  const record = JSON.stringify({ source: 'a.txt', title: 'Ferry fares rise', text: 'Ferry fares rise.', summary: [], quotes: [], entities: [] });

  // Before: "day.ndjson:1: not JSON", and so on for every line.
  it('reads records saved as UTF-16 with a byte order mark, as Windows tools save them', async () => {
    const text = `${record}\r\n${record}\r\n`;
    expect(await lines(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual(['Ferry fares rise', 'Ferry fares rise']);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(await lines(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual(['Ferry fares rise', 'Ferry fares rise']);
  });

  // Before: one "not JSON" line for each line of noise.
  it('says once that a binary file is not text', async () => {
    expect(await lines(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0, 0, 0x0a, 0x1a, 0x0a]))).toEqual(['cannot read day.ndjson: not a text file (binary data)']);
  });

  // Before: nothing at all, and digest exited 0, where an empty article file is an error.
  it('says a file of no records, or only blank lines, is empty, as it says of an empty article', async () => {
    expect(await lines(Buffer.alloc(0))).toEqual(['cannot read day.ndjson: empty file']);
    expect(await lines(Buffer.from('\ufeff\n  \r\n\n'))).toEqual(['cannot read day.ndjson: empty file']);
  });

  it('says a file of one byte is no record: a byte order mark cannot be half there', async () => {
    expect(await lines(Buffer.from('7'))).toEqual(['day.ndjson:1: not a precis --json article record']);
  });

  it('takes a file of only error records as read: the run that wrote them said so', async () => {
    expect(await lines(Buffer.from(`${JSON.stringify({ source: 'b.txt', error: 'cannot read b.txt: empty file' })}\n`))).toEqual([]);
  });

  it('reads UTF-8 records after a byte order mark, blank lines passed over, the last without its line end', async () => {
    expect(await lines(Buffer.from(`\ufeff${record}\n\n${record}`))).toEqual(['Ferry fares rise', 'Ferry fares rise']);
  });
});
