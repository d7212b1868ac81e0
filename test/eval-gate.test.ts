// The regression gate: the corpus against hand-written gold, compared with fixtures/baseline.json.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_COLLECTIONS, evaluate, runEvaluation } from '../src/commands/eval.js';
import { loadGold, type GoldCollection } from '../src/eval/gold.js';
import { compareToBaseline, toBaseline } from '../src/eval/baseline.js';
import { buildRegistry } from '../src/registry.js';
import type { AnyExtractor } from '../src/extractor.js';
import { defaultRegistry, extractors } from '../extractors/index.js';

const flags = { updateBaseline: false, tolerance: 0.005, format: 'table' as const };
const corpus: GoldCollection = { name: '', texts: 'corpus', gold: 'fixtures/gold' };
const at = (dir: string): GoldCollection => ({ name: '', texts: join(dir, 'corpus'), gold: join(dir, 'gold') });

describe('gold', () => {
  it('exists for every corpus document and every FA-KES dev article, and matches their texts', () => {
    expect(loadGold(corpus, defaultRegistry)).toHaveLength(5);
    expect(loadGold(DEFAULT_COLLECTIONS[1] as GoldCollection, defaultRegistry).length).toBeGreaterThanOrEqual(20);
  });

  it('a corpus document without gold fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-gold-'));
    try {
      mkdirSync(join(dir, 'corpus'));
      mkdirSync(join(dir, 'gold'));
      cpSync('corpus/001_a3086d6f6e2d555b.txt', join(dir, 'corpus', '001_a3086d6f6e2d555b.txt'));
      expect(() => loadGold(at(dir), defaultRegistry)).toThrow(/missing gold for .*001_a3086d6f6e2d555b\.txt/);
      writeFileSync(join(dir, 'gold', '001_a3086d6f6e2d555b.json'), JSON.stringify({ document: 'x', published: null, dates: [{ start: 0, end: 3, text: 'All', type: 'DATE', value: 'X', bogus: 1 }], casualties: [], groups: [], claims: [] }));
      expect(() => loadGold(at(dir), defaultRegistry)).toThrow(/Unrecognized key/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('eval --baseline', () => {
  it('passes against the committed baseline (update it with --update-baseline when a change is intended)', () => {
    const result = evaluate({ ...flags, baseline: 'fixtures/baseline.json' }, defaultRegistry);
    expect(result.ok, result.output).toBe(true);
  });

  it('fails when a rule is broken, and names the rule', () => {
    const report = runEvaluation(DEFAULT_COLLECTIONS, defaultRegistry);
    // the rule behind the most correct items, whatever extractor it belongs to
    const counts = Object.entries(report.rules).sort((a, b) => b[1].correct - a[1].correct);
    const [rule] = counts[0] ?? [];
    expect(rule, 'no rule finds anything right').toBeDefined();
    const broken = buildRegistry(
      extractors.map((ex): AnyExtractor => ({ ...ex, extract: (doc, prior) => ex.extract(doc, prior).filter((i: { rule: string }) => i.rule !== rule) })),
    );
    const brokenReport = runEvaluation(DEFAULT_COLLECTIONS, broken);
    const comparison = compareToBaseline(toBaseline(report), brokenReport, 0.005);
    expect(comparison.ok).toBe(false);
    expect(comparison.changes.some((c) => !c.better && c.ruleBefore === rule)).toBe(true);
    const out = evaluate({ ...flags, baseline: 'fixtures/baseline.json' }, broken);
    expect(out.ok).toBe(false);
    expect(out.output).toContain(`[${rule}]`);
    expect(out.output).toMatch(/DROP/);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(runEvaluation([corpus], defaultRegistry))).toBe(JSON.stringify(runEvaluation([corpus], defaultRegistry)));
  });
});
