// Strict schemas of the groups data (spaCy EntityRuler lesson: rule files are validated, typos are errors):
// the gazetteer (one entry per organisation), the country table that composes institutional names
// ("Russia's Defence Ministry", "the defense ministry in Moscow"), and the descriptor rules.
import { z } from 'zod';

export const groupTypes = [
  'armed-group',
  'terrorist-organization',
  'coalition',
  'military-coalition',
  'armed-forces',
  'military-body',
  'military-unit',
  'government-body',
  'ministry',
  'opposition-body',
  'political-party',
  'international-organization',
  'international-body',
  'ngo',
  'news-agency',
  'media',
  'university',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id');
const countryCode = z.string().regex(/^[A-Z]{2}$|^XX$/, 'ISO 3166 alpha-2 (XX = international)');

export const acronymGuards = ['not-in-caps-run'] as const;

export const acronymSchema = z.union([
  z.string().regex(/^[A-Z][A-Za-z.\-]*[A-Z.]$/, 'acronym: capitals (dots, hyphens allowed)'),
  z.object({ form: z.string().regex(/^[A-Z][A-Za-z.\-]*[A-Z.]$/), guards: z.array(z.enum(acronymGuards)).min(1) }).strict(),
]);

export const nameValiditySchema = z
  .object({ name: z.string().min(2), from: isoDate.optional(), until: isoDate.optional() })
  .strict();

/** Kinds of state institution whose names are composed from a country's forms (countries.json). */
export const institutionKinds = ['defense-ministry', 'foreign-ministry', 'interior-ministry', 'health-ministry', 'justice-ministry', 'armed-forces', 'army', 'air-force', 'navy', 'general-staff', 'intelligence'] as const;

export const gazetteerEntrySchema = z
  .object({
    id: kebab,
    name: z.string().min(2),
    type: z.enum(groupTypes),
    /** ISO country code of the body (XX for international ones); absent for transnational armed groups. */
    country: countryCode.optional(),
    /** Other names and spellings, matched case-insensitively (a capital letter is required in the text). */
    aliases: z.array(z.string().min(2)),
    /**
     * Lower-case names that still name this body when definite or used as a modifier ("the
     * international coalition", "an international coalition source"); not "an international coalition to …".
     */
    lowercase: z.array(z.string().regex(/^[a-z][a-z -]+$/, 'lower-case words')).optional(),
    /** Case-sensitive short forms. */
    acronyms: z.array(acronymSchema).optional(),
    /** Country-less institution names ("Defense Ministry") that default to this entry, blocked after another nationality. */
    bare: z.array(z.string().min(2)).optional(),
    /** Capitalised head nouns that refer back to the entity once it was named ("the Group" = ISSG). */
    backrefs: z.array(z.string().regex(/^[A-Z][a-z]+$/)).optional(),
    /** A state institution: its names are composed with the country's names, adjectives and capital. */
    institution: z.object({ country: countryCode, kind: z.enum(institutionKinds) }).strict().optional(),
    /** Names with their validity (PETRARCH-style): which name was in force when. */
    names: z.array(nameValiditySchema).optional(),
    successor: kebab.optional(),
    /** The body this one belongs to (a ministry's government body, a faction's coalition). */
    parent: kebab.optional(),
    /** UN Security Council listing (ISIL (Da'esh) and Al-Qaida sanctions list; resolution 2253 etc.). */
    unscDesignated: z.object({ since: isoDate.optional(), ref: z.string().min(2) }).strict().optional(),
    /** Where the entry's names were checked (texts they occur in, reference works). */
    source: z.string().min(3).optional(),
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
    const inst = new Set<string>();
    for (const [i, e] of g.entries.entries()) {
      if (e.successor && !ids.has(e.successor)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'successor'], message: `unknown successor ${e.successor}` });
      if (e.parent && !ids.has(e.parent)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'parent'], message: `unknown parent ${e.parent}` });
      if (e.institution) {
        const k = `${e.institution.country}:${e.institution.kind}`;
        if (inst.has(k)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'institution'], message: `two entries for ${k}` });
        inst.add(k);
      }
    }
  });

/** Country forms used to compose institution names; heads per institution kind. */
export const countriesSchema = z
  .object({
    countries: z.array(
      z
        .object({
          code: countryCode,
          names: z.array(z.string().min(2)).min(1),
          adjectives: z.array(z.string().min(2)),
          capitals: z.array(z.string().min(2)),
        })
        .strict(),
    ),
    /** Institution heads: "Defense Ministry", "Ministry of Defence"… ("of" forms take "of <country>" after). */
    heads: z.record(z.enum(institutionKinds), z.array(z.string().min(2)).min(1)),
  })
  .strict()
  .superRefine((c, ctx) => {
    const codes = new Set<string>();
    for (const [i, x] of c.countries.entries()) {
      if (codes.has(x.code)) ctx.addIssue({ code: 'custom', path: ['countries', i, 'code'], message: `duplicate country ${x.code}` });
      codes.add(x.code);
    }
  });

/** Descriptors: generic designations of armed actors, recorded apart from named groups (ordered rules). */
export const descriptorRulesSchema = z
  .array(z.object({ id: kebab, description: z.string().min(3), phrases: z.array(z.string().min(3)).min(1) }).strict())
  .superRefine((rules, ctx) => {
    const ids = new Set<string>();
    for (const [i, r] of rules.entries()) {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate descriptor rule ${r.id}` });
      ids.add(r.id);
    }
  });

export type Gazetteer = z.infer<typeof gazetteerSchema>;
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;
export type Countries = z.infer<typeof countriesSchema>;
export type DescriptorRule = z.infer<typeof descriptorRulesSchema>[number];
export type InstitutionKind = (typeof institutionKinds)[number];

/**
 * The entry with every field present, in the schema's order (absent ones undefined): all entries
 * then share one object shape, which keeps the matcher's hot paths monomorphic in V8 (entries
 * parsed from JSON otherwise get one shape per combination of optional fields).
 */
export function uniformEntry(e: GazetteerEntry): GazetteerEntry {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    country: e.country,
    aliases: e.aliases,
    lowercase: e.lowercase,
    acronyms: e.acronyms,
    bare: e.bare,
    backrefs: e.backrefs,
    institution: e.institution,
    names: e.names,
    successor: e.successor,
    parent: e.parent,
    unscDesignated: e.unscDesignated,
    source: e.source,
    note: e.note,
  };
}
