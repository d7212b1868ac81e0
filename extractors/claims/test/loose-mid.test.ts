// Claims: a mid-sentence attribution whose loose subject holds a name inside a prepositional phrase
// ("A, advisers to Mr. Obama say, B"): the word-shape scan finds only "Mr. Obama" with no comma before it,
// and the loose subject between the commas decides (claims.clause-said-mid).
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { extractClaims } from '../extractor.js';

const brief = (text: string) => extractClaims(documentFromText(text)).map((c) => ({ text: c.text, speaker: c.speaker?.text ?? null, cue: c.cue?.text ?? null, rule: c.rule }));

describe('claims: loose subject with a name in a PP, between commas', () => {
  it('"A, advisers to Mr. Obama say, B" is one claim with the whole subject as source', () => {
    expect(brief('In recent days, advisers to Mr. Obama say, the president has grown exasperated with the tepid support.')).toEqual([
      { text: 'In recent days, advisers to Mr. Obama say, the president has grown exasperated with the tepid support', speaker: 'advisers to Mr. Obama', cue: 'say', rule: 'claims.clause-said-mid' },
    ]);
  });
  it('not without the comma before the subject (the name is an object, no attribution frame)', () => {
    expect(brief('The campaign sent letters to advisers to Mr. Obama say the organizers.')).toEqual([]);
  });
});
