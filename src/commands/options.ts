// Options shared by several commands, parsed and validated in one place.
import { InvalidArgumentError } from 'commander';
import { DEFAULT_MAX_BYTES, type InputFormat, type ReadOptions } from '../document/read.js';

export { DEFAULT_DB } from '../store/open.js';

export interface InputFlags {
  inputFormat: InputFormat;
  published?: string;
  maxBytes: number;
}

export function parsePublished(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new InvalidArgumentError('expected an ISO date such as 2016-09-19 or 2016-09-19T18:07Z');
  }
  return value;
}

export function parseInputFormat(value: string): InputFormat {
  if (!['auto', 'text', 'html', 'jsonl'].includes(value)) throw new InvalidArgumentError('expected auto, text, html or jsonl');
  return value as InputFormat;
}

export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500k, 20m or 1g');
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * unit);
}

export function readOptions(flags: InputFlags): ReadOptions {
  const opts: ReadOptions = { format: flags.inputFormat, maxBytes: flags.maxBytes };
  if (flags.published) opts.published = flags.published;
  return opts;
}

export { DEFAULT_MAX_BYTES };
