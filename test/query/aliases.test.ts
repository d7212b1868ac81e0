// Speaker aliases kept by the store (src/store/sqlite/derived.ts): the resolved name and the name as written.
import { describe, expect, it } from 'vitest';
import { aliasesOf } from '../../src/store/sqlite/derived.js';

describe('speaker aliases', () => {
  it('keeps the name as written, also before a relative clause or apposition and with name particles', () => {
    expect(aliasesOf({ text: 'Rami Abdurrahman who heads the Britain-based Syrian Observatory for Human Rights', name: 'Rami Abdel Rahman' })).toEqual(['Rami Abdel Rahman', 'Rami Abdurrahman']);
    expect(aliasesOf({ text: 'Ali al-Zaatari', name: 'Ali al-Zaatari' })).toEqual(['Ali al-Zaatari']);
    expect(aliasesOf({ text: 'Sergei Lavrov', name: 'Sergey Lavrov' })).toEqual(['Sergey Lavrov', 'Sergei Lavrov']);
    expect(aliasesOf({ text: 'Staffan de Mistura, the UN envoy', name: 'Staffan de Mistura' })).toEqual(['Staffan de Mistura']);
  });
  it('descriptions and pronouns are no aliases', () => {
    expect(aliasesOf({ text: 'the monitor', name: 'Syrian Observatory for Human Rights' })).toEqual(['Syrian Observatory for Human Rights']);
    expect(aliasesOf({ text: 'He', name: 'Sergey Lavrov' })).toEqual(['Sergey Lavrov']);
    expect(aliasesOf({ text: 'The Observatory', name: null })).toEqual([]);
  });
});
