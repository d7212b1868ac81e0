// zod shapes every extracted item shares (the Mention fields of src/types.ts).
import { z } from 'zod';

export const spanShape = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
export const spanTextSchema = z.object({ ...spanShape, text: z.string() });

export const mentionShape = {
  ...spanShape,
  text: z.string().min(1),
  rule: z.string().regex(/^[a-z_]+\.[a-z0-9._-]+$/),
  inferred: z.record(z.string(), z.string()).optional(),
};
