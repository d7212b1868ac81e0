// Types and small helpers over linkedom's DOM, shared by the HTML reader's modules.
import { parseHTML } from 'linkedom';

export type HtmlDocument = ReturnType<typeof parseHTML>['document'];
export type HtmlElement = HtmlDocument['body'];

export function parseDocument(html: string): HtmlDocument {
  return parseHTML(html).document;
}

/** Soft hyphens and zero-width characters: invisible on the page, they would split words in the text. */
export const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Whitespace of a DOM text run collapsed to single spaces, invisible characters removed. */
export const collapse = (s: string) => s.replace(INVISIBLE_CHARS, '').replace(/[\s\u00a0]+/g, ' ').trim();

const metaIndex = new WeakMap<HtmlDocument, Map<string, string>>();

/** name / property / itemprop → content of the page's first <meta> with it, read once per page. */
function metaTags(document: HtmlDocument): Map<string, string> {
  let index = metaIndex.get(document);
  if (!index) {
    index = new Map();
    for (const el of document.querySelectorAll('meta')) {
      const content = el.getAttribute('content')?.trim();
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr);
        if (key && !index.has(key)) index.set(key, content);
      }
    }
    metaIndex.set(document, index);
  }
  return index;
}

export function meta(document: HtmlDocument, names: string[]): string | undefined {
  const index = metaTags(document);
  for (const n of names) {
    const v = index.get(n);
    if (v) return v;
  }
  return undefined;
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/** The text a reader sees in an element: one line per block element, whitespace collapsed in each. */
export function visibleLines(root: HtmlElement): string[] {
  type Node = { nodeType: number; nodeName: string; textContent: string | null; firstChild: Node | null; nextSibling: Node | null };
  const out: string[] = [];
  // an explicit stack (saved pages can nest tens of thousands of elements deep); siblings are
  // walked with nextSibling because linkedom builds a new array for every childNodes read
  const stack: (Node | string)[] = [root as unknown as Node];
  while (stack.length) {
    const node = stack.pop() as Node | string;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const name = node.nodeName.toUpperCase();
      if (INVISIBLE.has(name)) continue;
      const edge = BLOCK.has(name) ? '\n' : ' ';
      out.push(edge);
      stack.push(edge);
      const children: Node[] = [];
      for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return out.join('').split('\n').map(collapse).filter((l) => l !== '');
}


/** Nesting depth of the element tree, counted without recursion. */
export function treeDepth(root: HtmlElement): number {
  let max = 0;
  const stack: [HtmlElement, number][] = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop() as [HtmlElement, number];
    if (d > max) max = d;
    for (const c of Array.from(el.children)) stack.push([c as HtmlElement, d + 1]);
  }
  return max;
}
