import { describe, expect, it } from 'vitest';
import { detectLanguage, documentLanguage, isEnglish } from '../../src/document/language.js';
import { documentFromText } from '../../src/document/build.js';

describe('document language', () => {
  it('detects English, German, French, Spanish and Russian text', () => {
    expect(detectLanguage('The ministry said on Monday that the ceasefire in Syria was holding and that talks would resume.')).toBe('en');
    expect(detectLanguage('Die Regierung hat am Montag erklärt, dass die Waffenruhe in Syrien hält und die Gespräche bald wieder beginnen.')).toBe('de');
    expect(detectLanguage("Le ministère a déclaré lundi que le cessez-le-feu en Syrie tenait et que les pourparlers reprendraient.")).toBe('fr');
    expect(detectLanguage('El ministerio dijo el lunes que el alto el fuego en Siria se mantenía y que las conversaciones se reanudarían.')).toBe('es');
    expect(detectLanguage('Министерство заявило в понедельник, что режим прекращения огня в Сирии соблюдается.')).toBe('ru');
  });

  it('says nothing about a text too short to tell', () => {
    expect(detectLanguage('Aleppo, 2016')).toBeUndefined();
  });

  it('metadata wins unless the text clearly says another language', () => {
    const de = 'Die Regierung hat am Montag erklärt, dass die Waffenruhe in Syrien hält und die Gespräche bald wieder beginnen.';
    expect(documentLanguage(de, { value: 'de-DE', origin: 'html' })).toEqual({ value: 'de-DE', origin: 'html' });
    expect(documentLanguage(de, { value: 'en', origin: 'html' })).toEqual({ value: 'de', origin: 'inferred' });
    expect(documentLanguage('Aleppo, 2016', { value: 'en', origin: 'html' })).toEqual({ value: 'en', origin: 'html' });
  });

  it('isEnglish on documents', () => {
    expect(isEnglish(documentFromText('The ministry said on Monday that the ceasefire in Syria was holding and that talks would resume.'))).toBe(true);
    expect(isEnglish(documentFromText('Die Regierung hat am Montag erklärt, dass die Waffenruhe in Syrien hält und die Gespräche bald wieder beginnen.'))).toBe(false);
    expect(documentFromText('The ministry said on Monday that the ceasefire in Syria was holding and that talks would resume.').meta.language).toEqual({ value: 'en', origin: 'inferred' });
  });
});
