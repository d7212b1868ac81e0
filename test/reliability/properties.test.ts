// Property-based tests (fast-check) for every extractor of the registry and for the readers: random
// and adversarial text never throws, every span lies inside the text with text.slice(start, end) ===
// item.text (nested spans too: speaker, cue, place…), output is deterministic, and work per KB stays
// bounded as inputs grow (time at 4× the size over time at 1×, shape by shape, extractor by extractor).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { documentFromText } from '../../src/document/build.js';
import { segment } from '../../src/document/segment.js';
import { decodeBytes, InputError } from '../../src/document/decode.js';
import { bytesDocument, jsonlDocument, type ReadOptions } from '../../src/document/read.js';
import { runExtractors } from '../../src/pipeline.js';
import { defaultRegistry } from '../../extractors/index.js';
import type { Document } from '../../src/types.js';

const registry = defaultRegistry;
const readOpts: ReadOptions = { format: 'auto', maxBytes: 1 << 20 };

/** Every `{start, end, text}` inside an item (the item itself, its speaker, cue, place…), with its path. */
function spansOf(value: unknown, path = 'item', out: Array<{ path: string; start: number; end: number; text: string }> = []) {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => spansOf(v, `${path}[${i}]`, out));
    return out;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push({ path, start: o.start, end: o.end, text: o.text });
  for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') spansOf(v, `${path}.${k}`, out);
  return out;
}

/** Checks one document's extractions; returns the first problem found, or null. */
function problems(doc: Document): string | null {
  const text = doc.text;
  for (const p of [...doc.paragraphs, ...doc.sentences]) {
    if (!(p.start >= 0 && p.start <= p.end && p.end <= text.length)) return `segment span ${p.start}-${p.end} outside 0-${text.length}`;
  }
  let first;
  try {
    first = runExtractors(doc, registry);
  } catch (err) {
    return `threw: ${(err as Error).stack}`;
  }
  for (const ex of registry.extractors) {
    for (const [i, item] of (first[ex.name] ?? []).entries()) {
      for (const s of spansOf(item, `${ex.name}[${i}]`)) {
        if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
          return `${s.path}: span ${s.start}-${s.end} outside 0-${text.length}`;
        }
        if (text.slice(s.start, s.end) !== s.text) return `${s.path}: text ${JSON.stringify(s.text)} ≠ slice ${JSON.stringify(text.slice(s.start, s.end))}`;
      }
      const parsed = ex.item.safeParse(item);
      if (!parsed.success) return `${ex.name}[${i}] breaks the item schema: ${parsed.error.issues[0]?.message}`;
    }
  }
  const again = runExtractors(documentFromText(text, doc.meta.published?.value), registry);
  if (JSON.stringify(again) !== JSON.stringify(first)) return 'not deterministic';
  return null;
}

// Words the extractors react to, so random text reaches their rules and not just their guards.
const VOCAB = [
  'the', 'minister', 'said', 'that', 'opposition', 'Lavrov', 'Sergey', 'told', 'reporters', 'according', 'to', 'TASS', 'MOSCOW',
  'September', '19', '2016', 'on', 'Monday', 'last', 'week', 'killed', 'wounded', 'civilians', 'children', 'at', 'least', '63',
  'about', '1,200', 'more', 'than', 'Jabhat', 'al-Nusra', 'ISIS', 'Daesh', 'Free', 'Syrian', 'Army', 'Aleppo', 'in', 'near',
  'province', 'Idlib', 'ceasefire', 'claimed', 'stressed', '"', '“', '”', "'", '(', ')', '[', ']', ',', '.', ':', ';', '—', '-',
  '?', '!', '\n', '\n\n', 'Mr.', 'U.S.', 'a.m.', '18:07', '12.5', 'IV', 'ЖЖЖ', 'é', '\u00a0', '\t', '\uD83D\uDE00', '\uD800',
];
const wordy = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VOCAB) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 160 })
  .chain((words) => fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n', ', '), { minLength: words.length, maxLength: words.length }).map((seps) => words.map((w, i) => w + seps[i]).join('')));
const published = fc.option(fc.constantFrom('2016-09-19', '2012-02-29', '2018-12-31T23:59:00Z'), { nil: undefined });

describe('properties of every extractor', () => {
  it('random text: nothing throws, spans inside the text and equal to their slices, schema-valid, deterministic', () => {
    fc.assert(
      fc.property(wordy, published, (text, date) => {
        const problem = problems(documentFromText(text, date));
        if (problem) throw new Error(problem);
      }),
      { numRuns: 150, seed: Number(process.env.PROPERTY_SEED ?? 42) },
    );
  });

  it('arbitrary unicode strings, lone surrogates and controls included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const problem = problems(documentFromText(text, '2016-09-19'));
        if (problem) throw new Error(problem);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('properties of the readers', () => {
  it('decodeBytes never throws anything but an InputError; bytesDocument never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('text' as const, 'html' as const), (bytes, format) => {
        try {
          decodeBytes(bytes);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
        }
        const r = bytesDocument(Buffer.from(bytes), 'x', format, readOpts);
        if (r.ok) expect(typeof r.doc.text).toBe('string');
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('jsonlDocument never throws on any line; a valid record keeps its text exactly', () => {
    const record = fc.record({ id: fc.oneof(fc.string(), fc.integer()), text: fc.string({ unit: 'binary' }), url: fc.option(fc.webUrl(), { nil: undefined }) });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), record.map((r) => JSON.stringify(r))), (line) => {
        const r = jsonlDocument(line, 'f.jsonl', 1, readOpts);
        if (r.ok) expect(r.doc.text).toBe((JSON.parse(line) as { text: string }).text);
        else expect(r.file).toBe('f.jsonl:1');
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('segmentation: paragraphs and sentences in order, inside the text, never overlapping', () => {
    fc.assert(
      fc.property(wordy, (text) => {
        const { paragraphs, sentences } = segment(text);
        for (const list of [paragraphs, sentences]) {
          let last = 0;
          for (const s of list) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThanOrEqual(s.start);
            expect(s.end).toBeLessThanOrEqual(text.length);
            last = s.end;
          }
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

// ---- bounded work per document ----------------------------------------------------------------

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Adversarial shapes of `n` characters each. */
const SHAPES: Record<string, (n: number) => string> = {
  'no full stops': (n) => fill('the army advanced on the town and the rebels withdrew towards Idlib ', n),
  'one giant quotation': (n) => `The minister said: "${fill('the ceasefire must hold and every side must respect it ', n)}"`,
  'digits': (n) => fill('1234567890', n),
  'digits and separators': (n) => fill('12,000 3.5 18:07 2016 ', n),
  'capitals': (n) => fill('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n),
  'capitalised words': (n) => fill('Free Syrian Army Jabhat Nusra Sergey Lavrov ', n),
  'nested brackets': (n) => `${'('.repeat(n / 4)}${fill('[Aleppo] ', n / 2)}${')'.repeat(n / 4)}`,
  'the minister said that the opposition': (n) => fill('the minister said that the opposition ', n),
  'figures without full stops': (n) => fill('12 civilians were killed and 30 wounded in Aleppo and ', n),
  'dots and initials': (n) => fill('a.b.c. U.S. Mr. ... ', n),
  'one line, no spaces': (n) => fill('abcdefghij', n),
};

const BASE = Number(process.env.GROWTH_BASE ?? 32 * 1024);
/** A linear extractor takes ~4× as long at 4× the size; a quadratic one ~16×. */
const MAX_RATIO = 10;
/** Below this (at the larger size) timing noise dominates and the stage is fast enough anyway. */
const NOISE_MS = 80;
/** Smaller times are counted as this much, so a 1 ms → 30 ms jitter is not read as growth. */
const FLOOR_MS = 10;

interface Measure {
  ms: Record<string, number>;
  /** Characters of JSON each extractor's output takes (memory: it must grow linearly too). */
  size: Record<string, number>;
}

/** Fastest of `reps` runs, per stage (`document`: reading the text into a Document). */
function measure(text: string, reps: number): Measure {
  const ms: Record<string, number> = {};
  const size: Record<string, number> = {};
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    const doc = documentFromText(text, '2016-09-19');
    ms.document = Math.min(ms.document ?? Infinity, performance.now() - t0);
    const out = runExtractors(doc, registry, { stage: (name, t) => (ms[name] = Math.min(ms[name] ?? Infinity, t)) });
    for (const ex of registry.extractors) size[ex.name] = JSON.stringify(out[ex.name] ?? []).length;
  }
  return { ms, size };
}

describe(`bounded work per document: time and output at 4× the size ≤ ${MAX_RATIO}× those at 1×`, () => {
  measure(fill('warm up the extractors on ordinary text, said the minister on Monday. ', 8 * 1024), 1);
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(shape, () => {
      const small = measure(make(BASE), 2);
      const large = measure(make(4 * BASE), 2);
      // a stage that looks super-linear is measured again (other processes and GC make single runs noisy)
      const merge = (a: Measure, b: Measure) => Object.keys(b.ms).forEach((k) => (a.ms[k] = Math.min(a.ms[k] ?? Infinity, b.ms[k] ?? Infinity)));
      const looksSlow = () => Object.keys(large.ms).some((k) => (large.ms[k] ?? 0) > NOISE_MS && (large.ms[k] ?? 0) / Math.max(small.ms[k] ?? 0, FLOOR_MS) > MAX_RATIO);
      if (looksSlow()) {
        merge(large, measure(make(4 * BASE), 2));
        merge(small, measure(make(BASE), 1));
      }
      const ratio = (k: string) => (large.ms[k] ?? 0) / Math.max(small.ms[k] ?? 0, FLOOR_MS);
      const report = Object.keys(large.ms).map((k) => `${k} ${(small.ms[k] ?? 0).toFixed(0)} → ${(large.ms[k] ?? 0).toFixed(0)} ms (×${ratio(k).toFixed(1)})`);
      if (process.env.GROWTH_REPORT) console.log(`${shape} [${BASE / 1024} KB → ${(4 * BASE) / 1024} KB]: ${report.join(', ')}`);
      const slow = Object.keys(large.ms).filter((k) => (large.ms[k] ?? 0) > NOISE_MS && ratio(k) > MAX_RATIO);
      expect(slow, `super-linear time: ${report.join('; ')}`).toEqual([]);
      const bloated = Object.keys(large.size).filter((k) => (large.size[k] ?? 0) > 4 * BASE && (large.size[k] ?? 0) / Math.max(small.size[k] ?? 0, BASE / 4) > MAX_RATIO);
      expect(bloated, `super-linear output: ${JSON.stringify({ small: small.size, large: large.size })}`).toEqual([]);
    }, 180_000);
  }
});
