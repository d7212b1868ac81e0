// Page metadata as MetadataHints (origin html / url / inferred): title, publication and update
// dates, author, site name, language, URL.
import type { MetadataHints } from '../raw.js';
import { collapse, meta, type HtmlDocument } from './dom.js';
import { articleObject, jsonLd, ldNames, ldString } from './json-ld.js';
import { decodeEntities } from './entities.js';
import { pageTitle } from './title.js';
import { pageDates } from './page-dates.js';
import { AUTHOR_META } from './metadata-rules.js';

const MAX_AUTHOR = 80;

function pageAuthor(document: HtmlDocument, article: Record<string, unknown> | undefined): string | undefined {
  const fromLd = ldNames(article?.author).filter((n) => !/^https?:/.test(n));
  if (fromLd.length) return fromLd.join(', ');
  const fromMeta = meta(document, AUTHOR_META);
  if (fromMeta && !/^https?:/.test(fromMeta)) return fromMeta;
  const el = document.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .author-name, .byline-name');
  const text = collapse(el?.textContent ?? '').replace(/^(?:by|von|par|por|di)\s+/i, '');
  return text && text.length <= MAX_AUTHOR ? text : undefined;
}

export function pageMetadata(document: HtmlDocument, url?: string): MetadataHints {
  const hints: MetadataHints = {};
  const article = articleObject(jsonLd(document));
  const siteName = meta(document, ['og:site_name']);
  if (siteName) hints.siteName = { value: collapse(decodeEntities(siteName)), origin: 'html' };
  const language = document.documentElement?.getAttribute('lang') ?? meta(document, ['og:locale', 'language', 'content-language']) ?? ldString(article?.inLanguage);
  if (language) hints.language = { value: language.replace('_', '-'), origin: 'html' };
  const pageUrl = url ?? meta(document, ['og:url']) ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (pageUrl) hints.url = { value: pageUrl, origin: url ? 'option' : 'html' };
  const title = pageTitle(document, article, siteName, pageUrl);
  if (title) hints.title = { value: title, origin: 'html' };
  Object.assign(hints, pageDates(document, article, pageUrl, language ?? undefined, title));
  const author = pageAuthor(document, article);
  if (author) hints.author = { value: collapse(decodeEntities(author)), origin: 'html' };
  return hints;
}
