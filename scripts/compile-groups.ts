// Compiles the groups tries (the name trie and the skeleton trie of extractors/groups/matcher.ts)
// from the validated data into dist/extractors/groups/compiled.json, with the data's fingerprint:
// a fresh process then reads them instead of building them (~150 ms of set-up per process or
// worker). Run by `npm run build` after tsc; the extractor ignores the file when the data changed
// since (fingerprint) and builds the tries itself, as it does when the file is absent.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataFingerprint, validateData } from '../extractors/groups/gazetteer.js';
import { GroupMatcher, type CompiledMatcher } from '../extractors/groups/matcher.js';

const d = validateData(); // throws on invalid data
const m = new GroupMatcher(d.gazetteer, d.countries, d.descriptors);
const compiled: CompiledMatcher = { fingerprint: dataFingerprint(), trie: m.trie.toJSON(), fuzzy: m.fuzzy.toJSON() };
const file = fileURLToPath(new URL('../extractors/groups/compiled.json', import.meta.url));
writeFileSync(file, JSON.stringify(compiled));
console.log(`groups: ${m.trie.size} forms, ${m.fuzzy.size} fuzzy names compiled → ${file}`);
