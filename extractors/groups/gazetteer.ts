// Loads and validates the gazetteer data (gazetteer.json) once, at module load: an invalid
// gazetteer fails loudly instead of silently matching nothing.
import data from './gazetteer.json' with { type: 'json' };
import { gazetteerSchema, type Gazetteer } from './schema.js';

export function parseGazetteer(input: unknown): Gazetteer {
  const parsed = gazetteerSchema.safeParse(input);
  if (!parsed.success) throw new Error(`groups: invalid gazetteer: ${parsed.error.message}`);
  return parsed.data;
}

let cached: Gazetteer | undefined;
export function loadGazetteer(): Gazetteer {
  cached ??= parseGazetteer(data);
  return cached;
}
