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
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/** The text a reader sees in an element: one line per block element, whitespace collapsed in each. */
export function visibleLines(root: HtmlElement): string[] {
  const out: string[] = [];
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }) => {
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const name = node.nodeName.toUpperCase();
      if (INVISIBLE.has(name)) return;
      const block = BLOCK.has(name);
      out.push(block ? '\n' : ' ');
      for (const c of Array.from(node.childNodes)) walk(c as typeof node);
      out.push(block ? '\n' : ' ');
    }
  };
  walk(root as never);
  return out.join('').split('\n').map(collapse).filter((l) => l !== '');
}

/** The text a reader sees in an element, element boundaries kept as spaces, whitespace collapsed. */
export function visibleText(root: HtmlElement): string {
  return visibleLines(root).join(' ');
}
