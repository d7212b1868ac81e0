// The dates extractor's descriptor: what the frame needs to run, store, render and score it.
import { z } from 'zod';
import type { Extractor } from '../../src/extractor.js';
import { goldSpanShape } from '../../src/eval/gold-schema.js';
import { at, clip } from '../../src/output/format.js';
import { mentionShape } from '../../src/item-schema.js';
import { datesExtractor } from './extractor.js';
import type { DateMention } from './types.js';

const timexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

const goldDate = z
  .object({ ...goldSpanShape, type: timexType, value: z.string().min(1), mod: z.string().optional(), note: z.string().optional() })
  .strict();
export type GoldDate = z.infer<typeof goldDate>;

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

export const dates: Extractor<'dates', DateMention, GoldDate> = {
  ...datesExtractor,
  name: 'dates',
  languages: ['en'],
  item: z.object({
    ...mentionShape,
    type: timexType,
    value: z.string().min(1),
    mod: z.string().optional(),
    known: z.array(z.string()).optional(),
    rangeWith: z.number().int().nonnegative().optional(),
  }) as z.ZodType<DateMention>,
  gold: {
    schema: goldDate,
    modes: ['strict', 'overlap'],
    fields: [
      { metric: 'value', agrees: (p, g) => p.value === g.value },
      { metric: 'type', agrees: (p, g) => p.type === g.type },
      { metric: 'mod', agrees: (p, g) => same(p.mod, g.mod) },
    ],
    describe: (p, g) => `got ${p.type} ${p.value}${p.mod ? ` ${p.mod}` : ''}, gold ${g.type} ${g.value}${g.mod ? ` ${g.mod}` : ''}`,
  },
  render: {
    row: (d) => `${at(d.start)}  ${d.type.padEnd(8)} ${(d.value + (d.mod ? ` ${d.mod}` : '')).padEnd(22)} ${clip(d.text, 40).padEnd(40)} ${d.rule}`,
  },
  storage: {
    table: 'dates',
    columns: [
      { name: 'type', type: 'TEXT', value: (d) => d.type },
      { name: 'value', type: 'TEXT', value: (d) => d.value },
      { name: 'mod', type: 'TEXT', value: (d) => d.mod ?? null },
      { name: 'range_with', type: 'INTEGER', value: (d) => d.rangeWith ?? null },
      { name: 'known_json', type: 'TEXT', value: (d) => (d.known ? JSON.stringify(d.known) : null) },
    ],
  },
};
