// Query results in every output format: a table that fits the terminal, json (the page with its
// total), jsonl (one row per line), csv (RFC 4180 through csv-stringify). Each query family
// describes its columns once; the table shows the short ones, csv all of them.
import { stringify } from 'csv-stringify/sync';
import type { Page, SentenceRef } from '../query/types.js';

export type RowFormat = 'table' | 'json' | 'jsonl' | 'csv';
export const ROW_FORMATS: readonly RowFormat[] = ['table', 'json', 'jsonl', 'csv'];

export interface ColumnSpec<T> {
  name: string;
  value(row: T, style: MarkStyle): string | number | boolean | null;
  /** Shown in the table (default true). */
  table?: boolean;
  /** Gives up width first when the table is too wide. */
  flex?: boolean;
}

/** How a marked span is shown: ANSI colour on a terminal, brackets otherwise. */
export interface MarkStyle {
  open: string;
  close: string;
}
export const BRACKETS: MarkStyle = { open: '[[', close: ']]' };
export const ANSI: MarkStyle = { open: '\u001b[1;33m', close: '\u001b[0m' };

/** FTS highlight markers (set by the store) in a given style. */
export const HL = { open: '\u0002', close: '\u0003' };
export const styleHighlights = (s: string, style: MarkStyle) => s.replaceAll(HL.open, style.open).replaceAll(HL.close, style.close);

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** The sentence with its item marked. */
export function markSentence(s: SentenceRef, style: MarkStyle): string {
  const t = s.text;
  return oneLine(`${t.slice(0, s.mark.start)}${style.open}${t.slice(s.mark.start, s.mark.end)}${style.close}${t.slice(s.mark.end)}`);
}

// eslint-disable-next-line no-control-regex
const ANSI_RE = /\u001b\[[0-9;]*m/g;
const visible = (s: string) => s.replace(ANSI_RE, '').length;

/** Cuts a cell to `n` visible characters, keeping ANSI codes balanced and the first mark in view. */
function fit(cell: string, n: number, style: MarkStyle): string {
  if (visible(cell) <= n) return cell + ' '.repeat(n - visible(cell));
  let s = cell;
  const at = s.indexOf(style.open);
  // bring the marked span into view: drop text before it, leaving a little context
  if (at > n / 3) s = `…${s.slice(at - Math.floor(n / 6))}`;
  let out = '';
  let len = 0;
  let open = false;
  for (let i = 0; i < s.length && len < n - 1; ) {
    const m = s.slice(i).match(/^\u001b\[[0-9;]*m/);
    if (m) {
      out += m[0];
      open = m[0] !== ANSI.close;
      i += m[0].length;
      continue;
    }
    out += s[i];
    len++;
    i++;
  }
  if (open) out += ANSI.close;
  return `${out}…${' '.repeat(Math.max(0, n - len - 1))}`;
}

export function renderTable<T>(rows: readonly T[], columns: ReadonlyArray<ColumnSpec<T>>, width: number, style: MarkStyle): string {
  const cols = columns.filter((c) => c.table !== false);
  const cells = rows.map((r) => cols.map((c) => oneLine(String(c.value(r, style) ?? ''))));
  const widths = cols.map((c, i) => Math.min(80, Math.max(c.name.length, ...cells.map((row) => visible(row[i] as string)))));
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (cols.length - 1);
  // shrink the flexible columns one character at a time (widest first), then any, down to 8 or the header
  const floor = (i: number) => Math.max(8, (cols[i] as ColumnSpec<T>).name.length);
  for (const flexOnly of [true, false]) {
    let over = total() - width;
    while (over > 0) {
      let wi = -1;
      cols.forEach((c, i) => {
        if ((c.flex || !flexOnly) && (widths[i] as number) > floor(i) && (wi < 0 || (widths[i] as number) > (widths[wi] as number))) wi = i;
      });
      if (wi < 0) break;
      widths[wi] = (widths[wi] as number) - 1;
      over--;
    }
  }
  const line = (vals: string[]) => vals.map((v, i) => fit(v, widths[i] as number, style)).join('  ').trimEnd();
  return [line(cols.map((c) => c.name)), ...cells.map(line)].join('\n');
}

export function formatPage<T>(page: Page<T>, columns: ReadonlyArray<ColumnSpec<T>>, format: RowFormat, opts: { width?: number; color?: boolean; shown?: number } = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(jsonPage(page), null, 2);
    case 'jsonl':
      return page.rows.map((r) => JSON.stringify(jsonRow(r))).join('\n');
    case 'csv':
      return stringify([columns.map((c) => c.name), ...page.rows.map((r) => columns.map((c) => c.value(r, BRACKETS)))], { record_delimiter: '\r\n', cast: { boolean: (b) => String(b) } }).trimEnd();
    default: {
      const style = opts.color ? ANSI : BRACKETS;
      const table = renderTable(page.rows, columns, opts.width ?? 120, style);
      const n = opts.shown ?? page.rows.length;
      const shown = n ? `${page.offset + 1}-${page.offset + n}` : '0';
      return `${table}\n(${shown} of ${page.total}${page.offset + n < page.total ? `; --offset ${page.offset + n} for more` : ''})`;
    }
  }
}

/** Highlight markers as [[…]] in machine-readable output. */
function jsonRow<T>(row: T): T {
  return JSON.parse(JSON.stringify(row, (_k, v) => (typeof v === 'string' && v.includes(HL.open) ? styleHighlights(v, BRACKETS) : v))) as T;
}

export const jsonPage = <T>(page: Page<T>) => ({ total: page.total, limit: page.limit, offset: page.offset, rows: page.rows.map(jsonRow) });
