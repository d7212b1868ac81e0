// Loads and validates the groups data (gazetteer.json, countries.json, descriptors.json) once, at
// module load: invalid data fails loudly instead of silently matching nothing.
import data from './gazetteer.json' with { type: 'json' };
import countryData from './countries.json' with { type: 'json' };
import descriptorData from './descriptors.json' with { type: 'json' };
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

let cached: { gazetteer: Gazetteer; countries: Countries; descriptors: DescriptorRule[] } | undefined;
export function loadData() {
  cached ??= { gazetteer: parseGazetteer(data), countries: parseCountries(countryData), descriptors: parseDescriptors(descriptorData) };
  return cached;
}

export function loadGazetteer(): Gazetteer {
  return loadData().gazetteer;
}
