// The casualties extractor's descriptor: what the frame needs to run, store, render and score it.
import { z } from 'zod';
import type { Extractor } from '../../src/extractor.js';
import { goldSpanShape } from '../../src/eval/gold-schema.js';
import { at, clip } from '../../src/output/format.js';
import { mentionShape, spanShape } from '../../src/item-schema.js';
import { casualtiesExtractor } from './extractor.js';
import type { CasualtyMention } from './types.js';

const qualifier = z.enum(['exact', 'approx', 'at_least', 'more_than', 'less_than', 'nearly', 'up_to']);
const outcome = z.enum(['killed', 'wounded', 'missing', 'captured']);
const category = z.enum(['civilians', 'children', 'women', 'military', 'militants', 'people']);

const goldCasualty = z
  .object({
    ...goldSpanShape,
    count: z.number().int().nonnegative(),
    low: z.number().int().nonnegative().optional(),
    high: z.number().int().nonnegative().optional(),
    qualifier,
    outcome,
    category,
    /** Where it happened, as written (FA-KES gold); absent in gold that does not annotate places. */
    place: z.string().min(1).nullable().optional(),
    /** A running total ("bringing the death toll to 18"). */
    cumulative: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type GoldCasualty = z.infer<typeof goldCasualty>;

/** The place text of a predicted figure, whatever shape the extractor gives it. */
function placeText(p: CasualtyMention): string | null {
  const place = (p as { place?: unknown }).place;
  if (typeof place === 'string') return place;
  if (place && typeof place === 'object' && 'text' in place) return String((place as { text: unknown }).text);
  return null;
}
const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export const casualties: Extractor<'casualties', CasualtyMention, GoldCasualty> = {
  ...casualtiesExtractor,
  name: 'casualties',
  languages: ['en'],
  item: z.object({
    ...mentionShape,
    count: z.number().int().nonnegative(),
    low: z.number().int().nonnegative(),
    high: z.number().int().nonnegative(),
    qualifier,
    outcome,
    category,
    number: z.object(spanShape).optional(),
    dates: z.array(z.number().int().nonnegative()).optional(),
  }) as unknown as z.ZodType<CasualtyMention>,
  links: [{ field: 'dates', to: 'dates', within: 'sentence', keepGiven: true }],
  gold: {
    schema: goldCasualty,
    modes: ['overlap'],
    fields: [
      { metric: 'figure', agrees: (p, g) => p.count === g.count && p.outcome === g.outcome && p.category === g.category },
      { metric: 'count', agrees: (p, g) => p.count === g.count },
      { metric: 'qualifier', agrees: (p, g) => p.qualifier === g.qualifier },
      { metric: 'outcome', agrees: (p, g) => p.outcome === g.outcome },
      { metric: 'category', agrees: (p, g) => p.category === g.category },
      // only where the gold annotates places (FA-KES): corpus gold has no `place` key
      { metric: 'place', agrees: (p, g) => g.place === undefined || norm(placeText(p)) === norm(g.place) },
    ],
    describe: (p, g) => `got ${p.count} ${p.qualifier} ${p.outcome} ${p.category}, gold ${g.count} ${g.qualifier} ${g.outcome} ${g.category}`,
  },
  render: {
    row: (c) => {
      const n = c.low === c.high ? `${c.count}` : `${c.low}-${c.high}`;
      return `${at(c.start)}  ${n.padEnd(8)} ${c.qualifier.padEnd(9)} ${c.outcome.padEnd(8)} ${c.category.padEnd(10)} ${clip(c.text, 40).padEnd(40)} ${c.rule}`;
    },
  },
  storage: {
    table: 'casualties',
    columns: [
      { name: 'count', type: 'INTEGER', value: (c) => c.count },
      { name: 'low', type: 'INTEGER', value: (c) => c.low },
      { name: 'high', type: 'INTEGER', value: (c) => c.high },
      { name: 'qualifier', type: 'TEXT', value: (c) => c.qualifier },
      { name: 'outcome', type: 'TEXT', index: true, value: (c) => c.outcome },
      { name: 'category', type: 'TEXT', index: true, value: (c) => c.category },
    ],
  },
};
