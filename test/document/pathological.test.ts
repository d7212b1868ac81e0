// Inputs that break naive regexes or splitters must still segment, quickly and with valid offsets.
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/document/build.js';
import { extractAll } from '../../extractors/index.js';

const cases: Array<[string, () => string]> = [
  ['one 2 MB line without spaces', () => 'a'.repeat(2_000_000)],
  ['200k one-word sentences', () => 'Yes. '.repeat(200_000)],
  ['only punctuation and quotes', () => '."?!…"'.repeat(50_000)],
  ['a very long capitalised line', () => 'MOSCOW '.repeat(100_000)],
  ['digits and colons', () => '12:00 2016 '.repeat(100_000)],
  ['many blank lines', () => '\n\n\n \n'.repeat(100_000)],
  ['lone surrogates and controls', () => 'Syria \uD800 ceasefire \u0007 said.\n'.repeat(10_000)],
];

describe('pathological text', () => {
  for (const [name, make] of cases) {
    it(name, () => {
      const text = make();
      const doc = documentFromText(text, '2016-09-19');
      for (const s of doc.sentences) expect(s.end).toBeGreaterThan(s.start);
      const ex = extractAll(doc);
      for (const item of [...ex.dates, ...ex.casualties, ...ex.groups, ...ex.claims]) expect(text.slice(item.start, item.end)).toBe(item.text);
    });
  }
});
