import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { articleFeatures, DEFAULT_THRESHOLD, digest, type DigestItem, type DigestOptions } from '../../index.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { isUrl } from '../../io/fetch-url.js';
import { describeFsError, STDIN_SOURCE, type RecordsInput } from '../../io/inputs.js';
import { isDescriptorPath, isStreamPath, openStreamPath } from '../../io/pipes.js';
import { isRecordFile, peekRecords, readRecords, readRecordStream, type RecordLine } from '../../io/read-records.js';
import { expandGlob, hasGlobMagic, matchSource } from '../../io/glob.js';
import { batchOptions, outFolder, processInputs } from '../batch.js';
import { ExitCode, type CliContext } from '../context.js';
import { positiveInt, timeoutOption } from '../options.js';
import { digestMarkdown, renderDigest, storyLine } from '../render/digest.js';
import { makeChalk, textWidth, useColor } from '../style.js';

type Peeked = Awaited<ReturnType<typeof peekRecords>>;

interface DigestFlags {
  json?: boolean;
  color?: boolean;
  out?: string;
  maxBytes?: number;
  jobs?: number;
  failFast?: boolean;
  minSize?: number;
  top?: number;
  since?: string;
  threshold?: number;
  timeout?: number;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date such as 2026-03-14.');
  return value;
}

function fraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n >= 1) throw new InvalidArgumentError('expected a number between 0 and 1, such as 0.04.');
  return n;
}

/**
 * A pattern of record files the shell left alone (quoted, `'day/*.jsonl'`) stands for the files it
 * matches, in order, as a pattern of articles does; one that matches nothing is left to say so.
 */
async function expandRecordGlobs(inputs: readonly string[], cwd: string): Promise<readonly string[]> {
  const expanded: string[] = [];
  for (const input of inputs) {
    const before = expanded.length;
    if (isRecordFile(input) && hasGlobMagic(input) && !isUrl(input) && !existsSync(path.resolve(cwd, input)))
      for await (const file of expandGlob(input, cwd)) expanded.push(matchSource(input, cwd, file));
    if (expanded.length === before) expanded.push(input);
  }
  return expanded;
}

/**
 * Every input as a `DigestItem`, in argument order: an .ndjson file of earlier records (not a URL
 * that ends in .ndjson: that is fetched like any page) is read where it stands, and each run of
 * other inputs between them is analysed by the batch loop every command shares (workers, bad
 * inputs reported, the batch going on). With `failFast`, the first failure ends the reading.
 */
export async function collectItems(
  ctx: CliContext,
  given: readonly string[],
  flags: Pick<DigestFlags, 'maxBytes' | 'jobs' | 'failFast' | 'timeout'>,
): Promise<DigestItem[]> {
  const items: DigestItem[] = [];
  const inputs = await expandRecordGlobs(given, ctx.cwd);
  const failed = () => flags.failFast === true && ctx.exitCode !== ExitCode.ok;
  // Standard input may hold records (`precis --json … | precis digest`) or an article: its start says which.
  // So may a pipe by its path (`precis digest <(precis --json day/)`), which cannot be opened twice.
  const piped = inputs.includes('-') ? await peekRecords(ctx.stdin, flags.maxBytes) : undefined;
  const pipes = new Map<string, Peeked>();
  for (const input of inputs) {
    const full = path.resolve(ctx.cwd, input);
    if (input !== '-' && !isUrl(input) && !pipes.has(full) && (isStreamPath(full) || isDescriptorPath(full)))
      pipes.set(full, await peekRecords(openStreamPath(full), flags.maxBytes));
  }
  const peeked = (input: string) => (input === '-' ? piped : pipes.get(path.resolve(ctx.cwd, input)));
  const isRecords = (input: string) => peeked(input)?.records ?? (isRecordFile(input) && !isUrl(input));
  const opened = new Map([...pipes].map(([full, look]) => [full, look.stream]));
  for (let at = 0; at < inputs.length && !failed();) {
    if (isRecords(inputs[at]!)) {
      const input = inputs[at++]!;
      const look = peeked(input);
      const lines = look ? readRecordStream(look.stream, input === '-' ? STDIN_SOURCE : input) : readRecords(path.resolve(ctx.cwd, input), input);
      await readRecordLines(ctx, lines, items, failed);
      continue;
    }
    let end = at;
    while (end < inputs.length && !isRecords(inputs[end]!)) end++;
    // Features are computed where each article is analysed (a worker, for a big batch), so only they cross threads.
    const features = (f: DigestItem) => void items.push(f);
    const options = batchOptions({ maxBytes: flags.maxBytes, jobs: flags.jobs, failFast: flags.failFast, timeout: flags.timeout });
    // A folder's record files are read in their place among its articles, as each would be if named.
    const records = async (file: RecordsInput) => (await readRecordLines(ctx, readRecords(file.path, file.source), items, failed), failed());
    await processInputs(ctx, { ...options, inputs: inputs.slice(at, end), stdin: piped?.stream, opened, analyze: {}, features, records }, (record) =>
      items.push(articleFeatures(record)),
    );
    at = end;
  }
  return items;
}

/** The records of one .ndjson file (or piped) onto `items`; each line that is not one costs a line on stderr. */
async function readRecordLines(ctx: CliContext, lines: AsyncIterable<RecordLine>, items: DigestItem[], stop: () => boolean): Promise<void> {
  for await (const line of lines) {
    if (line.kind === 'record') items.push(articleFeatures(line.record));
    else {
      ctx.stderr.write(`precis: ${line.message}\n`);
      ctx.exitCode = Math.max(ctx.exitCode, ExitCode.someInputFailed);
      if (stop()) return;
    }
  }
}

/**
 * A turn of the event loop through its poll phase, where a signal that came meanwhile is handled:
 * an immediate queued from a poll-phase callback runs before the next poll, one queued from it after.
 */
const pollTurn = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/** `precis digest`: a folder of news as stories, copies shown once. */
export function digestCommand(ctx: CliContext): Command {
  const cmd = new Command('digest')
    .description('group articles into stories: copies flagged, each story summarised with its names and quotes')
    .argument(
      '[inputs...]',
      'article files, folders, globs, URLs, .ndjson or .jsonl files of earlier `precis --json` records, or - for standard input (either; the default when it is piped)',
    )
    .option('--json', 'print one JSON record per story (NDJSON)')
    .option('--no-color', 'plain output without colour (also: NO_COLOR=1)')
    .option('-o, --out <dir>', 'write the digest to dir/digest.md (dir/digest.ndjson with --json) instead of printing it')
    .addOption(new Option('--min-size <n>', 'only stories with at least n articles (copies not counted)').argParser(positiveInt))
    .addOption(new Option('--top <n>', 'only the n biggest stories').argParser(positiveInt))
    .addOption(new Option('--since <date>', 'leave out articles dated before this (undated ones stay)').argParser(isoDate))
    .addOption(
      new Option('--threshold <t>', `how alike articles must be to be one story; higher: more, smaller stories (default ${DEFAULT_THRESHOLD})`).argParser(
        fraction,
      ),
    )
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this many bytes').argParser(positiveInt))
    .addOption(new Option('-j, --jobs <n>', 'analyse on at most n worker threads').argParser(positiveInt))
    .option('--fail-fast', 'stop at the first input that fails')
    .addOption(timeoutOption());
  return cmd.action(async (inputs: string[], flags: DigestFlags) => {
    const out = outFolder(ctx, flags.out);
    const items = await collectItems(ctx, inputs, flags);
    if (flags.failFast && ctx.exitCode !== ExitCode.ok) return;
    const options: DigestOptions = { threshold: flags.threshold, since: flags.since, minSize: flags.minSize, top: flags.top };
    const stories = digest(items, options);
    const rendered = flags.json
      ? stories.map(storyLine).join('')
      : flags.out !== undefined
        ? digestMarkdown(stories, items.length)
        : renderDigest(stories, { chalk: makeChalk(useColor(ctx, flags.color)), width: textWidth(ctx) });
    // Grouping is one synchronous task (seconds, for thousands of articles), so a Ctrl-C during it is
    // heard only now: its handler ends the run before anything is written or said to be.
    await pollTurn();
    if (out === undefined || flags.out === undefined) {
      ctx.stdout.write(rendered);
      return;
    }
    const file = path.join(out, flags.json ? 'digest.ndjson' : 'digest.md');
    try {
      writeFileAtomic(file, rendered);
    } catch (error) {
      ctx.stderr.write(`precis: cannot write ${file}: ${describeFsError(error)}\n`);
      ctx.exitCode = Math.max(ctx.exitCode, ExitCode.someInputFailed);
      return;
    }
    ctx.stderr.write(
      `precis: wrote ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} from ${items.length} ${items.length === 1 ? 'article' : 'articles'} to ${path.join(flags.out, path.basename(file))}\n`,
    );
  });
}
