// The one matching and metrics implementation, shared by `communique eval` and the scripts that
// score external data (TimeML, FA-KES, PolNeAR, HTML).

export interface Scored {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall, F1 from counts. An empty prediction set over an empty gold set scores 1. */
export function prf(tp: number, fp: number, fn: number): Scored {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** F1 from separately averaged precision and recall (html-articles' "F1 of the means"). */
export function f1OfMeans(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export interface SpanLike {
  start: number;
  end: number;
}

export type SpanMode = 'strict' | 'overlap';

export function overlapLength(a: SpanLike, b: SpanLike): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function spansMatch(a: SpanLike, b: SpanLike, mode: SpanMode): boolean {
  return mode === 'strict' ? a.start === b.start && a.end === b.end : overlapLength(a, b) > 0;
}

export interface Alignment<P, G> {
  pairs: Array<{ pred: P; gold: G; predIndex: number; goldIndex: number }>;
  /** Predictions with no gold partner (spurious). */
  spurious: Array<{ pred: P; predIndex: number }>;
  /** Gold items with no prediction partner (missed). */
  missed: Array<{ gold: G; goldIndex: number }>;
}

/**
 * One-to-one alignment of predicted to gold spans. Candidate pairs are taken greedily by
 * (exact match first, then larger overlap, then text order), so results are deterministic.
 * `compatible` can restrict pairs further (e.g. same category).
 */
export function alignSpans<P extends SpanLike, G extends SpanLike>(
  preds: readonly P[],
  golds: readonly G[],
  mode: SpanMode,
  compatible: (p: P, g: G) => boolean = () => true,
): Alignment<P, G> {
  const candidates: Array<{ pi: number; gi: number; exact: number; ov: number }> = [];
  preds.forEach((p, pi) => {
    golds.forEach((g, gi) => {
      if (spansMatch(p, g, mode) && compatible(p, g)) {
        candidates.push({ pi, gi, exact: p.start === g.start && p.end === g.end ? 1 : 0, ov: overlapLength(p, g) });
      }
    });
  });
  candidates.sort((a, b) => b.exact - a.exact || b.ov - a.ov || a.gi - b.gi || a.pi - b.pi);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Alignment<P, G>['pairs'] = [];
  for (const c of candidates) {
    if (usedP.has(c.pi) || usedG.has(c.gi)) continue;
    usedP.add(c.pi);
    usedG.add(c.gi);
    pairs.push({ pred: preds[c.pi] as P, gold: golds[c.gi] as G, predIndex: c.pi, goldIndex: c.gi });
  }
  pairs.sort((a, b) => a.goldIndex - b.goldIndex);
  return {
    pairs,
    spurious: preds.flatMap((pred, predIndex) => (usedP.has(predIndex) ? [] : [{ pred, predIndex }])),
    missed: golds.flatMap((gold, goldIndex) => (usedG.has(goldIndex) ? [] : [{ gold, goldIndex }])),
  };
}

/** Span P/R/F1 of an alignment. */
export function spanScore<P, G>(a: Alignment<P, G>): Scored {
  return prf(a.pairs.length, a.spurious.length, a.missed.length);
}

/**
 * Attribute score TE3-style: an attribute is correct when the pair matched and the attribute agrees;
 * precision over all predictions, recall over all gold.
 */
export function attributeScore<P, G>(a: Alignment<P, G>, agrees: (p: P, g: G) => boolean): Scored {
  const correct = a.pairs.filter((x) => agrees(x.pred, x.gold)).length;
  const predicted = a.pairs.length + a.spurious.length;
  const gold = a.pairs.length + a.missed.length;
  return prf(correct, predicted - correct, gold - correct);
}

/** Sums counts of several documents' scores (micro average). */
export function sumScores(scores: readonly Scored[]): Scored {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return prf(tp, fp, fn);
}
