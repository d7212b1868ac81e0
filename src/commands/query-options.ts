// What every query command shares: the read-only store with the alias table, the common options
// (--db, --format, --limit, --offset), parsing of numbers and lists, and printing a page.
import { Command, InvalidArgumentError, Option } from 'commander';
import { withStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { Registry } from '../registry.js';
import { formatPage, ROW_FORMATS, type ColumnSpec, type RowFormat } from '../output/rows.js';
import { QueryError, type AliasEntry, type Page } from '../query/types.js';
import { UsageError } from './errors.js';
import { DEFAULT_DB } from './options.js';

export interface QueryFlags {
  db: string;
  format: RowFormat | 'claimreview';
  limit: number;
  offset: number;
}

export function parseCount(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('expected a non-negative integer');
  return Number(value);
}

const collect = (value: string, prev: string[] = []) => [...prev, value];

/** --db, --format, --limit, --offset on a query command. */
export function queryOptions(cmd: Command, formats: readonly string[] = ROW_FORMATS, limit = 50): Command {
  return cmd
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(formats).default('table'))
    .addOption(new Option('--limit <n>', 'rows to print').default(limit).argParser(parseCount))
    .addOption(new Option('--offset <n>', 'rows to skip').default(0).argParser(parseCount));
}

export const documentOption = (cmd: Command) => cmd.option('--document <ref>', 'only this document (id, prefix, external id or file; repeatable)', collect);

/** Opens the store read-only for one query, maps query errors to usage errors, closes it. */
export async function withQueryStore<T>(db: string, registry: Registry, aliases: readonly AliasEntry[], fn: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await withStore(db, registry, { mode: 'read', aliases }, fn);
  } catch (err) {
    if (err instanceof QueryError) throw new UsageError(err.message);
    throw err;
  }
}

/** Terminal width and colour: only when stdout is a terminal (NO_COLOR respected). */
export const terminal = () => ({ width: process.stdout.isTTY ? process.stdout.columns || 120 : 160, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });

export function printPage<T>(page: Page<T>, columns: ReadonlyArray<ColumnSpec<T>>, format: RowFormat, out: NodeJS.WritableStream = process.stdout, shown?: number): void {
  const text = formatPage(page, columns, format, { ...terminal(), ...(shown === undefined ? {} : { shown }) });
  if (text) out.write(`${text}\n`);
}

/** Drops undefined values so filters only carry what was given. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
