import { Option, InvalidArgumentError, type Command } from 'commander';
import type { SummaryMethod, SummaryOptions } from '../index.js';
import { DEFAULT_TIMEOUT_MS } from '../io/fetch-url.js';
import { parseShard, ShardSyntaxError, type Shard } from '../io/shard.js';

/** Flags every article command shares. */
export interface CommonFlags {
  json?: boolean;
  color?: boolean;
  maxBytes?: number;
  jobs?: number;
  out?: string;
  force?: boolean;
  failFast?: boolean;
  shard?: Shard;
  timeout?: number;
}

export interface SummaryFlags {
  sentences?: number;
  words?: number;
  ratio?: number;
  method?: SummaryMethod;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0, such as 10.');
  return n;
}

function ratio(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError('expected a fraction above 0 and at most 1, such as 0.2.');
  return n;
}

/** What every article command takes; optional, as piped standard input stands in for none. */
export const INPUTS_HELP = 'article files (.txt, .md, .html), folders, globs, http(s) URLs, or - for standard input (the default when it is piped)';

export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print one JSON record per article (NDJSON)')
    .option('--no-color', 'plain output without colour (also: NO_COLOR=1)')
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this many bytes').argParser(positiveInt))
    .addOption(new Option('-j, --jobs <n>', 'analyse on at most n worker threads (default: one per core, for big batches)').argParser(positiveInt))
    .option('-o, --out <dir>', 'write one file per article into dir (<name>.md, or .json with --json), mirroring the input folders')
    .option('--force', 'with --out: redo outputs that are already newer than their input')
    .option('--fail-fast', 'stop at the first input that fails')
    .addOption(new Option('--shard <k/n>', 'process only the k-th of n slices of the inputs (for running on many machines)').argParser(shard))
    .addOption(timeoutOption());
}

/** `--timeout`: every command that reads URL inputs takes it. */
export function timeoutOption(): Option {
  return new Option('--timeout <seconds>', 'time limit for fetching each URL input').argParser(seconds).default(DEFAULT_TIMEOUT_MS / 1000);
}

function shard(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    if (error instanceof ShardSyntaxError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

export function addSummaryOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('-n, --sentences <n>', 'summary length in sentences (default: about 20%, 1 to 5)').argParser(positiveInt).conflicts(['words', 'ratio']),
    )
    .addOption(new Option('--words <n>', 'summary length as a word budget').argParser(positiveInt).conflicts(['ratio']))
    .addOption(new Option('--ratio <r>', 'summary length as a fraction of the sentences').argParser(ratio))
    .addOption(new Option('--method <name>', 'summary algorithm').choices(['default', 'lead', 'textrank', 'lexrank']));
}

export function summaryOptions(flags: SummaryFlags): SummaryOptions {
  const out: { -readonly [K in keyof SummaryOptions]: SummaryOptions[K] } = {};
  if (flags.method) out.method = flags.method;
  if (flags.sentences !== undefined) out.sentences = flags.sentences;
  if (flags.words !== undefined) out.words = flags.words;
  if (flags.ratio !== undefined) out.ratio = flags.ratio;
  return out;
}
