// Scores extractions against gold, per extractor, per field and per rule, and lists every item's
// outcome so a baseline comparison can say exactly what changed.
import type { Extractions } from '../types.js';
import type { GoldDocument } from './gold-schema.js';
import { alignSpans, attributeScore, overlapLength, prf, spanScore, sumScores, type Alignment, type Scored, type SpanMode } from './metrics.js';

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

interface FieldCheck<P, G> {
  metric: string;
  agrees: (p: P, g: G) => boolean;
}

interface ExtractorSpec<P extends { start: number; end: number; text: string; rule: string }, G extends { start: number; end: number; text: string }> {
  name: string;
  modes: SpanMode[];
  /** Fields scored TE3-style over the overlap alignment. The first decides found vs wrong. */
  fields: Array<FieldCheck<P, G>>;
  describe: (p: P, g: G) => string;
}

type Item = { start: number; end: number; text: string; rule: string };

function scoreExtractor<P extends Item, G extends { start: number; end: number; text: string }>(
  doc: string,
  spec: ExtractorSpec<P, G>,
  preds: readonly P[],
  golds: readonly G[],
  acc: Map<string, Scored[]>,
  items: ItemOutcome[],
): void {
  const push = (metric: string, s: Scored) => acc.set(metric, [...(acc.get(metric) ?? []), s]);
  let overlap: Alignment<P, G> | undefined;
  for (const mode of spec.modes) {
    const a = alignSpans(preds, golds, mode);
    push(`${spec.name}.span.${mode}`, spanScore(a));
    if (mode === 'overlap') overlap = a;
  }
  overlap ??= alignSpans(preds, golds, 'overlap');
  for (const f of spec.fields) push(`${spec.name}.${f.metric}`, attributeScore(overlap, f.agrees));
  const primary = spec.fields[0];
  const key = (s: { start: number; end: number }) => `${doc}#${spec.name}@${s.start}-${s.end}`;
  for (const pair of overlap.pairs) {
    const ok = primary ? primary.agrees(pair.pred, pair.gold) : true;
    const outcome: ItemOutcome = { key: key(pair.gold), document: doc, extractor: spec.name, status: ok ? 'found' : 'wrong', start: pair.gold.start, end: pair.gold.end, text: pair.gold.text, rule: pair.pred.rule };
    if (!ok) outcome.detail = spec.describe(pair.pred, pair.gold);
    items.push(outcome);
  }
  for (const m of overlap.missed) items.push({ key: key(m.gold), document: doc, extractor: spec.name, status: 'missed', start: m.gold.start, end: m.gold.end, text: m.gold.text });
  for (const s of overlap.spurious) {
    items.push({ key: `${key(s.pred)}:spurious`, document: doc, extractor: spec.name, status: 'spurious', start: s.pred.start, end: s.pred.end, text: s.pred.text, rule: s.pred.rule });
  }
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

export function scoreDocument(doc: string, ex: Extractions, gold: GoldDocument, acc: Map<string, Scored[]>, items: ItemOutcome[]): void {
  scoreExtractor(doc, {
    name: 'dates',
    modes: ['strict', 'overlap'],
    fields: [
      { metric: 'value', agrees: (p, g) => p.value === g.value },
      { metric: 'type', agrees: (p, g) => p.type === g.type },
      { metric: 'mod', agrees: (p, g) => same(p.mod, g.mod) },
    ],
    describe: (p, g) => `got ${p.type} ${p.value}${p.mod ? ` ${p.mod}` : ''}, gold ${g.type} ${g.value}${g.mod ? ` ${g.mod}` : ''}`,
  }, ex.dates, gold.dates, acc, items);

  scoreExtractor(doc, {
    name: 'casualties',
    modes: ['overlap'],
    fields: [
      { metric: 'figure', agrees: (p, g) => p.count === g.count && p.outcome === g.outcome && p.category === g.category },
      { metric: 'count', agrees: (p, g) => p.count === g.count },
      { metric: 'qualifier', agrees: (p, g) => p.qualifier === g.qualifier },
      { metric: 'outcome', agrees: (p, g) => p.outcome === g.outcome },
      { metric: 'category', agrees: (p, g) => p.category === g.category },
    ],
    describe: (p, g) => `got ${p.count} ${p.qualifier} ${p.outcome} ${p.category}, gold ${g.count} ${g.qualifier} ${g.outcome} ${g.category}`,
  }, ex.casualties, gold.casualties, acc, items);

  scoreExtractor(doc, {
    name: 'groups',
    modes: ['strict', 'overlap'],
    fields: [{ metric: 'id', agrees: (p, g) => p.id === g.id }],
    describe: (p, g) => `got ${p.id}, gold ${g.id}`,
  }, ex.groups, gold.groups, acc, items);

  const spanAgrees = (p: { start: number; end: number } | null, g: { start: number; end: number } | null) =>
    p === null || g === null ? p === g : overlapLength(p, g) > 0;
  scoreExtractor(doc, {
    name: 'claims',
    modes: ['strict', 'overlap'],
    fields: [
      { metric: 'speaker', agrees: (p, g) => same(p.speaker?.name, g.speaker?.name) },
      { metric: 'speaker-span', agrees: (p, g) => spanAgrees(p.speaker, g.speaker) },
      { metric: 'cue', agrees: (p, g) => spanAgrees(p.cue, g.cue) },
      { metric: 'kind', agrees: (p, g) => p.kind === g.kind },
    ],
    describe: (p, g) => `got speaker ${p.speaker?.name ?? p.speaker?.text ?? 'none'} (${p.kind}), gold ${g.speaker?.name ?? 'none'} (${g.kind})`,
  }, ex.claims, gold.claims, acc, items);
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
