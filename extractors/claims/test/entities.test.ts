// Speaker entity ids: deterministic, transliteration-folded, so separate documents agree.
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { extractAll } from '../../index.js';
import { nameKey, organizationId, personId } from '../entities.js';

describe('claims: speaker entity ids', () => {
  it('folds transliteration variants to one id', () => {
    expect(personId('Sergey Lavrov')).toBe(personId('Sergei Lavrov'));
    expect(personId('Rami Abdel Rahman')).toBe('person:rami-abd-al-rahman');
    expect(personId('Rami Abdul Rahman')).toBe(personId('Rami Abdel Rahman'));
    expect(personId('Rami Abdurrahman')).toBe(personId('Rami Abdel Rahman'));
    expect(personId('Sergey Shoigu')).toBe(personId('Sergei Shoygu'));
    expect(nameKey('Hmeymim')).toBe(nameKey('Hmeimim'));
    expect(personId('Sergey Lavrov')).not.toBe(personId('Sergey Rudskoy'));
  });
  it('organizations the gazetteer knows get its id', () => {
    expect(organizationId('Syrian Observatory for Human Rights', 'sohr')).toBe('group:sohr');
    expect(organizationId('the Aleppo Police Command')).toBe(organizationId('Aleppo Police Command'));
    expect(organizationId('Aleppo Police Command')).toMatch(/^org:alep+o-police-com+and$/);
  });
  it('two documents spelling a speaker differently give the same speaker id', () => {
    const a = extractAll(documentFromText('Foreign Minister Sergey Lavrov said the talks had failed.')).claims;
    const b = extractAll(documentFromText('Russian Foreign Minister Sergei Lavrov said that the ceasefire was holding.')).claims;
    expect(a[0]?.speaker).toMatchObject({ name: 'Sergey Lavrov', type: 'person', role: 'Foreign Minister' });
    expect(b[0]?.speaker).toMatchObject({ name: 'Sergei Lavrov', type: 'person', role: 'Foreign Minister' });
    expect(a[0]?.speaker?.id).toBe(b[0]?.speaker?.id);
  });
  it('pronouns and descriptions take the entity, marked as coreference', () => {
    const c = extractAll(documentFromText('The Russian Defense Ministry said that 138 units had joined the truce. The ministry added that the ceasefire was holding. Deputy Defense Minister Anatoly Antonov said the talks had failed. He said the opposition was regrouping.')).claims;
    expect(c.map((x) => x.speaker?.id)).toEqual(['group:russian-defense-ministry', 'group:russian-defense-ministry', 'person:anatoli-antonov', 'person:anatoli-antonov']);
    expect(c[1]?.inferred).toEqual({ speaker: 'coreference' });
    expect(c[3]?.inferred).toEqual({ speaker: 'coreference' });
  });
});
