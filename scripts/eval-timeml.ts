// Scores the dates extractor on TimeML (.tml) files, TempEval-3 style.
//
//   npm run build && node dist/scripts/eval-timeml.js ../shared/data/timeml [--format json] [--errors] [--split]
//
// --split also scores each top-level subfolder (TimeBank, AQUAINT) alone, so a rule can be checked
// on both collections before it is kept.
//
// For each .tml file under <dir> (recursively): the DCT's TIMEX3 value is the publication date; the
// content of <TEXT> with tags stripped (XML entities decoded) is the document text; every TIMEX3 in
// <TEXT> is gold, mapped to offsets in that stripped text. Matching and P/R/F1 come from
// src/eval/metrics.ts: strict span, relaxed (overlap) span, and type / value scored TE3-style over the
// overlap alignment (attribute correct among matched pairs; precision over all predicted, recall over
// all gold).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { documentFromText } from '../src/document/build.js';
import { alignSpans, attributeScore, spanScore, sumScores, type Scored } from '../src/eval/metrics.js';
import { datesExtractor } from '../extractors/dates/extractor.js';
import type { DateMention } from '../extractors/dates/types.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimemlDoc {
  file: string;
  dct?: string;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(?<name>\w+)="(?<value>[^"]*)"/g)) out[m.groups!.name!] = m.groups!.value!;
  return out;
}

/** Parses one .tml file into text (tags stripped) and gold TIMEX3 spans in that text. */
export function parseTimeml(xml: string, file = ''): TimemlDoc {
  const dctMatch = /<DCT>\s*<TIMEX3(?<attrs>[^>]*)>/.exec(xml);
  const dct = dctMatch ? attributes(dctMatch.groups!.attrs!).value : undefined;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + '<TEXT>'.length, close) : '';
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: Array<{ attrs: Record<string, string>; start: number } | null> = [];
  const token = /<(?<close>\/)?(?<name>[A-Za-z0-9_]+)(?<attrs>[^>]*?)(?<self>\/)?>|&(?<entity>\w+|#\d+|#x[0-9a-fA-F]+);|[^<&]+|[<&]/g;
  for (const m of body.matchAll(token)) {
    const g = m.groups!;
    if (g.name !== undefined) {
      if (g.self) continue;
      if (g.close) {
        const top = stack.pop();
        if (top && g.name === 'TIMEX3') {
          const a = top.attrs;
          const item: GoldTimex = { start: top.start, end: text.length, text: text.slice(top.start), type: a.type ?? '', value: a.value ?? '' };
          if (a.mod) item.mod = a.mod;
          gold.push(item);
        }
      } else {
        stack.push(g.name === 'TIMEX3' ? { attrs: attributes(g.attrs ?? ''), start: text.length } : null);
      }
    } else if (g.entity !== undefined) {
      const e = g.entity;
      if (e.startsWith('#x')) text += String.fromCodePoint(parseInt(e.slice(2), 16));
      else if (e.startsWith('#')) text += String.fromCodePoint(parseInt(e.slice(1), 10));
      else text += ENTITIES[e] ?? `&${e};`;
    } else {
      text += m[0];
    }
  }
  gold.sort((a, b) => a.start - b.start);
  const doc: TimemlDoc = { file, text, gold };
  if (dct) doc.dct = dct;
  return doc;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

export interface TimemlReport {
  files: number;
  gold: number;
  predicted: number;
  strictSpan: Scored;
  relaxedSpan: Scored;
  type: Scored;
  value: Scored;
  errors: Array<{ file: string; kind: 'missed' | 'spurious' | 'wrong'; text: string; gold?: string; predicted?: string; rule?: string; context: string }>;
}

export function evaluate(files: string[], root: string): TimemlReport {
  const strict: Scored[] = [];
  const relaxed: Scored[] = [];
  const type: Scored[] = [];
  const value: Scored[] = [];
  const errors: TimemlReport['errors'] = [];
  let goldCount = 0;
  let predCount = 0;
  for (const file of files) {
    const tml = parseTimeml(readFileSync(file, 'utf8'), relative(root, file));
    const doc = documentFromText(tml.text, tml.dct);
    const preds: DateMention[] = datesExtractor.extract(doc, new Map());
    goldCount += tml.gold.length;
    predCount += preds.length;
    strict.push(spanScore(alignSpans(preds, tml.gold, 'strict')));
    const a = alignSpans(preds, tml.gold, 'overlap');
    relaxed.push(spanScore(a));
    type.push(attributeScore(a, (p, g) => p.type === g.type));
    value.push(attributeScore(a, (p, g) => p.value === g.value));
    const ctx = (s: number, e: number) => tml.text.slice(Math.max(0, s - 40), e + 40).replace(/\s+/g, ' ');
    for (const m of a.missed) errors.push({ file: tml.file, kind: 'missed', text: m.gold.text, gold: `${m.gold.type} ${m.gold.value}${m.gold.mod ? ` ${m.gold.mod}` : ''}`, context: ctx(m.gold.start, m.gold.end) });
    for (const s of a.spurious) errors.push({ file: tml.file, kind: 'spurious', text: s.pred.text, predicted: `${s.pred.type} ${s.pred.value}`, rule: s.pred.rule, context: ctx(s.pred.start, s.pred.end) });
    for (const p of a.pairs) {
      if (p.pred.value !== p.gold.value || p.pred.type !== p.gold.type) {
        errors.push({
          file: tml.file,
          kind: 'wrong',
          text: `${p.pred.text} | ${p.gold.text}`,
          gold: `${p.gold.type} ${p.gold.value}${p.gold.mod ? ` ${p.gold.mod}` : ''}`,
          predicted: `${p.pred.type} ${p.pred.value}${p.pred.mod ? ` ${p.pred.mod}` : ''}`,
          rule: p.pred.rule,
          context: ctx(p.gold.start, p.gold.end),
        });
      }
    }
  }
  return {
    files: files.length,
    gold: goldCount,
    predicted: predCount,
    strictSpan: sumScores(strict),
    relaxedSpan: sumScores(relaxed),
    type: sumScores(type),
    value: sumScores(value),
    errors,
  };
}

function main(argv: string[]): void {
  const args = argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: node dist/scripts/eval-timeml.js <dir> [--format table|json] [--errors] [--split]\n');
    process.exitCode = 2;
    return;
  }
  const fi = args.indexOf('--format');
  const format = fi >= 0 ? args[fi + 1] : args.find((a) => a.startsWith('--format='))?.slice(9) ?? 'table';
  const withErrors = args.includes('--errors');
  const t0 = Date.now();
  const report = evaluate(walk(dir), dir);
  const ms = Date.now() - t0;
  if (format === 'json') {
    const { errors, ...rest } = report;
    process.stdout.write(`${JSON.stringify(withErrors ? { ...rest, ms, errors } : { ...rest, ms }, null, 2)}\n`);
    return;
  }
  const f = (n: number) => n.toFixed(3);
  const lines = [`TimeML: ${report.files} files, ${report.gold} gold TIMEX3, ${report.predicted} predicted (${ms} ms)`];
  lines.push(`${'metric'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`);
  for (const [name, s] of [['strict span', report.strictSpan], ['relaxed span', report.relaxedSpan], ['type', report.type], ['value', report.value]] as const) {
    lines.push(`${name.padEnd(14)} ${f(s.precision).padStart(6)} ${f(s.recall).padStart(6)} ${f(s.f1).padStart(6)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`);
  }
  if (args.includes('--split')) {
    const files = walk(dir);
    const groups = [...new Set(files.map((f) => relative(dir, f).split(/[\\/]/)[0] ?? ''))];
    for (const g of groups) {
      const part = evaluate(files.filter((f) => relative(dir, f).split(/[\\/]/)[0] === g), dir);
      const v = part.value;
      lines.push(`${g.padEnd(14)} value F1 ${f(v.f1)} (tp ${v.tp} fp ${v.fp} fn ${v.fn})  relaxed span F1 ${f(part.relaxedSpan.f1)}  type F1 ${f(part.type.f1)}  (${part.files} files, ${part.gold} gold)`);
    }
  }
  if (withErrors) {
    for (const e of report.errors) {
      lines.push(`${e.kind.padEnd(8)} ${e.file}  "${e.text}"  ${e.gold ? `gold=${e.gold}` : ''} ${e.predicted ? `pred=${e.predicted}` : ''} ${e.rule ? `[${e.rule}]` : ''}  … ${e.context} …`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && /eval-timeml\.(js|ts)$/.test(process.argv[1])) main(process.argv);
