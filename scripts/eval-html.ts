// HTML reading scored on the two page benchmarks in ../shared/data (see its README):
//   node dist/scripts/eval-html.js <dir>... [--errors N] [--json]
// A dir with ground truth {id: {articleBody}} is scored html-articles style: \w+ tokens, multisets of
// 4-token shingles, per-page precision and recall, F1 of the mean P and mean R. A dir with
// {url: {file, title, date, author, with, without}} is scored html-metadata style: title accuracy
// (word-normalised exact match), date accuracy (YYYY-MM-DD), author accuracy where the gold has one,
// snippet precision/recall of the main text. Plain Mozilla Readability over the same DOM (linkedom)
// is measured in the same run for comparison.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readPage } from '../src/document/html/page.js';
import { decodePage } from '../src/document/html/charset.js';
import { INVISIBLE_CHARS as INVISIBLE } from '../src/document/html/dom.js';
import { f1OfMeans } from '../src/eval/metrics.js';

interface Extracted {
  title?: string;
  date?: string;
  author?: string;
  text: string;
}
type Extractor = (html: string, url?: string) => Extracted;

const communique: Extractor = (html, url) => {
  const page = readPage(html, url);
  const out: Extracted = { text: page.paragraphs.join('\n\n') };
  if (page.title) out.title = page.title;
  if (page.hints.published) out.date = page.hints.published.value.slice(0, 10);
  if (page.hints.author) out.author = page.hints.author.value;
  return out;
};

const readability: Extractor = (html) => {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as never).parse();
  const out: Extracted = { text: parsed?.textContent ?? '' };
  if (parsed?.title) out.title = parsed.title;
  if (parsed?.publishedTime) out.date = parsed.publishedTime.slice(0, 10);
  if (parsed?.byline) out.author = parsed.byline;
  return out;
};

const EXTRACTORS: Record<string, Extractor> = { communique, readability };

const tokens = (s: string) => s.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];

function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const s = t.slice(i, i + n).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/** Per-page precision and recall of shingle multisets (the article-extraction-benchmark metric). */
export function shinglePR(pred: string, gold: string): { precision: number; recall: number } {
  const p = shingles(pred);
  const g = shingles(gold);
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const [s, c] of p) {
    np += c;
    tp += Math.min(c, g.get(s) ?? 0);
  }
  for (const c of g.values()) ng += c;
  return { precision: np ? tp / np : ng ? 0 : 1, recall: ng ? tp / ng : 1 };
}

function loadPage(dir: string, file: string): string {
  const p = join(dir, 'html', existsSync(join(dir, 'html', `${file}.gz`)) ? `${file}.gz` : file);
  const raw = readFileSync(p);
  const bytes = p.endsWith('.gz') ? gunzipSync(raw) : raw;
  return decodePage(bytes);
}

const fmt = (x: number) => x.toFixed(3);

function scoreArticles(dir: string, truth: Record<string, { articleBody: string; url?: string }>, showErrors: number) {
  const rows: Record<string, unknown> = {};
  for (const [name, extract] of Object.entries(EXTRACTORS)) {
    let sp = 0;
    let sr = 0;
    const perPage: { id: string; precision: number; recall: number }[] = [];
    for (const [id, gold] of Object.entries(truth)) {
      const pr = shinglePR(extract(loadPage(dir, `${id}.html`), gold.url).text, gold.articleBody);
      sp += pr.precision;
      sr += pr.recall;
      perPage.push({ id, ...pr });
    }
    const n = perPage.length;
    const P = sp / n;
    const R = sr / n;
    rows[name] = { pages: n, precision: P, recall: R, f1: f1OfMeans(P, R) };
    console.log(`html-articles  ${name.padEnd(11)} pages ${n}  P ${fmt(P)}  R ${fmt(R)}  F1 ${fmt(f1OfMeans(P, R))}`);
    if (showErrors && name === 'communique') {
      perPage.sort((a, b) => a.precision + a.recall - (b.precision + b.recall));
      for (const e of perPage.slice(0, showErrors)) console.log(`  ${e.id.slice(0, 16)}  P ${fmt(e.precision)}  R ${fmt(e.recall)}  ${truth[e.id]?.url ?? ''}`);
    }
  }
  return rows;
}

interface MetaTruth {
  file: string;
  title: string;
  date: string;
  author: string;
  with: string[];
  without: string[];
}

// soft hyphens and zero-width characters are invisible on the page: neither word boundaries nor text
const words = (s: unknown) => tokens(String(s ?? '').replace(INVISIBLE, '').toLowerCase()).join(' ');
const squash = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

function scoreMetadata(dir: string, truth: Record<string, MetaTruth>, showErrors: number) {
  const rows: Record<string, unknown> = {};
  for (const [name, extract] of Object.entries(EXTRACTORS)) {
    let titles = 0;
    let dates = 0;
    let authors = 0;
    let authorPages = 0;
    let tp = 0;
    let fn = 0;
    let fp = 0;
    const errors: string[] = [];
    const entries = Object.entries(truth);
    for (const [url, gold] of entries) {
      const got = extract(loadPage(dir, gold.file), url);
      const titleOk = words(got.title ?? '') === words(gold.title);
      const dateOk = got.date === gold.date;
      titles += titleOk ? 1 : 0;
      dates += dateOk ? 1 : 0;
      if (gold.author) {
        authorPages++;
        authors += words(got.author ?? '') === words(gold.author) ? 1 : 0;
      }
      const text = squash(got.text);
      for (const s of gold.with) squash(s) && text.includes(squash(s)) ? tp++ : fn++;
      for (const s of gold.without) if (squash(s) && text.includes(squash(s))) fp++;
      if (!titleOk) errors.push(`  title  ${gold.file}: got ${JSON.stringify(got.title)} want ${JSON.stringify(gold.title)}`);
      if (!dateOk) errors.push(`  date   ${gold.file}: got ${got.date} want ${gold.date}`);
    }
    const n = entries.length;
    const P = tp + fp ? tp / (tp + fp) : 0;
    const R = tp + fn ? tp / (tp + fn) : 0;
    rows[name] = { pages: n, title: titles / n, date: dates / n, author: authorPages ? authors / authorPages : null, snippetPrecision: P, snippetRecall: R, snippetF1: f1OfMeans(P, R) };
    console.log(
      `html-metadata  ${name.padEnd(11)} pages ${n}  title ${fmt(titles / n)}  date ${fmt(dates / n)}  author ${fmt(authorPages ? authors / authorPages : 0)} (${authorPages})  snippets P ${fmt(P)} R ${fmt(R)} F1 ${fmt(f1OfMeans(P, R))}`,
    );
    if (showErrors && name === 'communique') for (const e of errors.slice(0, showErrors)) console.log(e);
  }
  return rows;
}

function main() {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 20) : 0;
  const dirs = args.filter((a, i) => !a.startsWith('--') && (errorsAt < 0 || i !== errorsAt + 1));
  if (dirs.length === 0) {
    console.error('usage: eval-html <html-articles dir> <html-metadata dir> [--errors N] [--json]');
    process.exit(2);
  }
  const results: Record<string, unknown> = {};
  for (const dir of dirs) {
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    const first = Object.values(truth)[0] ?? {};
    results[dir] = 'articleBody' in first ? scoreArticles(dir, truth as never, showErrors) : scoreMetadata(dir, truth as never, showErrors);
  }
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
}

main();
