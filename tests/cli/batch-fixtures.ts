import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TOWNS = ['Ashford', 'Bramley', 'Carrow', 'Dunmore', 'Elmstead', 'Farley', 'Glenholt'];
const PEOPLE = ['Maria Okafor', 'Tom Reyes', 'Anna Lindqvist', 'David Chen', 'Priya Nair'];
const TOPICS = ['the new bridge', 'the school budget', 'the river clean-up', 'the bus timetable', 'the library extension'];

/** A short news story we wrote ourselves; `n` varies the names and the length. */
export function story(n: number, paragraphs = 3): string {
  const town = TOWNS[n % TOWNS.length]!;
  const person = PEOPLE[n % PEOPLE.length]!;
  const topic = TOPICS[n % TOPICS.length]!;
  const body = Array.from(
    { length: paragraphs },
    (_, p) =>
      `The council in ${town} voted on ${topic} on Tuesday, meeting number ${n * 10 + p}. ` +
      `"We have waited long enough for this," said ${person}, who chairs the committee. ` +
      `Work is expected to start in spring and to cost about ${n + p + 2} million pounds.`,
  );
  return [`Story ${n}: ${town} decides on ${topic}`, '', ...body.flatMap((b) => [b, ''])].join('\n');
}

/** A fresh folder holding `files` (relative path → content). */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-batch-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** `count` stories spread over a few section folders: sec-0/story-000.txt … */
export function corpus(count: number, paragraphs = 3): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`sec-${i % 3}/story-${String(i).padStart(3, '0')}.txt`] = story(i, paragraphs);
  return folderWith(files);
}

/** Bytes that are not text: a PNG header and NULs. */
export const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
