// Types and small helpers over linkedom's DOM, shared by the HTML reader's modules.
import { parseHTML } from 'linkedom';

export type HtmlDocument = ReturnType<typeof parseHTML>['document'];
export type HtmlElement = HtmlDocument['body'];

export function parseDocument(html: string): HtmlDocument {
  return parseHTML(html).document;
}

/** Soft hyphens and zero-width characters: invisible on the page, they would split words in the text. */
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Whitespace of a DOM text run collapsed to single spaces, invisible characters removed. */
export const collapse = (s: string) => s.replace(INVISIBLE_CHARS, '').replace(/[\s\u00a0]+/g, ' ').trim();

export function meta(document: HtmlDocument, names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** The text a reader sees in an element, block boundaries kept as spaces, whitespace collapsed. */
export function visibleText(root: HtmlElement): string {
  const out: string[] = [];
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }) => {
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    else if (node.nodeType === 1 && !INVISIBLE.has(node.nodeName.toUpperCase())) {
      for (const c of Array.from(node.childNodes)) walk(c as typeof node);
      out.push(' ');
    }
  };
  walk(root as never);
  return collapse(out.join(''));
}
