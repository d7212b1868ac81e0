// Cleanup around Readability: boilerplate containers removed from the DOM before the article is
// chosen, furniture paragraphs dropped after. Rules are data in boilerplate-rules.ts.
import type { HtmlDocument } from './dom.js';
import { BOILERPLATE_CLASS, BOILERPLATE_LINE, REMOVE_SELECTORS } from './boilerplate-rules.js';

/** Containers that hold the article are never removed, whatever their class says. */
const KEEP = /^(?:HTML|BODY|MAIN|ARTICLE)$/;
/** An element holding this share of the page's text is content, not a widget. */
const MAX_SHARE_OF_PAGE = 0.35;

export function removeBoilerplate(document: HtmlDocument): void {
  for (const el of document.querySelectorAll(REMOVE_SELECTORS)) el.remove();
  const total = document.body?.textContent?.length ?? 0;
  for (const el of document.querySelectorAll('[class], [id]')) {
    if (KEEP.test(el.tagName) || !el.isConnected) continue;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!BOILERPLATE_CLASS.test(label)) continue;
    if ((el.textContent?.length ?? 0) > total * MAX_SHARE_OF_PAGE) continue;
    el.remove();
  }
}

export function isFurniture(paragraph: string): boolean {
  return BOILERPLATE_LINE.test(paragraph);
}
