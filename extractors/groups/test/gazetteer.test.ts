// The gazetteer is data validated by a strict schema: typos and bad entries are errors.
import { describe, expect, it } from 'vitest';
import { gazetteerSchema } from '../schema.js';
import { dataFingerprint, loadData, loadGazetteer, parseGazetteer, validateData } from '../gazetteer.js';
import validated from '../validated.json' with { type: 'json' };

const entry = { id: 'test-group', name: 'Test Group', type: 'armed-group', aliases: ['Test Front'] };
const gaz = (entries: unknown[]) => ({ version: '1', nationalityGuard: ['Syrian'], entries });

describe('gazetteer schema', () => {
  it('accepts the bundled gazetteer, with unique ids', () => {
    const g = loadGazetteer();
    expect(g.entries.length).toBeGreaterThan(50);
    expect(new Set(g.entries.map((e) => e.id)).size).toBe(g.entries.length);
  });

  it('validated.json records the bundled data (after editing it: node dist/scripts/validate-groups-data.js)', () => {
    expect(dataFingerprint()).toBe(validated.fingerprint);
  });

  it('the bundled data passes the schemas, and what loadData gives without them equals the parsed data', () => {
    expect(loadData()).toEqual(validateData());
  });

  it('the fingerprint changes with the data', () => {
    const d = { gazetteer: gaz([entry]), countries: { countries: [] }, descriptors: [] };
    expect(dataFingerprint(d)).not.toBe(dataFingerprint({ ...d, gazetteer: gaz([{ ...entry, name: 'Test Groups' }]) }));
    expect(dataFingerprint(d)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('covers the ids of the gold guidelines (fixtures/gold/README.md)', () => {
    const ids = new Set(loadGazetteer().entries.map((e) => e.id));
    for (const id of [
      'jabhat-al-nusra', 'islamic-state', 'high-negotiations-committee', 'international-syria-support-group',
      'issg-humanitarian-task-force', 'united-nations', 'un-security-council', 'un-secretariat', 'russian-foreign-ministry',
      'russian-defense-ministry', 'russian-general-staff', 'russian-reconciliation-center', 'us-led-coalition', 'tass',
      'syrian-army', 'us-military', 'russian-air-task-force',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('accepts a minimal valid entry', () => {
    expect(gazetteerSchema.safeParse(gaz([entry])).success).toBe(true);
  });

  const invalid: Array<[string, unknown]> = [
    ['unknown field (strict)', { ...entry, alias: ['typo'] }],
    ['id not kebab-case', { ...entry, id: 'Test_Group' }],
    ['unknown type', { ...entry, type: 'militia' }],
    ['acronym in lower case', { ...entry, acronyms: ['tg'] }],
    ['unknown acronym guard', { ...entry, acronyms: [{ form: 'TG', guards: ['sometimes'] }] }],
    ['bad validity date', { ...entry, names: [{ name: 'Test Group', from: 'July 2016' }] }],
    ['backref not capitalised', { ...entry, backrefs: ['group'] }],
    ['unknown successor', { ...entry, successor: 'nobody' }],
  ];
  for (const [why, bad] of invalid) {
    it(`rejects an invalid entry: ${why}`, () => {
      expect(gazetteerSchema.safeParse(gaz([bad])).success).toBe(false);
      expect(() => parseGazetteer(gaz([bad]))).toThrow(/invalid gazetteer/);
    });
  }

  it('rejects duplicate ids', () => {
    expect(gazetteerSchema.safeParse(gaz([entry, entry])).success).toBe(false);
  });
});
