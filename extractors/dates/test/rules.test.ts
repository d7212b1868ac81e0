import { describe, expect, it } from 'vitest';
import { rules, validateRules } from '../rules/index.js';
import { lexicon } from '../rules/lexicon.js';
import { patternRules } from '../rules/patterns.js';
import { vagueRules } from '../rules/vague.js';
import { negativeRules } from '../rules/negatives.js';
import { expand } from '../engine.js';

const base = { patterns: patternRules, vague: vagueRules, negatives: negativeRules, lexicon };

describe('dates rule data', () => {
  it('validates the shipped rules', () => {
    expect(rules.patterns.length).toBeGreaterThan(10);
    for (const r of rules.patterns) expect(() => new RegExp(expand(r.pattern), 'gid')).not.toThrow();
  });
  it('rejects an unknown field (strict schema)', () => {
    const bad = [...patternRules, { id: 'dates.extra', description: 'x', pattern: 'x', kind: 'year', colour: 'red' }];
    expect(() => validateRules({ ...base, patterns: bad })).toThrow();
  });
  it('rejects an invalid regex and a bad rule id', () => {
    expect(() => validateRules({ ...base, patterns: [{ id: 'dates.bad', description: 'x', pattern: '(unclosed', kind: 'year' }] })).toThrow();
    expect(() => validateRules({ ...base, patterns: [{ id: 'Bad Id', description: 'x', pattern: 'x', kind: 'year' }] })).toThrow();
  });
  it('rejects an unknown normaliser kind and a negative rule with no condition', () => {
    expect(() => validateRules({ ...base, patterns: [{ id: 'dates.k', description: 'x', pattern: 'x', kind: 'nope' }] })).toThrow();
    expect(() => validateRules({ ...base, negatives: [{ id: 'dates.n', description: 'x' }] })).toThrow();
  });
  it('accepts /regex/ triggers and andTriggers, rejects an invalid one', () => {
    const ok = { id: 'dates.t', description: 'x', pattern: 'x', kind: 'year', triggers: ['#digit'], andTriggers: ['/\\d{4}/', 'ago'] };
    expect(() => validateRules({ ...base, patterns: [ok] })).not.toThrow();
    expect(() => validateRules({ ...base, patterns: [{ ...ok, andTriggers: ['/(unclosed/'] }] })).toThrow();
    expect(() => validateRules({ ...base, patterns: [{ ...ok, andTriggers: ['Not A Word'] }] })).toThrow();
  });
  it('rejects duplicate rule ids', () => {
    expect(() => validateRules({ ...base, patterns: [...patternRules, patternRules[0]] })).toThrow(/duplicate/);
  });
  it('rejects a lexicon with a wrong value type', () => {
    expect(() => validateRules({ ...base, lexicon: { ...lexicon, months: { january: 'one' } } })).toThrow();
  });
});
