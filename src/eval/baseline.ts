// The regression gate: a stored baseline of metrics and item outcomes; a comparison that fails when
// any metric drops by more than the tolerance and names every item whose outcome changed.
import { z } from 'zod';
import type { EvalReport, ItemStatus } from './score.js';

const round = (n: number) => Math.round(n * 10000) / 10000;

export const baselineSchema = z
  .object({
    version: z.literal(1),
    metrics: z.record(z.string(), z.object({ precision: z.number(), recall: z.number(), f1: z.number() }).strict()),
    items: z.record(z.string(), z.object({ status: z.enum(['found', 'wrong', 'missed', 'spurious']), rule: z.string().optional() }).strict()),
  })
  .strict();

export type Baseline = z.infer<typeof baselineSchema>;

export function toBaseline(report: EvalReport): Baseline {
  const metrics: Baseline['metrics'] = {};
  for (const [name, s] of Object.entries(report.metrics)) metrics[name] = { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) };
  const items: Baseline['items'] = {};
  for (const it of report.items) items[it.key] = it.rule ? { status: it.status, rule: it.rule } : { status: it.status };
  return { version: 1, metrics, items };
}

export interface MetricDrop {
  metric: string;
  measure: 'precision' | 'recall' | 'f1';
  before: number;
  after: number;
}

export interface ItemChange {
  key: string;
  before: ItemStatus | 'absent';
  after: ItemStatus | 'absent';
  ruleBefore?: string;
  ruleAfter?: string;
  better: boolean;
}

export interface Comparison {
  ok: boolean;
  drops: MetricDrop[];
  gains: MetricDrop[];
  changes: ItemChange[];
}

const RANK: Record<ItemStatus | 'absent', number> = { found: 2, wrong: 1, missed: 0, spurious: 0, absent: 1 };

export function compareToBaseline(baseline: Baseline, report: EvalReport, tolerance: number): Comparison {
  const current = toBaseline(report);
  const drops: MetricDrop[] = [];
  const gains: MetricDrop[] = [];
  for (const [metric, before] of Object.entries(baseline.metrics)) {
    const after = current.metrics[metric] ?? { precision: 0, recall: 0, f1: 0 };
    for (const measure of ['precision', 'recall', 'f1'] as const) {
      const d = { metric, measure, before: before[measure], after: after[measure] };
      if (after[measure] < before[measure] - tolerance) drops.push(d);
      else if (after[measure] > before[measure] + tolerance) gains.push(d);
    }
  }
  const changes: ItemChange[] = [];
  const keys = [...new Set([...Object.keys(baseline.items), ...Object.keys(current.items)])].sort();
  for (const key of keys) {
    const b = baseline.items[key];
    const a = current.items[key];
    const before = b?.status ?? 'absent';
    const after = a?.status ?? 'absent';
    if (before === after && b?.rule === a?.rule) continue;
    const change: ItemChange = { key, before, after, better: RANK[after] > RANK[before] || (before === 'spurious' && after === 'absent') };
    if (b?.rule) change.ruleBefore = b.rule;
    if (a?.rule) change.ruleAfter = a.rule;
    changes.push(change);
  }
  return { ok: drops.length === 0, drops, gains, changes };
}
