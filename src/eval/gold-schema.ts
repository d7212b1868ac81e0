// Hand-written gold for a corpus document (fixtures/gold/<corpus file name without .txt>.json).
// Strict schemas: a typo in a field name is an error, not a silently ignored key.
import { z } from 'zod';

const span = { start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string().min(1) };
export const goldSpanSchema = z.object(span).strict();

export const goldDateSchema = z
  .object({
    ...span,
    type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
    value: z.string().min(1),
    mod: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const goldCasualtySchema = z
  .object({
    ...span,
    count: z.number().int().nonnegative(),
    low: z.number().int().nonnegative().optional(),
    high: z.number().int().nonnegative().optional(),
    qualifier: z.enum(['exact', 'approx', 'at_least', 'more_than', 'less_than', 'nearly', 'up_to']),
    outcome: z.enum(['killed', 'wounded', 'missing', 'captured']),
    category: z.enum(['civilians', 'children', 'women', 'military', 'militants', 'people']),
    note: z.string().optional(),
  })
  .strict();

export const goldGroupSchema = z
  .object({ ...span, id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), note: z.string().optional() })
  .strict();

export const goldClaimSchema = z
  .object({
    ...span, // the content span
    kind: z.enum(['direct', 'indirect', 'mixed', 'author']),
    speaker: z.object({ ...span, name: z.string().nullable() }).strict().nullable(),
    cue: goldSpanSchema.nullable(),
    note: z.string().optional(),
  })
  .strict();

export const goldDocumentSchema = z
  .object({
    /** Corpus file name, e.g. "001_a3086d6f6e2d555b.txt". */
    document: z.string().min(1),
    /** Publication date as a reader of the document would give it (ISO date). */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullable(),
    dates: z.array(goldDateSchema),
    casualties: z.array(goldCasualtySchema),
    groups: z.array(goldGroupSchema),
    claims: z.array(goldClaimSchema),
  })
  .strict();

export type GoldDocument = z.infer<typeof goldDocumentSchema>;
export type GoldDate = z.infer<typeof goldDateSchema>;
export type GoldCasualty = z.infer<typeof goldCasualtySchema>;
export type GoldGroup = z.infer<typeof goldGroupSchema>;
export type GoldClaim = z.infer<typeof goldClaimSchema>;
