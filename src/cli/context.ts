/**
 * Everything a command needs from the outside world, decided once at the edge: where output
 * goes, whether it may be coloured, how wide the terminal is. Tests pass their own.
 */
export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** Terminal height, for deciding whether to page. */
  readonly rows?: number;
}

export interface CliContext {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Standard input, for the `-` input. */
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /**
   * The process exit code so far. Commands raise it (1 when an input failed) and go on,
   * like `process.exitCode`, so a batch is never cut short by one bad file.
   */
  exitCode: number;
}

/** A problem the user can fix (bad flag, missing file). Printed as one line, no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  someInputFailed: 1,
  usage: 2,
  /** A bug in precis, not in the input (EX_SOFTWARE). */
  internal: 70,
  interrupted: 130,
  terminated: 143,
} as const;
