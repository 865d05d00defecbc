import { Chalk, type ChalkInstance } from 'chalk';
import type { CliContext } from './context.js';

/**
 * Colour is decided once, here. chalk 5 does not read NO_COLOR by itself, so the level is set
 * from the flags and the environment: --no-color and NO_COLOR win, FORCE_COLOR forces, otherwise
 * colour only when stdout is a terminal.
 */
export function useColor(ctx: CliContext, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '') return false;
  const force = ctx.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return ctx.stdout.isTTY === true;
}

export function makeChalk(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 3 : 0 });
}

/**
 * Terminal width for wrapping prose: the terminal's, capped near 100 for comfortable lines, 80 when
 * unknown. A pseudo-terminal made without a size (`script` in CI) says 0 columns: unknown, not narrow.
 */
export function textWidth(ctx: CliContext, override?: number): number {
  if (override !== undefined && override > 0) return override;
  const columns = ctx.stdout.isTTY && (ctx.stdout.columns ?? 0) > 0 ? ctx.stdout.columns : undefined;
  const envColumns = Number(ctx.env.COLUMNS);
  const width = columns ?? (Number.isFinite(envColumns) && envColumns > 0 ? envColumns : 80);
  return Math.max(20, Math.min(100, width));
}
