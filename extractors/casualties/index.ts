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

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** Gold gives the place as written; a prediction agrees when either name contains the other ("Manbij countryside" ~ Manbij). */
function placeAgrees(p: CasualtyMention, gold: string | null): boolean {
  const got = [p.place?.text, p.place?.name].map(norm).filter(Boolean);
  const want = norm(gold);
  if (!want) return got.length === 0;
  return got.some((g) => ` ${want} `.includes(` ${g} `) || ` ${g} `.includes(` ${want} `));
}

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
    cumulative: z.boolean().optional(),
    includes: z.array(category).optional(),
    place: z
      .object({ ...spanShape, text: z.string().min(1), id: z.string().min(1), name: z.string().min(1), type: z.string().min(1), province: z.string().optional() })
      .nullable()
      .optional(),
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
      { metric: 'place', agrees: (p, g) => g.place === undefined || placeAgrees(p, g.place) },
      { metric: 'cumulative', agrees: (p, g) => Boolean(p.cumulative) === Boolean(g.cumulative) },
    ],
    describe: (p, g) => `got ${p.count} ${p.qualifier} ${p.outcome} ${p.category}, gold ${g.count} ${g.qualifier} ${g.outcome} ${g.category}`,
  },
  render: {
    row: (c) => {
      const n = c.low === c.high ? `${c.count}` : `${c.low}-${c.high}`;
      const where = c.place ? `${c.place.name}${c.inferred?.place ? '?' : ''}` : '';
      return `${at(c.start)}  ${n.padEnd(8)} ${c.qualifier.padEnd(9)} ${c.outcome.padEnd(8)} ${c.category.padEnd(10)} ${clip(where, 16).padEnd(16)} ${clip(c.text, 40).padEnd(40)} ${c.rule}`;
    },
  },
  storage: {
    table: 'casualties',
    columns: [
      { name: 'count', type: 'INTEGER', value: (c) => c.count },
      { name: 'low', type: 'INTEGER', value: (c) => c.low },
      { name: 'high', type: 'INTEGER', value: (c) => c.high },
      { name: 'qualifier', type: 'TEXT', value: (c) => c.qualifier },
      { name: 'outcome', type: 'TEXT', value: (c) => c.outcome },
      { name: 'category', type: 'TEXT', value: (c) => c.category },
      { name: 'cumulative', type: 'INTEGER', value: (c) => (c.cumulative ? 1 : 0) },
      { name: 'includes_json', type: 'TEXT', value: (c) => (c.includes ? JSON.stringify(c.includes) : null) },
      { name: 'place_id', type: 'TEXT', value: (c) => c.place?.id ?? null },
      { name: 'place_name', type: 'TEXT', value: (c) => c.place?.name ?? null },
      { name: 'place_start', type: 'INTEGER', value: (c) => c.place?.start ?? null },
      { name: 'place_end', type: 'INTEGER', value: (c) => c.place?.end ?? null },
    ],
  },
};
