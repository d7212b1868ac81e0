// Publication and update dates of a page, each with where it was read: the date printed beside the
// headline first, then structured metadata (JSON-LD, <meta>, <time datetime>, itemprop), then
// elements classed as dates, then the URL, then a labelled date anywhere in the page text.
import type { Valued } from '../../types.js';
import { meta, collapse, visibleLines, type HtmlDocument, type HtmlElement } from './dom.js';
import { ldString, type LdObject } from './json-ld.js';
import { parseDateText, urlDate, type ParseOptions } from './date-text.js';
import { DATE_CONTAINER, DATE_LABEL, PUBLISHED_META, UPDATE_LABEL, UPDATED_META } from './metadata-rules.js';

export interface PageDates {
  published?: Valued<string>;
  updated?: Valued<string>;
}

const MAX_VISIBLE_CANDIDATES = 400;
const MAX_LINE = 160;
const SMALL_ELEMENT_CHILDREN = 8;

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
  for (const t of document.querySelectorAll('time')) {
    // "Updated <time>" — the label sits in the time's own class or a small parent
    const parent = t.parentElement;
    const context = parent && parent.children.length <= SMALL_ELEMENT_CHILDREN ? (parent.textContent ?? '').slice(0, MAX_LINE) : '';
    if (UPDATE_LABEL.test(`${t.getAttribute('class') ?? ''} ${context}`)) continue;
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
    // a date line is a small element; large containers (class="post-meta-wrapper") would cost a full text walk
    if (!DATE_CONTAINER.test(label) || el.children.length > SMALL_ELEMENT_CHILDREN) continue;
    const text = collapse(el.textContent ?? '');
    if (!text || text.length > MAX_LINE || UPDATE_LABEL.test(text)) continue;
    const v = parseDateText(text, opts);
    if (v) return v;
  }
  return undefined;
}

const BEFORE_HEADLINE = 200;
const AFTER_HEADLINE = 400;
/** A line holding a page's date is short: the date, maybe an author, place or category. */
const MAX_DATE_LINE = 120;

/** Every date in `s`, in order (day precision). */
function allDates(s: string, opts: ParseOptions): string[] {
  const out: string[] = [];
  let rest = s;
  for (let guard = 0; guard < 20; guard++) {
    const d = parseDateText(rest, opts);
    if (!d) break;
    out.push(d.slice(0, 10));
    // continue after the first digit run of the date found
    const at = rest.search(/\d/);
    rest = rest.slice(at + (/^\d+/.exec(rest.slice(at))?.[0].length ?? 1));
  }
  return out;
}

/**
 * Pages print the date on a short line beside the headline ("Kicker · 02.02.2022", "von Autor /
 * 3. August 2015"). Dates on such lines after the headline come first, then those before it,
 * nearest first. Dates inside sentences (the lede's "On 27 February 2016 …") are events, not dates
 * of the page.
 */
function datesNearHeadline(lines: string[], headline: string | undefined, opts: ParseOptions): string[] {
  if (!headline) return [];
  const key = headline.slice(0, 40);
  const at = lines.findIndex((l) => l.includes(key));
  if (at < 0) return [];
  const near = (from: number, step: number) => {
    const out: string[] = [];
    let chars = 0;
    const budget = step > 0 ? AFTER_HEADLINE : BEFORE_HEADLINE;
    for (let i = from; i >= 0 && i < lines.length && chars < budget; i += step) {
      const line = lines[i] ?? '';
      chars += line.length;
      if (line.length <= MAX_DATE_LINE) out.push(...allDates(line, opts));
    }
    return out;
  };
  const own = lines[at] ?? '';
  const sameLine = own.length <= MAX_DATE_LINE + headline.length ? allDates(own.replace(headline, ' '), opts) : [];
  return [...sameLine, ...near(at + 1, 1), ...near(at - 1, -1)];
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
  const lines = document.body ? visibleLines(document.body) : [];
  const text = lines.join(' ');
  // the date printed with the headline is the one readers (and the page's own editors) go by; page
  // metadata often keeps the first-draft time or the CMS's time zone
  const near = datesNearHeadline(lines, headline, opts);
  // metadata the page also prints beside the headline is confirmed; otherwise the printed date wins
  const confirmed = [structured, updated].find((d) => d && near.includes(d.slice(0, 10)));
  const shown = confirmed ?? near[0];
  if (shown) {
    out.published = { value: shown, origin: 'html' };
    return out;
  }
  if (structured) {
    out.published = { value: structured, origin: 'html' };
    return out;
  }
  const visible = visibleDateLine(document, opts);
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
