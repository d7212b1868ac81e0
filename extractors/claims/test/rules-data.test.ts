// The claims rule list: strict schema, unique ids, and every rule id the stages emit is declared.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimRules, rule, validateClaimRules } from '../rules.js';

const dir = join(import.meta.dirname, '..');

describe('claims rule data', () => {
  it('validates the shipped rules', () => {
    expect(validateClaimRules(claimRules).size).toBe(claimRules.length);
  });
  it('rejects a duplicate id', () => {
    const dup = [claimRules[0]!, { ...claimRules[1]!, id: claimRules[0]!.id }];
    expect(() => validateClaimRules(dup)).toThrow(/duplicate claims rule id/);
  });
  it('rejects a malformed rule', () => {
    expect(() => validateClaimRules([{ id: 'claims.x', description: 'x', stage: 'direct', kind: 'direct', extra: 1 }])).toThrow();
    expect(() => validateClaimRules([{ id: 'Claims X', description: 'x', stage: 'direct', kind: 'direct' }])).toThrow();
  });
  it('rule() refuses an undeclared id', () => {
    expect(() => rule('claims.no-such-rule')).toThrow(/undeclared/);
  });
  it('every rule id written in the stage modules is declared, and every declared rule is used', () => {
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'rules.ts')) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'(claims\.[a-z][a-z-]*)'/g)) used.add(m[1]!);
    }
    for (const id of used) expect(() => rule(id), id).not.toThrow();
    for (const r of claimRules) expect(used.has(r.id), r.id).toBe(true);
  });
});
