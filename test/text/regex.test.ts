import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, phrasePattern } from '../../src/text/regex.js';

describe('regex helpers', () => {
  it('escapes every pattern character', () => {
    const special = '.*+?^${}()|[]\\';
    expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
  });
  it('lets phrase spaces match any whitespace', () => {
    expect(new RegExp(phrasePattern('Defense Ministry')).test('Defense\u00A0\nMinistry')).toBe(true);
  });
  it('puts longer phrases first so a prefix never wins', () => {
    const re = new RegExp(alternation(['UN', 'UN Security Council', 'U.N.']));
    expect(re.exec('the UN Security Council met')?.[0]).toBe('UN Security Council');
    expect(re.test('UaN')).toBe(false);
  });
});
