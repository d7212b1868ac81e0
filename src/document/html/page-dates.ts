// Publication and update dates of a page, each with where it was read: structured metadata first
// (JSON-LD, <meta>, <time datetime>, itemprop), then visible date lines near the headline, then
// the URL, then a labelled date anywhere in the page text ("Veröffentlicht am …").
import type { Valued } from '../../types.js';
import { meta, collapse, visibleText, type HtmlDocument, type HtmlElement } from './dom.js';
import { ldString, type LdObject } from './json-ld.js';
import { parseDateText, urlDate, type ParseOptions } from './date-text.js';
import { DATE_CONTAINER, DATE_LABEL, PUBLISHED_META, UPDATE_LABEL, UPDATED_META } from './metadata-rules.js';

export interface PageDates {
  published?: Valued<string>;
  updated?: Valued<string>;
}

const MAX_VISIBLE_CANDIDATES = 400;
const MAX_LINE = 160;

function fromStructured(value: string | undefined, opts: ParseOptions): string | undefined {
  return value ? parseDateText(value, { ...opts, compact: true }) : undefined;
}

function attr(el: HtmlElement, name: string): string | undefined {
  return el.getAttribute(name)?.trim() || undefined;
}

/** <time> and itemprop=datePublished elements: the machine-readable date or the visible text. */
function timeElements(document: HtmlDocument, opts: ParseOptions): string | undefined {
  const marked = document.querySelector('[itemprop="datePublished"], time[pubdate], time.published, time.entry-date');
  const fromEl = (el: HtmlElement | null) => (el ? fromStructured(attr(el, 'datetime') ?? attr(el, 'content') ?? el.textContent ?? '', opts) : undefined);
  const m = fromEl(marked as HtmlElement | null);
  if (m) return m;
  for (const t of document.querySelectorAll('article time, header time, main time, time')) {
    if (UPDATE_LABEL.test(`${t.getAttribute('class') ?? ''} ${t.parentElement?.textContent?.slice(0, MAX_LINE) ?? ''}`)) continue;
    const v = fromEl(t as HtmlElement);
    if (v) return v;
  }
  return undefined;
}

/** Short elements whose class or id says "date", read in document order. */
function visibleDateLine(document: HtmlDocument, opts: ParseOptions): string | undefined {
  let seen = 0;
  for (const el of document.querySelectorAll('[class], [id]')) {
    if (++seen > MAX_VISIBLE_CANDIDATES * 10) break;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_CONTAINER.test(label)) continue;
    const text = collapse(el.textContent ?? '');
    if (!text || text.length > MAX_LINE || UPDATE_LABEL.test(text)) continue;
    const v = parseDateText(text, opts);
    if (v) return v;
  }
  return undefined;
}

const BEFORE_HEADLINE = 200;
const AFTER_HEADLINE = 400;

/**
 * Pages without date markup still print the date beside the headline ("Kicker · 02.02.2022 ·
 * Headline" or "Headline / von Autor / 3. August 2015"): the first date after the headline, else the
 * last one before it.
 */
function dateNearHeadline(text: string, headline: string | undefined, opts: ParseOptions): string | undefined {
  if (!headline) return undefined;
  let at = text.indexOf(headline);
  if (at < 0) at = text.indexOf(headline.slice(0, 40));
  if (at < 0) return undefined;
  const end = at + headline.length;
  const after = parseDateText(text.slice(end, end + AFTER_HEADLINE), opts);
  if (after) return after;
  const before = text.slice(Math.max(0, at - BEFORE_HEADLINE), at);
  let last: string | undefined;
  for (let i = before.length - 12; i >= 0 && !last; i -= 6) last = parseDateText(before.slice(i), opts);
  return last;
}

/** "Published on 3 May 2022" / "Veröffentlicht am 03.05.2022" anywhere in the page text. */
function labelledDate(text: string, opts: ParseOptions): string | undefined {
  const re = new RegExp(DATE_LABEL.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = parseDateText(text.slice(m.index + m[0].length, m.index + m[0].length + 40), opts);
    if (v) return v;
  }
  return undefined;
}

export function pageDates(document: HtmlDocument, article: LdObject | undefined, url: string | undefined, language: string | undefined, headline?: string): PageDates {
  const opts: ParseOptions = { dayFirst: !/^en-us/i.test(language ?? '') };
  const out: PageDates = {};
  const structured = fromStructured(ldString(article?.datePublished) ?? ldString(article?.dateCreated) ?? meta(document, PUBLISHED_META), opts) ?? timeElements(document, opts);
  const updated = fromStructured(ldString(article?.dateModified) ?? meta(document, UPDATED_META), opts);
  if (updated) out.updated = { value: updated, origin: 'html' };
  if (structured) {
    out.published = { value: structured, origin: 'html' };
    return out;
  }
  const text = document.body ? visibleText(document.body) : '';
  const visible = dateNearHeadline(text, headline, opts) ?? visibleDateLine(document, opts);
  if (visible) out.published = { value: visible, origin: 'html' };
  else {
    const fromUrl = url ? urlDate(url) : undefined;
    if (fromUrl) out.published = { value: fromUrl, origin: 'url' };
    else {
      // an update date, or failing that the first date the page prints, is the best remaining guess
      const guess = labelledDate(text, opts) ?? out.updated?.value ?? parseDateText(text, opts);
      if (guess) out.published = { value: guess, origin: 'inferred' };
    }
  }
  return out;
}
