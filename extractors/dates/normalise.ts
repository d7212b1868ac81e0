// Normalisers: one function per rule kind turns a match's named groups into TIMEX3 values.
// The families live in normalise/ (calendar dates, relative dates, named periods, durations and sets);
// every rule kind must have exactly one normaliser, checked at load.
import type { RawMatch } from './engine.js';
import { normaliserKinds } from './rules/schema.js';
import type { Family, Normaliser } from './normalise/shared.js';
import { calendarNormalisers } from './normalise/calendar.js';
import { relativeNormalisers } from './normalise/relative.js';
import { periodsNormalisers } from './normalise/periods.js';
import { durationsNormalisers } from './normalise/durations.js';

export type { Built, Context, Discourse } from './normalise/shared.js';
export { parseNumber, spelledYear } from './normalise/shared.js';

function assemble(families: readonly Family[]): Record<RawMatch['kind'], Normaliser> {
  const all: Family = {};
  for (const f of families) {
    for (const [kind, fn] of Object.entries(f) as Array<[RawMatch['kind'], Normaliser]>) {
      if (all[kind]) throw new Error(`two normalisers for rule kind ${kind}`);
      all[kind] = fn;
    }
  }
  for (const kind of [...normaliserKinds, 'vague', 'chrono'] as const) {
    if (!all[kind]) throw new Error(`no normaliser for rule kind ${kind}`);
  }
  return all as Record<RawMatch['kind'], Normaliser>;
}

export const normalisers = assemble([calendarNormalisers, relativeNormalisers, periodsNormalisers, durationsNormalisers]);
