// PolNeAR attribution scores (see ../shared/data/README.md):
//   npm run build && node dist/scripts/eval-polnear.js ../shared/data/polnear-dev [--format json] [--errors N]
// Each text/<name>.txt is paired with attributions/<name>_<annotator>.ann (brat standoff; the first
// annotator in name order when several annotated it); metadata.tsv gives the publication date.
// Gold attributions are the `E… Attribution:… Content:… Cue:… Source:…` lines; a span of several
// fragments ("s e;s e") is scored as its hull (first start .. last end).
// Matching: one-to-one overlap alignment of claim content spans to gold Content (src/eval/metrics.ts);
// then, over the aligned pairs, speaker vs Source and cue vs Cue overlap (a missing span on both sides
// agrees). Scores: content F1; cue F1 and source F1 (TE3-style attribute scores: correct among
// aligned pairs, precision over all predictions, recall over all gold); all-spans F1 = content, cue
// and source all overlap.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { documentFromText } from '../src/document/build.js';
import { alignSpans, attributeScore, overlapLength, spanScore, sumScores, type Scored, type SpanLike } from '../src/eval/metrics.js';
import { extractClaims } from '../extractors/claims/extractor.js';
import type { ClaimMention } from '../extractors/claims/types.js';

export interface GoldAttribution extends SpanLike {
  source: SpanLike | null;
  cue: SpanLike | null;
}

/** Parses a brat .ann file into attributions (content hull + source + cue). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, SpanLike>();
  const out: GoldAttribution[] = [];
  const lines = ann.split(/\r?\n/);
  for (const line of lines) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (!t) continue;
    const parts = t[2]!.split(';').map((p) => p.trim().split(/\s+/).map(Number));
    spans.set(t[1]!, { start: Math.min(...parts.map((p) => p[0]!)), end: Math.max(...parts.map((p) => p[1]!)) });
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const args = new Map<string, string>();
    for (const a of line.split('\t')[1]?.split(/\s+/) ?? []) {
      const [k, v] = a.split(':');
      if (k && v) args.set(k, v);
    }
    const content = spans.get(args.get('Content') ?? '');
    if (!content) continue;
    out.push({ ...content, source: spans.get(args.get('Source') ?? '') ?? null, cue: spans.get(args.get('Cue') ?? '') ?? null });
  }
  return out.sort((a, b) => a.start - b.start);
}

const agree = (p: SpanLike | null, g: SpanLike | null) => (p === null && g === null) || (p !== null && g !== null && overlapLength(p, g) > 0);

export interface DocScore {
  name: string;
  content: Scored;
  cue: Scored;
  source: Scored;
  all: Scored;
}

export function scoreDoc(name: string, preds: ClaimMention[], golds: GoldAttribution[]): DocScore {
  const a = alignSpans(preds, golds, 'overlap');
  return {
    name,
    content: spanScore(a),
    cue: attributeScore(a, (p, g) => agree(p.cue, g.cue)),
    source: attributeScore(a, (p, g) => agree(p.speaker, g.source)),
    all: attributeScore(a, (p, g) => agree(p.cue, g.cue) && agree(p.speaker, g.source)),
  };
}

function main(argv: string[]): void {
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: eval-polnear <polnear-dev dir> [--format json] [--errors N] [--project-convention]\n');
    process.exit(2);
  }
  // PolNeAR's convention counts noun-phrase contents ("criticized X for …"); --project-convention scores without them
  const plain = argv.includes('--project-convention');
  const json = argv.includes('--format') && argv[argv.indexOf('--format') + 1] === 'json';
  const errorsArg = argv.indexOf('--errors');
  const showErrors = errorsArg >= 0 ? Number(argv[errorsArg + 1] ?? 20) : 0;
  const dates = new Map<string, string>();
  const meta = join(dir, 'metadata.tsv');
  if (existsSync(meta)) {
    const [header, ...rows] = readFileSync(meta, 'utf8').split(/\r?\n/);
    const cols = header!.split('\t');
    const fi = cols.indexOf('filename');
    const di = cols.indexOf('publication_date');
    for (const r of rows) {
      const c = r.split('\t');
      if (c[fi] && c[di]) dates.set(c[fi]!, c[di]!);
    }
  }
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const scores: DocScore[] = [];
  const errors: string[] = [];
  let bytes = 0;
  let ms = 0;
  for (const txt of readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const name = txt.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(`${name}_`));
    if (!ann) continue;
    const text = readFileSync(join(dir, 'text', txt), 'utf8');
    const golds = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'));
    const t0 = performance.now();
    const doc = documentFromText(text, dates.get(name));
    const preds = extractClaims(doc, [], { objectContent: !plain, joinContinued: !plain, statementAuthor: plain });
    ms += performance.now() - t0;
    bytes += Buffer.byteLength(text);
    scores.push(scoreDoc(name, preds, golds));
    if (showErrors > 0 && errors.length < showErrors * 4) {
      const a = alignSpans(preds, golds, 'overlap');
      const cut = (s: SpanLike | null) => (s ? JSON.stringify(text.slice(s.start, s.end).slice(0, 90)) : '∅');
      for (const x of a.spurious) errors.push(`FP ${name} [${x.pred.rule}] ${cut(x.pred)} | src ${cut(x.pred.speaker)} cue ${cut(x.pred.cue)}`);
      for (const x of a.missed) errors.push(`FN ${name} ${cut(x.gold)} | src ${cut(x.gold.source)} cue ${cut(x.gold.cue)}`);
      for (const x of a.pairs) {
        if (!agree(x.pred.speaker, x.gold.source)) errors.push(`SRC ${name} [${x.pred.rule}] pred ${cut(x.pred.speaker)} gold ${cut(x.gold.source)}`);
        if (!agree(x.pred.cue, x.gold.cue)) errors.push(`CUE ${name} [${x.pred.rule}] pred ${cut(x.pred.cue)} gold ${cut(x.gold.cue)}`);
      }
    }
  }
  const total = {
    documents: scores.length,
    content: sumScores(scores.map((s) => s.content)),
    cue: sumScores(scores.map((s) => s.cue)),
    source: sumScores(scores.map((s) => s.source)),
    all: sumScores(scores.map((s) => s.all)),
    msPerKB: bytes ? ms / (bytes / 1024) : 0,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(total, null, 2)}\n`);
    return;
  }
  const f = (s: Scored) => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
  process.stdout.write(
    `PolNeAR ${dir}: ${total.documents} documents\n` +
      `content   ${f(total.content)}\ncue       ${f(total.cue)}\nsource    ${f(total.source)}\nall-spans ${f(total.all)}\n` +
      `speed     ${total.msPerKB.toFixed(3)} ms/KB (document building + claims)\n`,
  );
  for (const e of errors.slice(0, showErrors)) process.stdout.write(`${e}\n`);
}

if (process.argv[1] && /eval-polnear\.[jt]s$/.test(process.argv[1])) main(process.argv.slice(2));
