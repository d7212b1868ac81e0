// Scores extractions against gold, per extractor, per field and per rule, and lists every item's
// outcome so a baseline comparison can say exactly what changed.
import type { AnyExtractor, GoldSpec } from '../extractor.js';
import type { Extractions } from '../pipeline.js';
import type { Registry } from '../registry.js';
import type { SpanText } from '../types.js';
import type { GoldDocument } from './gold-schema.js';
import { alignSpans, attributeScore, prf, spanScore, sumScores, type Alignment, type Scored } from './metrics.js';

export type ItemStatus = 'found' | 'wrong' | 'missed' | 'spurious';

export interface ItemOutcome {
  key: string;
  document: string;
  extractor: string;
  status: ItemStatus;
  start: number;
  end: number;
  text: string;
  /** Rule of the predicted item (absent for missed gold). */
  rule?: string;
  /** What differed, for `wrong`. */
  detail?: string;
}

export interface RuleScore {
  correct: number;
  incorrect: number;
  precision: number;
}

export interface EvalReport {
  metrics: Record<string, Scored>;
  rules: Record<string, RuleScore>;
  items: ItemOutcome[];
}

type Item = { start: number; end: number; text: string; rule: string };

/** Adds one document's score of a metric; the report sums them. */
function add(acc: Map<string, Scored[]>, metric: string, s: Scored): void {
  const list = acc.get(metric);
  if (list) list.push(s);
  else acc.set(metric, [s]);
}
type GoldItem = { start: number; end: number; text: string };

function scoreExtractor(
  doc: string,
  prefix: string,
  ex: AnyExtractor,
  preds: readonly Item[],
  golds: readonly GoldItem[],
  acc: Map<string, Scored[]>,
  items: ItemOutcome[],
): void {
  const spec = ex.gold as GoldSpec<Item, GoldItem & SpanText>;
  const name = `${prefix}${ex.name}`;
  const scored = spec.scored ? preds.filter((p) => spec.scored?.(p)) : preds;
  let overlap: Alignment<Item, GoldItem> | undefined;
  for (const mode of spec.modes) {
    const a = alignSpans(scored, golds, mode);
    add(acc, `${name}.span.${mode}`, spanScore(a));
    if (mode === 'overlap') overlap = a;
  }
  overlap ??= alignSpans(scored, golds, 'overlap');
  for (const f of spec.fields) add(acc, `${name}.${f.metric}`, attributeScore(overlap, (p, g) => f.agrees(p, g as GoldItem & SpanText)));
  const primary = spec.fields[0];
  const key = (s: { start: number; end: number }) => `${doc}#${ex.name}@${s.start}-${s.end}`;
  for (const pair of overlap.pairs) {
    const ok = primary ? primary.agrees(pair.pred, pair.gold as GoldItem & SpanText) : true;
    const outcome: ItemOutcome = { key: key(pair.gold), document: doc, extractor: ex.name, status: ok ? 'found' : 'wrong', start: pair.gold.start, end: pair.gold.end, text: pair.gold.text, rule: pair.pred.rule };
    if (!ok) outcome.detail = spec.describe(pair.pred, pair.gold as GoldItem & SpanText);
    items.push(outcome);
  }
  for (const m of overlap.missed) items.push({ key: key(m.gold), document: doc, extractor: ex.name, status: 'missed', start: m.gold.start, end: m.gold.end, text: m.gold.text });
  for (const s of overlap.spurious) {
    items.push({ key: `${key(s.pred)}:spurious`, document: doc, extractor: ex.name, status: 'spurious', start: s.pred.start, end: s.pred.end, text: s.pred.text, rule: s.pred.rule });
  }
}

/** Publication date as a metric: right (tp), wrong or given where the gold has none (fp), missing (fn). */
function scorePublished(predicted: string | undefined, gold: string | null): Scored {
  const p = predicted?.slice(0, 10);
  if (gold === null) return prf(0, p ? 1 : 0, 0);
  if (p === gold) return prf(1, 0, 0);
  return prf(0, p ? 1 : 0, 1);
}

/**
 * Scores one document: every extractor of the registry with gold for it; metric names are
 * `<collection>/<extractor>.<metric>` (no prefix for the corpus).
 */
export function scoreDocument(
  doc: string,
  collection: string,
  registry: Registry,
  ex: Extractions,
  gold: GoldDocument,
  published: string | undefined,
  acc: Map<string, Scored[]>,
  items: ItemOutcome[],
): void {
  const prefix = collection ? `${collection}/` : '';
  add(acc, `${prefix}published`, scorePublished(published, gold.published));
  for (const desc of registry.extractors) {
    const golds = gold.items[desc.name];
    if (!desc.gold || golds === undefined) continue;
    scoreExtractor(doc, prefix, desc, (ex[desc.name] ?? []) as Item[], golds, acc, items);
  }
}

export function finishReport(acc: Map<string, Scored[]>, items: ItemOutcome[]): EvalReport {
  const metrics: Record<string, Scored> = {};
  for (const name of [...acc.keys()].sort()) metrics[name] = sumScores(acc.get(name) ?? []);
  const byRule = new Map<string, { correct: number; incorrect: number }>();
  for (const it of items) {
    if (!it.rule) continue;
    const r = byRule.get(it.rule) ?? { correct: 0, incorrect: 0 };
    if (it.status === 'found') r.correct++;
    else r.incorrect++;
    byRule.set(it.rule, r);
  }
  const rules: Record<string, RuleScore> = {};
  for (const rule of [...byRule.keys()].sort()) {
    const r = byRule.get(rule) as { correct: number; incorrect: number };
    rules[rule] = { ...r, precision: prf(r.correct, r.incorrect, 0).precision };
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  items.sort((a, b) => cmp(a.document, b.document) || cmp(a.extractor, b.extractor) || a.start - b.start || a.end - b.end || cmp(a.key, b.key));
  return { metrics, rules, items };
}
