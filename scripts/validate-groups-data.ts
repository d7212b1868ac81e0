// Validates the groups data (extractors/groups/gazetteer.json, countries.json, descriptors.json)
// with its zod schemas and records the data's fingerprint in extractors/groups/validated.json: the
// extractor then skips the schemas at run time while the data is unchanged (a test checks the
// record is current). Run after editing any of the three files:
//   npx tsc -p tsconfig.build.json && node dist/scripts/validate-groups-data.js
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataFingerprint, validateData } from '../extractors/groups/gazetteer.js';

validateData(); // throws on invalid data
const file = fileURLToPath(new URL('../../extractors/groups/validated.json', import.meta.url));
const fingerprint = dataFingerprint();
writeFileSync(file, `${JSON.stringify({ fingerprint, note: 'fingerprint of gazetteer.json, countries.json and descriptors.json when they passed the schemas (scripts/validate-groups-data.ts)' }, null, 2)}\n`);
console.log(`groups data valid; fingerprint ${fingerprint} → ${file}`);
