// Query-string parameters of the pages and the API: strings trimmed (empty = absent), integers
// checked; a bad value is a 400 with the reason.
import { QueryError } from '../query/types.js';

export function text(p: URLSearchParams, name: string): string | undefined {
  const v = p.get(name)?.trim();
  return v ? v : undefined;
}

export function int(p: URLSearchParams, name: string, fallback: number, max = 1000): number {
  const v = text(p, name);
  if (v === undefined) return fallback;
  if (!/^\d{1,7}$/.test(v) || Number(v) > max) throw new QueryError(`${name}: an integer from 0 to ${max}`);
  return Number(v);
}

export function optInt(p: URLSearchParams, name: string): number | undefined {
  return text(p, name) === undefined ? undefined : int(p, name, 0, 1e9);
}

export function choice<T extends string>(p: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const v = text(p, name);
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) throw new QueryError(`${name}: one of ${allowed.join(', ')}`);
  return v as T;
}

/** Drops undefined values. */
export const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
