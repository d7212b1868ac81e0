// HTML reader, first version: linkedom parses the page, Mozilla Readability picks the article body,
// and page metadata (og:title, JSON-LD, article:published_time, <time datetime>) gives title and
// dates with origin 'html'. Block elements become paragraphs (blank-line separated) so the
// segmenter sees the page's structure. Benchmark-driven improvements are tracked in issue 5.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawDocument, MetadataHints } from '../raw.js';
import { decodeBytes } from '../decode.js';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type HtmlElement = HtmlDocument['body'];

const MIN_ARTICLE_CHARS = 200;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption';

function meta(document: HtmlDocument, names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

function jsonLd(document: HtmlDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(s.textContent ?? '');
      const items = Array.isArray(data) ? data : [data];
      for (const it of items) {
        if (it && typeof it === 'object') {
          const graph = (it as { '@graph'?: unknown })['@graph'];
          out.push(...(Array.isArray(graph) ? (graph as Record<string, unknown>[]) : [it as Record<string, unknown>]));
        }
      }
    } catch {
      // malformed JSON-LD is common on real pages; the other sources still apply
    }
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const collapse = (s: string) => s.replace(/[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0\n]*/g, ' ').replace(/[ \t\r\f\v]+/g, ' ').trim();

/** Paragraph texts of an element: its block descendants, or its own text when it has none. */
function paragraphs(root: HtmlElement): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
  const texts = (blocks.length ? blocks : [root]).map((b) => collapse(b.textContent ?? '')).filter((t) => t.length > 0);
  return texts;
}

export function readHtml(bytes: Buffer, file?: string): RawDocument {
  const html = decodeBytes(bytes).text;
  if (!/<[a-z!]/i.test(html)) return withFile({ text: html.trim(), format: 'html', hints: {} }, file);
  const { document } = parseHTML(html);
  const hints: MetadataHints = {};
  const ld = jsonLd(document);
  const article = ld.find((o) => /Article|Posting|Report/i.test(String(o['@type'] ?? ''))) ?? ld[0];
  const h1 = collapse(document.querySelector('h1')?.textContent ?? '');
  const title = str(article?.headline) ?? meta(document, ['og:title', 'twitter:title']) ?? (h1 || undefined) ?? str(document.querySelector('title')?.textContent);
  if (title) hints.title = { value: collapse(title), origin: 'html' };
  const published =
    str(article?.datePublished) ?? meta(document, ['article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued']) ?? str(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (published) hints.published = { value: published, origin: 'html' };
  const updated = str(article?.dateModified) ?? meta(document, ['article:modified_time', 'dateModified']);
  if (updated) hints.updated = { value: updated, origin: 'html' };
  const siteName = meta(document, ['og:site_name']);
  if (siteName) hints.siteName = { value: siteName, origin: 'html' };
  const lang = document.documentElement?.getAttribute('lang');
  if (lang) hints.language = { value: lang, origin: 'html' };

  let body: string[] = [];
  try {
    const parsed = new Readability(document as never).parse();
    // Readability needs enough text to judge; on very short pages the whole body is safer
    if (parsed?.content && (parsed.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) body = paragraphs(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body);
  } catch {
    body = [];
  }
  if (body.length === 0) {
    for (const el of document.querySelectorAll('script, style, noscript, nav, header, footer, aside, form')) el.remove();
    body = document.body ? paragraphs(document.body) : [];
  }
  if (title && body[0] !== collapse(title)) body.unshift(collapse(title));
  return withFile({ text: body.join('\n\n'), format: 'html', hints }, file);
}

function withFile(doc: RawDocument, file: string | undefined): RawDocument {
  if (file !== undefined) doc.file = file;
  return doc;
}
