// The regression gate: the corpus against hand-written gold, compared with fixtures/baseline.json.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, runEvaluation } from '../src/commands/eval.js';
import { loadGold } from '../src/eval/gold.js';
import { compareToBaseline, toBaseline } from '../src/eval/baseline.js';
import { registry } from '../extractors/index.js';
import type { Extractor } from '../src/extractor.js';
import type { Extractions, ExtractorName } from '../src/types.js';

const flags = { gold: 'fixtures/gold', corpus: 'corpus', updateBaseline: false, tolerance: 0.005, format: 'table' as const };

describe('gold', () => {
  it('exists for every corpus document and matches its text', () => {
    expect(loadGold('fixtures/gold', 'corpus')).toHaveLength(5);
  });

  it('a corpus document without gold fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-gold-'));
    try {
      mkdirSync(join(dir, 'corpus'));
      mkdirSync(join(dir, 'gold'));
      cpSync('corpus/001_a3086d6f6e2d555b.txt', join(dir, 'corpus', '001_a3086d6f6e2d555b.txt'));
      expect(() => loadGold(join(dir, 'gold'), join(dir, 'corpus'))).toThrow(/missing gold for corpus document 001_a3086d6f6e2d555b\.txt/);
      writeFileSync(join(dir, 'gold', '001_a3086d6f6e2d555b.json'), JSON.stringify({ document: 'x', published: null, dates: [{ start: 0, end: 3, text: 'All', type: 'DATE', value: 'X', bogus: 1 }], casualties: [], groups: [], claims: [] }));
      expect(() => loadGold(join(dir, 'gold'), join(dir, 'corpus'))).toThrow(/Unrecognized key/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('eval --baseline', () => {
  it('passes against the committed baseline (update it with --update-baseline when a change is intended)', () => {
    const result = evaluate({ ...flags, baseline: 'fixtures/baseline.json' });
    expect(result.ok, result.output).toBe(true);
  });

  it('fails when a rule is broken, and names the rule', () => {
    const report = runEvaluation('fixtures/gold', 'corpus');
    // the rule behind the most correct items, whatever extractor it belongs to
    const counts = Object.entries(report.rules).sort((a, b) => b[1].correct - a[1].correct);
    const [rule] = counts[0] ?? [];
    expect(rule, 'no rule finds anything right').toBeDefined();
    const broken: Extractor[] = registry.map((ex) => ({
      ...ex,
      extract: (doc, prior) => {
        const items = ex.extract(doc, prior) as Extractions[ExtractorName];
        return (items as Array<{ rule: string }>).filter((i) => i.rule !== rule) as never;
      },
    }));
    const brokenReport = runEvaluation('fixtures/gold', 'corpus', broken);
    const comparison = compareToBaseline(toBaseline(report), brokenReport, 0.005);
    expect(comparison.ok).toBe(false);
    expect(comparison.changes.some((c) => !c.better && c.ruleBefore === rule)).toBe(true);
    const out = evaluate({ ...flags, baseline: 'fixtures/baseline.json' }, broken);
    expect(out.ok).toBe(false);
    expect(out.output).toContain(`[${rule}]`);
    expect(out.output).toMatch(/DROP/);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(runEvaluation('fixtures/gold', 'corpus'))).toBe(JSON.stringify(runEvaluation('fixtures/gold', 'corpus')));
  });
});
