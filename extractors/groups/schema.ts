// Strict schema of the gazetteer (spaCy EntityRuler lesson: rule files are validated, typos are errors).
import { z } from 'zod';

export const groupTypes = [
  'armed-group',
  'terrorist-organization',
  'coalition',
  'military-coalition',
  'armed-forces',
  'military-body',
  'government-body',
  'opposition-body',
  'political-party',
  'international-organization',
  'international-body',
  'ngo',
  'news-agency',
  'media',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id');

export const acronymGuards = ['not-in-caps-run'] as const;

export const acronymSchema = z.union([
  z.string().regex(/^[A-Z][A-Za-z.\-]*[A-Z.]$/, 'acronym: capitals (dots, hyphens allowed)'),
  z.object({ form: z.string().regex(/^[A-Z][A-Za-z.\-]*[A-Z.]$/), guards: z.array(z.enum(acronymGuards)).min(1) }).strict(),
]);

export const nameValiditySchema = z
  .object({ name: z.string().min(2), from: isoDate.optional(), until: isoDate.optional() })
  .strict();

export const gazetteerEntrySchema = z
  .object({
    id: kebab,
    name: z.string().min(2),
    type: z.enum(groupTypes),
    /** Other names and spellings, matched case-insensitively (a capital letter is required in the text). */
    aliases: z.array(z.string().min(2)),
    /** Case-sensitive short forms. */
    acronyms: z.array(acronymSchema).optional(),
    /** Country-less institution names ("Defense Ministry"), blocked after another nationality. */
    bare: z.array(z.string().min(2)).optional(),
    /** Capitalised head nouns that refer back to the entity once it was named ("the Group" = ISSG). */
    backrefs: z.array(z.string().regex(/^[A-Z][a-z]+$/)).optional(),
    /** Names with their validity (PETRARCH-style): which name was in force when. */
    names: z.array(nameValiditySchema).optional(),
    successor: kebab.optional(),
    note: z.string().optional(),
  })
  .strict();

export const gazetteerSchema = z
  .object({
    version: z.string(),
    /** Nationality words that block a `bare` name ("Syrian Defense Ministry" is not Russia's). */
    nationalityGuard: z.array(z.string().min(2)),
    entries: z.array(gazetteerEntrySchema).min(1),
  })
  .strict()
  .superRefine((g, ctx) => {
    const ids = new Set<string>();
    for (const [i, e] of g.entries.entries()) {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate id ${e.id}` });
      ids.add(e.id);
    }
    for (const [i, e] of g.entries.entries()) {
      if (e.successor && !ids.has(e.successor)) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'successor'], message: `unknown successor ${e.successor}` });
      }
    }
  });

export type Gazetteer = z.infer<typeof gazetteerSchema>;
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;
