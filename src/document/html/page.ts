// One web page → its title, main-text paragraphs and metadata hints. readHtml (index.ts) turns
// this into the stored document; scripts/eval-html.ts scores it against the benchmarks.
import { Readability } from '@mozilla/readability';
import type { MetadataHints } from '../raw.js';
import { collapse, parseDocument, treeDepth, type HtmlDocument, type HtmlElement } from './dom.js';
import { pageMetadata } from './page-metadata.js';
import { isFurniture, removeBoilerplate } from './cleanup.js';

export interface Page {
  title?: string;
  /** Main-text paragraphs, without the title. */
  paragraphs: string[];
  hints: MetadataHints;
}

const MIN_ARTICLE_CHARS = 200;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt';

/** Paragraph texts of an element: its block descendants, or its own text when it has none. */
function paragraphs(root: HtmlElement): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
  return (blocks.length ? blocks : [root]).map((b) => collapse(b.textContent ?? '')).filter((t) => t.length > 0);
}

/** Readability recurses over the tree; deeper pages would overflow the stack after seconds of work. */
const MAX_READABILITY_DEPTH = 500;

function mainText(document: HtmlDocument): string[] {
  removeBoilerplate(document);
  try {
    if (document.body && treeDepth(document.body) > MAX_READABILITY_DEPTH) throw new Error('too deep for Readability');
    const parsed = new Readability(document as never).parse();
    // Readability needs enough text to judge; on very short pages the whole body is safer
    if (parsed?.content && (parsed.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) return paragraphs(parseDocument(`<html><body>${parsed.content}</body></html>`).body);
  } catch {
    // fall through to the whole body
  }
  for (const el of document.querySelectorAll('script, style, noscript, nav, header, footer, aside, form')) el.remove();
  return document.body ? paragraphs(document.body) : [];
}

export function readPage(html: string, url?: string): Page {
  const document = parseDocument(html);
  const hints = pageMetadata(document, url);
  const body = mainText(document).filter((p) => !isFurniture(p));
  const title = hints.title?.value;
  if (title && body[0] === title) body.shift();
  const page: Page = { paragraphs: body, hints };
  if (title) page.title = title;
  return page;
}
