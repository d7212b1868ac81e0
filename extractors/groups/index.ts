// The groups extractor's descriptor: what the frame needs to run, store, render and score it.
import { z } from 'zod';
import type { Extractor } from '../../src/extractor.js';
import { goldSpanShape } from '../../src/eval/gold-schema.js';
import { at, clip } from '../../src/output/format.js';
import { mentionShape } from '../../src/item-schema.js';
import { groupsExtractor } from './extractor.js';
import { NAMED_MATCHES, type GroupMention } from './types.js';

const goldGroup = z.object({ ...goldSpanShape, id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), note: z.string().optional() }).strict();
export type GoldGroup = z.infer<typeof goldGroup>;

/** Coreference, discovered and descriptor items are kept for queries and curation, never scored as names. */
const NAMED = new Set<string>(NAMED_MATCHES);

export const groups: Extractor<'groups', GroupMention, GoldGroup> = {
  ...groupsExtractor,
  name: 'groups',
  languages: ['en'],
  item: z.object({
    ...mentionShape,
    id: z.string().min(1),
    name: z.string().min(1),
    type: z.string().min(1),
    match: z.string().min(1),
  }) as unknown as z.ZodType<GroupMention>,
  gold: {
    schema: goldGroup,
    modes: ['strict', 'overlap'],
    fields: [{ metric: 'id', agrees: (p, g) => p.id === g.id }],
    scored: (p) => NAMED.has(p.match),
    describe: (p, g) => `got ${p.id}, gold ${g.id}`,
  },
  render: {
    row: (g) => `${at(g.start)}  ${g.id.padEnd(36)} ${g.match.padEnd(11)} ${(g.confidence ?? 1).toFixed(2)} ${clip(g.text, 36).padEnd(36)} ${g.rule}`,
  },
  storage: {
    table: 'group_mentions',
    columns: [
      { name: 'group_id', type: 'TEXT', index: true, value: (g) => g.id },
      { name: 'name', type: 'TEXT', value: (g) => g.name },
      { name: 'type', type: 'TEXT', value: (g) => g.type },
      { name: 'match', type: 'TEXT', index: true, value: (g) => g.match },
      { name: 'confidence', type: 'REAL', value: (g) => g.confidence ?? null },
      { name: 'country', type: 'TEXT', value: (g) => g.country ?? null },
    ],
  },
};
