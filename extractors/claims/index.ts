// The claims extractor's descriptor: what the frame needs to run, store, render and score it.
import { z } from 'zod';
import type { Extractor } from '../../src/extractor.js';
import { goldSpanShape, goldSpanSchema } from '../../src/eval/gold-schema.js';
import { overlapLength } from '../../src/eval/metrics.js';
import { at, clip } from '../../src/output/format.js';
import { mentionShape, spanTextSchema } from '../../src/item-schema.js';
import { claimsExtractor } from './extractor.js';
import type { ClaimMention } from './types.js';

const kind = z.enum(['direct', 'indirect', 'mixed', 'author']);

const goldClaim = z
  .object({
    ...goldSpanShape, // the content span
    kind,
    speaker: z
      .object({ ...goldSpanShape, name: z.string().nullable(), group: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional() })
      .strict()
      .nullable(),
    cue: goldSpanSchema.nullable(),
    note: z.string().optional(),
  })
  .strict();
export type GoldClaim = z.infer<typeof goldClaim>;

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
const spanAgrees = (p: { start: number; end: number } | null, g: { start: number; end: number } | null) =>
  p === null || g === null ? p === g : overlapLength(p, g) > 0;
/** Canonical names compared without case, punctuation or transliteration of vowels (Sergey/Sergei). */
const nameKey = (s: string | null | undefined) => (s ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z]+/g, '').replace(/[aeiouy]+/g, '');

export const claims: Extractor<'claims', ClaimMention, GoldClaim> = {
  ...claimsExtractor,
  name: 'claims',
  languages: ['en'],
  item: z.object({
    ...mentionShape,
    kind,
    speaker: spanTextSchema
      .extend({
        name: z.string().nullable(),
        id: z.string().min(1).optional(),
        type: z.enum(['person', 'organization']).optional(),
        role: z.string().optional(),
        group: z.string().optional(),
      })
      .nullable(),
    cue: spanTextSchema.nullable(),
    dates: z.array(z.number().int().nonnegative()).optional(),
    casualties: z.array(z.number().int().nonnegative()).optional(),
    groups: z.array(z.number().int().nonnegative()).optional(),
  }) as unknown as z.ZodType<ClaimMention>,
  links: [
    { field: 'dates', to: 'dates', within: 'span' },
    { field: 'casualties', to: 'casualties', within: 'span' },
    { field: 'groups', to: 'groups', within: 'span' },
  ],
  gold: {
    schema: goldClaim,
    spans: (g) => [
      ...(g.speaker ? [{ ...g.speaker, what: 'claim speaker' }] : []),
      ...(g.cue ? [{ ...g.cue, what: 'claim cue' }] : []),
    ],
    modes: ['strict', 'overlap'],
    fields: [
      { metric: 'speaker', agrees: (p, g) => same(p.speaker?.name, g.speaker?.name) },
      // the organisation's gazetteer id when the gold gives one, else the folded canonical name
      { metric: 'speaker-entity', agrees: (p, g) => (g.speaker?.group ? p.speaker?.group === g.speaker.group : nameKey(p.speaker?.name) === nameKey(g.speaker?.name)) },
      { metric: 'speaker-span', agrees: (p, g) => spanAgrees(p.speaker, g.speaker) },
      { metric: 'cue', agrees: (p, g) => spanAgrees(p.cue, g.cue) },
      { metric: 'kind', agrees: (p, g) => p.kind === g.kind },
    ],
    describe: (p, g) => `got speaker ${p.speaker?.name ?? p.speaker?.text ?? 'none'} (${p.kind}), gold ${g.speaker?.name ?? 'none'} (${g.kind})`,
  },
  render: {
    row: (c) => {
      const who = c.speaker ? `${c.speaker.name ?? c.speaker.text}${c.speaker.role ? `, ${c.speaker.role}` : ''}` : '—';
      return `${at(c.start)}  ${c.kind.padEnd(8)} ${clip(who, 24).padEnd(24)} ${(c.cue?.text ?? '').padEnd(10)} ${clip(c.text, 60)}  [${c.rule}]`;
    },
  },
  storage: {
    table: 'claims',
    columns: [
      { name: 'kind', type: 'TEXT', value: (c) => c.kind },
      { name: 'speaker_start', type: 'INTEGER', value: (c) => c.speaker?.start ?? null },
      { name: 'speaker_end', type: 'INTEGER', value: (c) => c.speaker?.end ?? null },
      { name: 'speaker_text', type: 'TEXT', value: (c) => c.speaker?.text ?? null },
      { name: 'speaker_name', type: 'TEXT', value: (c) => c.speaker?.name ?? null },
      { name: 'speaker_id', type: 'TEXT', value: (c) => c.speaker?.id ?? null },
      { name: 'speaker_type', type: 'TEXT', value: (c) => c.speaker?.type ?? null },
      { name: 'speaker_role', type: 'TEXT', value: (c) => c.speaker?.role ?? null },
      { name: 'speaker_group', type: 'TEXT', value: (c) => c.speaker?.group ?? null },
      { name: 'cue_start', type: 'INTEGER', value: (c) => c.cue?.start ?? null },
      { name: 'cue_end', type: 'INTEGER', value: (c) => c.cue?.end ?? null },
      { name: 'cue_text', type: 'TEXT', value: (c) => c.cue?.text ?? null },
    ],
    fts: ['text', 'speaker_name'],
  },
};
