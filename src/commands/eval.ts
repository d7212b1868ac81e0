// `communique eval`: the corpus through the whole pipeline, scored against hand-written gold;
// `--baseline` turns it into the CI regression gate.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bytesDocument } from '../document/read.js';
import { buildDocument } from '../document/build.js';
import { runExtractors } from '../pipeline.js';
import type { Registry } from '../registry.js';
import { loadGold, type GoldCollection } from '../eval/gold.js';
import { finishReport, scoreDocument, type EvalReport, type ItemOutcome } from '../eval/score.js';
import { baselineSchema, compareToBaseline, toBaseline, type Comparison } from '../eval/baseline.js';
import type { Scored } from '../eval/metrics.js';
import { DEFAULT_MAX_BYTES } from './options.js';
import { UsageError } from './errors.js';

/** The gold the gate scores: the bundled corpus (metric names unprefixed) and the FA-KES dev articles. */
export const DEFAULT_COLLECTIONS: readonly GoldCollection[] = [
  { name: '', texts: 'corpus', gold: 'fixtures/gold' },
  { name: 'fakes-dev', texts: 'fixtures/fakes-dev/texts', gold: 'fixtures/fakes-dev/gold' },
];

export interface EvalFlags {
  /** One collection given on the command line instead of the default ones. */
  gold?: string;
  corpus?: string;
  baseline?: string;
  updateBaseline: boolean;
  tolerance: number;
  format: 'table' | 'json';
}

export function collectionsOf(flags: Pick<EvalFlags, 'gold' | 'corpus'>): GoldCollection[] {
  if (flags.gold === undefined && flags.corpus === undefined) return [...DEFAULT_COLLECTIONS];
  return [{ name: '', texts: flags.corpus ?? 'corpus', gold: flags.gold ?? 'fixtures/gold' }];
}

export function runEvaluation(collections: readonly GoldCollection[], registry: Registry): EvalReport {
  const acc = new Map<string, Scored[]>();
  const items: ItemOutcome[] = [];
  for (const collection of collections) {
    for (const pair of loadGold(collection, registry)) {
      const read = bytesDocument(readFileSync(pair.corpusFile), pair.corpusFile, 'text', { format: 'text', maxBytes: DEFAULT_MAX_BYTES });
      if (!read.ok) throw new UsageError(`${read.file}: ${read.reason}`);
      const doc = buildDocument(read.doc);
      scoreDocument(pair.name, collection.name, registry, runExtractors(doc, registry), pair.gold, doc.meta.published?.value, acc, items);
    }
  }
  return finishReport(acc, items);
}

const pct = (n: number) => n.toFixed(3);

function metricsTable(report: EvalReport): string[] {
  const lines = [`${'metric'.padEnd(40)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`];
  for (const [name, s] of Object.entries(report.metrics)) {
    lines.push(`${name.padEnd(40)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`);
  }
  return lines;
}

function rulesTable(report: EvalReport): string[] {
  const lines = ['', `${'rule'.padEnd(40)} ${'correct'.padStart(8)} ${'wrong'.padStart(6)} ${'P'.padStart(6)}`];
  for (const [rule, r] of Object.entries(report.rules)) lines.push(`${rule.padEnd(40)} ${String(r.correct).padStart(8)} ${String(r.incorrect).padStart(6)} ${pct(r.precision).padStart(6)}`);
  return lines;
}

function itemLines(report: EvalReport): string[] {
  const lines: string[] = [];
  for (const status of ['missed', 'wrong', 'spurious'] as const) {
    const list = report.items.filter((i) => i.status === status);
    if (list.length === 0) continue;
    lines.push('', `${status} (${list.length})`);
    for (const i of list) lines.push(`  ${i.key}  "${i.text.replace(/\s+/g, ' ').slice(0, 70)}"${i.rule ? `  [${i.rule}]` : ''}${i.detail ? `  ${i.detail}` : ''}`);
  }
  return lines;
}

function comparisonLines(c: Comparison, file: string, tolerance: number): string[] {
  const lines = ['', `baseline ${file} (tolerance ${tolerance}): ${c.ok ? 'no metric dropped' : `${c.drops.length} metric(s) dropped`}`];
  for (const d of c.drops) lines.push(`  DROP  ${d.metric} ${d.measure}: ${pct(d.before)} → ${pct(d.after)}`);
  for (const d of c.gains) lines.push(`  gain  ${d.metric} ${d.measure}: ${pct(d.before)} → ${pct(d.after)}`);
  const worse = c.changes.filter((x) => !x.better);
  const better = c.changes.filter((x) => x.better);
  if (worse.length) lines.push('', `worse than the baseline (${worse.length}):`);
  for (const x of worse) lines.push(`  ${x.key}: ${x.before}${x.ruleBefore ? ` [${x.ruleBefore}]` : ''} → ${x.after}${x.ruleAfter ? ` [${x.ruleAfter}]` : ''}`);
  if (better.length) lines.push('', `better than the baseline (${better.length}):`);
  for (const x of better) lines.push(`  ${x.key}: ${x.before}${x.ruleBefore ? ` [${x.ruleBefore}]` : ''} → ${x.after}${x.ruleAfter ? ` [${x.ruleAfter}]` : ''}`);
  return lines;
}

export function evaluate(flags: EvalFlags, registry: Registry): { output: string; ok: boolean; report: EvalReport; comparison?: Comparison } {
  const report = runEvaluation(collectionsOf(flags), registry);
  let comparison: Comparison | undefined;
  if (flags.baseline && flags.updateBaseline) {
    writeFileSync(flags.baseline, `${JSON.stringify(toBaseline(report), null, 1)}\n`);
  } else if (flags.baseline) {
    if (!existsSync(flags.baseline)) throw new UsageError(`no baseline at ${flags.baseline} (create it with --update-baseline)`);
    const parsed = baselineSchema.safeParse(JSON.parse(readFileSync(flags.baseline, 'utf8')));
    if (!parsed.success) throw new UsageError(`${flags.baseline}: not a baseline file: ${parsed.error.issues[0]?.message}`);
    comparison = compareToBaseline(parsed.data, report, flags.tolerance);
  }
  const ok = comparison?.ok ?? true;
  if (flags.format === 'json') {
    return { output: JSON.stringify({ ...report, ...(comparison ? { comparison } : {}) }, null, 2), ok, report, ...(comparison ? { comparison } : {}) };
  }
  const lines = [...metricsTable(report), ...rulesTable(report), ...itemLines(report)];
  if (comparison && flags.baseline) lines.push(...comparisonLines(comparison, flags.baseline, flags.tolerance));
  if (flags.baseline && flags.updateBaseline) lines.push('', `baseline written to ${flags.baseline}`);
  return { output: lines.join('\n'), ok, report, ...(comparison ? { comparison } : {}) };
}
