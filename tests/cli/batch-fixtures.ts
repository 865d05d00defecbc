import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
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

/** Linux reports a process's CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/**
 * Waits until process `pid` has used `cpuMs` of CPU (all its threads), read from /proc. CPU time,
 * unlike a sleep, does not stretch on a loaded machine: a signal sent then lands after start-up,
 * in the middle of the work, however busy the machine is. Fails if the process ends first.
 */
export async function untilBusy(pid: number, cpuMs: number): Promise<void> {
  for (;;) {
    const now = cpuState(pid);
    if (!now) throw new Error(`process ${pid} ended before using ${cpuMs} ms of CPU`);
    if (now.cpuMs >= cpuMs) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Whether process `pid` holds `file` open now (its /proc fd links); null once it has ended. */
function holds(pid: number, file: string): boolean | null {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return null;
  }
  return fds.some((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
    } catch {
      return false; // closed between the listing and the read
    }
  });
}

/**
 * Waits until process `pid` has opened `file` and, with `closed`, closed it again: a signal sent
 * then lands while the file is read, or in the work after it, on a fast machine as on a slow one,
 * where a CPU-time mark would drift. Fails if the process ends first.
 */
export async function untilFile(pid: number, file: string, closed: boolean): Promise<void> {
  let opened = false;
  for (;;) {
    const open = holds(pid, file);
    if (open === null) throw new Error(`process ${pid} ended before it ${closed ? 'closed' : 'opened'} ${file}`);
    if (open && !closed) return;
    if (open) opened = true;
    else if (opened) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** State and CPU time (ms, all threads) of process `pid`, from /proc; null once it has ended. */
function cpuState(pid: number): { state: string; cpuMs: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after the parenthesised command name: state is the 3rd, utime the 14th, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[0] === 'Z' ? null : { state: fields[0]!, cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
}

/**
 * Waits until process `pid` sleeps with its CPU time standing still over `quietMs`: it has started
 * and now waits for input (standard input that never ends). A process starved on a loaded machine
 * is runnable, not sleeping, so load only makes the wait longer. Fails if the process ends first.
 */
export async function untilWaiting(pid: number, quietMs = 400): Promise<void> {
  let since = Date.now();
  let last = -1;
  for (;;) {
    const now = cpuState(pid);
    if (!now) throw new Error(`process ${pid} ended before it waited for input`);
    if (now.state !== 'S' || now.cpuMs !== last) {
      last = now.cpuMs;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
