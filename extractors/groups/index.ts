// The groups extractor's descriptor: what the frame needs to run, store, render and score it.
import { z } from 'zod';
import type { Extractor } from '../../src/extractor.js';
import { goldSpanShape } from '../../src/eval/gold-schema.js';
import { at, clip } from '../../src/output/format.js';
import { mentionShape } from '../../src/item-schema.js';
import { groupsExtractor } from './extractor.js';
import type { GroupMention } from './types.js';

const goldGroup = z.object({ ...goldSpanShape, id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), note: z.string().optional() }).strict();
export type GoldGroup = z.infer<typeof goldGroup>;

/** Matches that name no gazetteer entry: kept for curation, never scored as named groups. */
const UNNAMED = new Set(['discovered', 'descriptor']);

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
    scored: (p) => !UNNAMED.has(p.match),
    describe: (p, g) => `got ${p.id}, gold ${g.id}`,
  },
  render: {
    row: (g) => `${at(g.start)}  ${g.id.padEnd(36)} ${g.match.padEnd(8)} ${clip(g.text, 36).padEnd(36)} ${g.rule}`,
  },
  storage: {
    table: 'group_mentions',
    columns: [
      { name: 'group_id', type: 'TEXT', index: true, value: (g) => g.id },
      { name: 'name', type: 'TEXT', value: (g) => g.name },
      { name: 'type', type: 'TEXT', value: (g) => g.type },
      { name: 'match', type: 'TEXT', value: (g) => g.match },
    ],
  },
};
