// FA-KES casualty recall (see ../shared/data/README.md):
//   node dist/scripts/eval-fakes.js ../shared/data/fakes-dev.jsonl [--misses N] [--json]
// For each article and each non-zero coded count (nb_civilians, nb_noncivilians, nb_children,
// nb_women) that is written in the article in digits, a hit = an extracted casualty figure with
// that count, outcome `killed` and a compatible category:
//   nb_civilians    ← civilians, children, women, people   (civilians ⊇ children/women; "people" is unspecified)
//   nb_children     ← children
//   nb_women        ← women
//   nb_noncivilians ← military, militants, people
// "people" (unspecified) is compatible with both civilian and non-civilian counts because the
// coders assigned unspecified reports to one of them; the strict score (without "people") is
// printed too. Recall per field and overall (micro). Precision proxy: extracted figures per article
// (all, and `killed` ones), and how many extracted `killed` counts equal none of the article's coded counts.
import { readFileSync } from 'node:fs';
import { documentFromText } from '../src/document/build.js';
import { extractAll } from '../extractors/index.js';
import { prf, type Scored } from '../src/eval/metrics.js';
import type { CasualtyCategory, CasualtyMention } from '../extractors/casualties/types.js';

const FIELDS = ['nb_civilians', 'nb_noncivilians', 'nb_children', 'nb_women'] as const;
type Field = (typeof FIELDS)[number];

export const COMPATIBLE: Record<Field, readonly CasualtyCategory[]> = {
  nb_civilians: ['civilians', 'children', 'women', 'people'],
  nb_children: ['children'],
  nb_women: ['women'],
  nb_noncivilians: ['military', 'militants', 'people'],
};
const STRICT: Record<Field, readonly CasualtyCategory[]> = {
  nb_civilians: ['civilians', 'children', 'women'],
  nb_children: ['children'],
  nb_women: ['women'],
  nb_noncivilians: ['military', 'militants'],
};

interface Article {
  id: string;
  title?: string;
  text: string;
  source?: string;
  annotations: Record<string, unknown>;
}

/** True when `n` is written in digits in the text ("2031" or "2,031"). */
export function writtenInDigits(text: string, n: number): boolean {
  const plain = String(n);
  const grouped = n.toLocaleString('en-US');
  const re = (s: string) => new RegExp(`(?<![\\d.,])${s}(?![\\d]|[.,]\\d)`);
  return re(plain).test(text) || (grouped !== plain && re(grouped).test(text));
}

function main(argv: string[]): void {
  const file = argv[0];
  if (!file) {
    console.error('usage: node dist/scripts/eval-fakes.js <fakes-dev.jsonl> [--misses N] [--json]');
    process.exit(2);
  }
  const missesToShow = argv.includes('--misses') ? Number(argv[argv.indexOf('--misses') + 1] ?? 20) : 0;
  const asJson = argv.includes('--json');
  const articles = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Article);

  const counts = new Map<string, { hit: number; total: number; strictHit: number }>();
  for (const f of [...FIELDS, 'overall']) counts.set(f, { hit: 0, total: 0, strictHit: 0 });
  let items = 0;
  let killedItems = 0;
  let unmatchedKilled = 0;
  let articlesWithItems = 0;
  const misses: string[] = [];
  const t0 = Date.now();
  for (const a of articles) {
    // No publication date is passed: FA-KES `event_date` is the event's date, not the article's.
    const doc = documentFromText(a.text);
    const cas: CasualtyMention[] = extractAll(doc).casualties;
    items += cas.length;
    if (cas.length > 0) articlesWithItems++;
    const killed = cas.filter((c) => c.outcome === 'killed');
    killedItems += killed.length;
    const coded = new Set(FIELDS.map((f) => Number(a.annotations[f] ?? 0)).filter((n) => n > 0));
    unmatchedKilled += killed.filter((c) => !coded.has(c.count)).length;
    for (const f of FIELDS) {
      const n = Number(a.annotations[f] ?? 0);
      if (!(n > 0) || !writtenInDigits(a.text, n)) continue;
      const hit = killed.some((c) => c.count === n && COMPATIBLE[f].includes(c.category));
      const strictHit = killed.some((c) => c.count === n && STRICT[f].includes(c.category));
      for (const k of [f, 'overall']) {
        const s = counts.get(k) as { hit: number; total: number; strictHit: number };
        s.total++;
        if (hit) s.hit++;
        if (strictHit) s.strictHit++;
      }
      if (!hit && misses.length < missesToShow) {
        const re = new RegExp(`.{0,120}(?<![\\d.,])${n}(?![\\d]).{0,80}`);
        const ctx = re.exec(a.text)?.[0] ?? '';
        const got = cas.filter((c) => c.count === n).map((c) => `${c.outcome}/${c.category}/${c.rule}`).join(',');
        misses.push(`${a.id} ${f}=${n}${got ? ` [got ${got}]` : ''}\n    …${ctx}…`);
      }
    }
  }
  const ms = Date.now() - t0;
  const recall: Record<string, Scored & { strictRecall: number }> = {};
  for (const [k, s] of counts) recall[k] = { ...prf(s.hit, 0, s.total - s.hit), strictRecall: s.total ? s.strictHit / s.total : 0 };
  const summary = {
    articles: articles.length,
    recall,
    precisionProxy: {
      itemsPerArticle: items / articles.length,
      killedItemsPerArticle: killedItems / articles.length,
      articlesWithItems,
      killedCountsMatchingNoCodedCount: unmatchedKilled,
      killedItems,
    },
    ms,
  };
  if (asJson) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  console.log(`FA-KES casualties: ${articles.length} articles, ${ms} ms`);
  console.log(`${'field'.padEnd(16)} ${'gold'.padStart(5)} ${'hit'.padStart(5)} ${'recall'.padStart(7)} ${'strict'.padStart(7)}`);
  for (const [k, s] of counts) {
    console.log(`${k.padEnd(16)} ${String(s.total).padStart(5)} ${String(s.hit).padStart(5)} ${(s.total ? s.hit / s.total : 0).toFixed(3).padStart(7)} ${(s.total ? s.strictHit / s.total : 0).toFixed(3).padStart(7)}`);
  }
  console.log(`precision proxy: ${summary.precisionProxy.itemsPerArticle.toFixed(2)} figures/article (${summary.precisionProxy.killedItemsPerArticle.toFixed(2)} killed), ${articlesWithItems} articles with figures, ${unmatchedKilled}/${killedItems} killed figures equal no coded count`);
  if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);
}

main(process.argv.slice(2));
