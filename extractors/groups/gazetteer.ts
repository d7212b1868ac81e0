// Loads the groups data (gazetteer.json, countries.json, descriptors.json) once. Invalid data fails
// loudly instead of silently matching nothing: the data is validated by the zod schemas
// (schema.ts), at run time unless it is byte for byte the data `validated.json` was written for
// (`node dist/scripts/validate-groups-data.js` validates the three files and records their
// fingerprint; a test fails when the record is stale). The fingerprint costs ~2 ms, the schemas ~40 ms.
import data from './gazetteer.json' with { type: 'json' };
import countryData from './countries.json' with { type: 'json' };
import descriptorData from './descriptors.json' with { type: 'json' };
import validated from './validated.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import type { CompiledMatcher } from './matcher.js';
import { countriesSchema, descriptorRulesSchema, gazetteerSchema, type Countries, type DescriptorRule, type Gazetteer } from './schema.js';

export function parseGazetteer(input: unknown): Gazetteer {
  const parsed = gazetteerSchema.safeParse(input);
  if (!parsed.success) throw new Error(`groups: invalid gazetteer: ${parsed.error.message}`);
  return parsed.data;
}

export function parseCountries(input: unknown): Countries {
  const parsed = countriesSchema.safeParse(input);
  if (!parsed.success) throw new Error(`groups: invalid countries.json: ${parsed.error.message}`);
  return parsed.data;
}

export function parseDescriptors(input: unknown): DescriptorRule[] {
  const parsed = descriptorRulesSchema.safeParse(input);
  if (!parsed.success) throw new Error(`groups: invalid descriptors.json: ${parsed.error.message}`);
  return parsed.data;
}

/** The bundled data files as imported (what `validate-groups-data` validates). */
export const bundledData = { gazetteer: data as unknown, countries: countryData as unknown, descriptors: descriptorData as unknown };

/** Two 32-bit FNV-1a hashes (two offset bases) of the data as JSON, in hex. */
export function dataFingerprint(d: { gazetteer: unknown; countries: unknown; descriptors: unknown } = bundledData): string {
  const s = JSON.stringify([d.gazetteer, d.countries, d.descriptors]);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/** The three files through their schemas (throws on invalid data). */
export function validateData(d = bundledData) {
  return { gazetteer: parseGazetteer(d.gazetteer), countries: parseCountries(d.countries), descriptors: parseDescriptors(d.descriptors) };
}

let fingerprint: string | undefined;
const bundledFingerprint = () => (fingerprint ??= dataFingerprint());

/**
 * The tries compiled from this data at build time (`npm run build` runs scripts/compile-groups.ts:
 * dist/extractors/groups/compiled.json), if present and made from the data as it is now.
 */
export function compiledMatcher(): CompiledMatcher | undefined {
  let json: string;
  try {
    json = readFileSync(new URL('./compiled.json', import.meta.url), 'utf8');
  } catch {
    return undefined; // not compiled (a plain tsc build, or the sources run directly)
  }
  let compiled: CompiledMatcher;
  try {
    compiled = JSON.parse(json) as CompiledMatcher;
  } catch {
    return undefined; // a damaged file: build the tries instead
  }
  return compiled.fingerprint === bundledFingerprint() ? compiled : undefined;
}

let cached: { gazetteer: Gazetteer; countries: Countries; descriptors: DescriptorRule[] } | undefined;
export function loadData() {
  cached ??=
    bundledFingerprint() === validated.fingerprint
      ? { gazetteer: data as unknown as Gazetteer, countries: countryData as unknown as Countries, descriptors: descriptorData as unknown as DescriptorRule[] }
      : validateData();
  return cached;
}

export function loadGazetteer(): Gazetteer {
  return loadData().gazetteer;
}
