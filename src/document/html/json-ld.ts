// JSON-LD blocks of a page, flattened: arrays and @graph containers become one list of objects.
import type { HtmlDocument } from './dom.js';

export type LdObject = Record<string, unknown>;

export function jsonLd(document: HtmlDocument): LdObject[] {
  const out: LdObject[] = [];
  const visit = (it: unknown, depth: number) => {
    if (depth > 3 || !it || typeof it !== 'object') return;
    if (Array.isArray(it)) return it.forEach((x) => visit(x, depth + 1));
    const o = it as LdObject;
    const graph = o['@graph'];
    if (Array.isArray(graph)) graph.forEach((x) => visit(x, depth + 1));
    else out.push(o);
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // malformed JSON-LD is common on real pages; the other sources still apply
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|BlogPosting|Posting|Report|PressRelease|WebPage/i;

/** The object describing the article: a *Article / Posting / Report type first, a WebPage last. */
export function articleObject(objects: LdObject[]): LdObject | undefined {
  const type = (o: LdObject) => String(o['@type'] ?? '');
  return (
    objects.find((o) => /Article|Posting|Report|PressRelease/i.test(type(o))) ??
    objects.find((o) => ARTICLE_TYPES.test(type(o))) ??
    objects.find((o) => 'headline' in o || 'datePublished' in o)
  );
}

export const ldString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** A person or organisation name from an LD value: "Name", {name}, or a list of those. */
export function ldNames(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (v && typeof v === 'object') return ldNames((v as LdObject).name);
  return [];
}
